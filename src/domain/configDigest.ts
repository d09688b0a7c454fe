// The configuration digest (PRODUCT.md "Configuration is in the chain"): one SHA-256 per part of the configuration as
// the state sheet stores it, written into a "configuratie vastgelegd" log row at every configuration change, so that a
// configuration edited behind the add-in's back no longer matches the chain. Specified in docs/logging.md, which has
// the Python equivalent; change neither without the other.
import { sha256HexSync } from "./sha256";

/** The parts, in the order of the log row. "teksten" is every key of the configuration not in another part. */
export const CONFIG_PARTS = ["periode", "leden", "rolcodes", "velden", "teksten", "beveiliging", "gesloten"] as const;
export type ConfigPart = (typeof CONFIG_PARTS)[number];

/** Which keys of the configuration JSON each part covers ("beveiliging" is the protection password, kept apart). */
const PART_KEYS: Readonly<Record<Exclude<ConfigPart, "teksten" | "beveiliging">, readonly string[]>> = {
  periode: ["start", "einde"],
  leden: ["leden"],
  rolcodes: ["rolcodes"],
  velden: ["velden"],
  gesloten: ["gesloten"],
};

/** Dutch names of the parts, as a DPO reads them in a break report. */
export const CONFIG_PART_LABEL: Readonly<Record<ConfigPart, string>> = {
  periode: "protocolperiode",
  leden: "leden",
  rolcodes: "rolcodes",
  velden: "toegelaten velden",
  teksten: "protocolteksten (naam, partijen, doeleinden, wettelijke basis, toegangsdoelen)",
  beveiliging: "beveiligingswachtwoord",
  gesloten: "afgesloten-status",
};

export type ConfigDigest = Readonly<Record<ConfigPart, string>>;

/** The prefix of the Nieuwe waarde of a "configuratie vastgelegd" row; the version changes with the definition. */
export const CONFIG_DIGEST_PREFIX = "configuratie-v1";

/**
 * Canonical JSON: object keys sorted, strings NFC-normalised, no spaces; otherwise as JSON.stringify writes it.
 * Python: json.dumps(nfc(value), ensure_ascii=False, separators=(",", ":"), sort_keys=True).
 */
export function canonicalJson(value: unknown): string {
  const norm = (v: unknown): unknown =>
    typeof v === "string"
      ? v.normalize("NFC")
      : Array.isArray(v)
        ? v.map(norm)
        : v && typeof v === "object"
          ? Object.fromEntries(Object.keys(v).sort().map((k) => [k.normalize("NFC"), norm((v as Record<string, unknown>)[k])]))
          : v;
  return JSON.stringify(norm(value));
}

/**
 * The digest of a configuration as stored: `config` is the parsed JSON of the state sheet's configuration cell (a
 * ProtocolConfig is one), `password` the protection password cell. Each part is SHA-256 over the canonical JSON of an
 * object holding that part's keys (a missing key as null); "beveiliging" over {"wachtwoord": SHA-256(password)}.
 */
export function configDigest(config: object, password: string): ConfigDigest {
  return withProtection(config, protectionPart(password));
}

/** The "beveiliging" part: the password itself is never written into the log, only a digest of its digest. */
export const protectionPart = (password: string): string => sha256HexSync(canonicalJson({ wachtwoord: sha256HexSync(password.normalize("NFC")) }));

/** The digest of `config` with a given "beveiliging" part (a configuration change keeps the password). */
export function withProtection(config: object, beveiliging: string): ConfigDigest {
  const record = config as Record<string, unknown>;
  const pick = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, record[k] ?? null]));
  const taken = new Set(Object.values(PART_KEYS).flat());
  const rest = Object.keys(record).filter((k) => !taken.has(k));
  const digest = (value: unknown) => sha256HexSync(canonicalJson(value));
  return {
    periode: digest(pick(PART_KEYS.periode)),
    leden: digest(pick(PART_KEYS.leden)),
    rolcodes: digest(pick(PART_KEYS.rolcodes)),
    velden: digest(pick(PART_KEYS.velden)),
    teksten: digest(pick(rest)),
    beveiliging,
    gesloten: digest(pick(PART_KEYS.gesloten)),
  };
}

/** The part digest of "not closed" ({"gesloten": null}): a close must record another. */
export const NOT_CLOSED_DIGEST = sha256HexSync(canonicalJson({ gesloten: null }));

/** The Nieuwe waarde of a "configuratie vastgelegd" row: "configuratie-v1 periode=<64 hex> leden=<64 hex> …". */
export function configDigestText(d: ConfigDigest): string {
  return [CONFIG_DIGEST_PREFIX, ...CONFIG_PARTS.map((p) => `${p}=${d[p]}`)].join(" ");
}

/** Reads configDigestText back; undefined when the text is not exactly one. */
export function parseConfigDigest(text: string): ConfigDigest | undefined {
  const tokens = text.trim().split(" ");
  if (tokens[0] !== CONFIG_DIGEST_PREFIX || tokens.length !== CONFIG_PARTS.length + 1) return undefined;
  const parts: Partial<Record<ConfigPart, string>> = {};
  for (const [i, part] of CONFIG_PARTS.entries()) {
    const m = /^([a-z]+)=([0-9a-f]{64})$/.exec(tokens[i + 1]);
    if (!m || m[1] !== part) return undefined;
    parts[part] = m[2];
  }
  return parts as ConfigDigest;
}

/** The parts whose digests differ, in CONFIG_PARTS order. */
export function changedParts(recorded: ConfigDigest, now: ConfigDigest): ConfigPart[] {
  return CONFIG_PARTS.filter((p) => recorded[p] !== now[p]);
}
