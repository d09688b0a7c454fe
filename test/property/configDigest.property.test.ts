// Properties of the configuration digest and the genuine-close rule (fast-check): every single-field change of the
// configuration (any leaf, any list grown or shrunk, the password) is detected and named; a chain segment forged on
// any log — whatever head it names, whatever follows it — is not accepted as a close.
import fc from "fast-check";
import { appendEntries, formatHead, GENESIS, rechain } from "../../src/domain/chain";
import { changedParts, configDigest, configDigestText, CONFIG_PARTS } from "../../src/domain/configDigest";
import { checkConfiguration, checkSegments } from "../../src/domain/integrity";
import { LOG_ACTION, type LogEntry } from "../../src/domain/log";
import { GENK_2021_PRESET, type ProtocolConfig } from "../../src/domain/protocol";
import { aChain, aDraft, clockAt, testCrypto } from "../support/logBuilders";

const crypto = testCrypto();
const PASSWORD = "0123456789abcdef0123456789abcdef";

/** A configuration with members, role codes and a closed date, so every part has content. */
const CONFIG: ProtocolConfig = {
  ...JSON.parse(JSON.stringify(GENK_2021_PRESET)),
  leden: [{ email: "an.peeters@genk.example", rol: "debiteurenteam" }, { email: "dpo@genk.example", rol: "dpo" }],
  rolcodes: { dpo: { algoritme: "PBKDF2-SHA256", iteraties: 1000, zout: "ab".repeat(16), hash: "cd".repeat(32) } },
};

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };
type Path = (string | number)[];

/** Every leaf and every list of the configuration, by path. */
function paths(value: Json, at: Path = []): { path: Path; value: Json }[] {
  if (Array.isArray(value)) return [{ path: at, value }, ...value.flatMap((v, i) => paths(v, [...at, i]))];
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => paths(v, [...at, k]));
  return [{ path: at, value }];
}

function setAt(root: Json, path: Path, next: Json): Json {
  const copy = JSON.parse(JSON.stringify(root)) as Json;
  let node = copy as Record<string | number, Json>;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, Json>;
  node[path[path.length - 1]] = next;
  return copy;
}

/** One change to one field: a text edited, a number changed, a list with one item more or less. */
function changed(value: Json, text: string): Json {
  if (Array.isArray(value)) return value.length > 0 && text.length % 2 === 0 ? value.slice(1) : [...value, value[0] ?? text];
  if (typeof value === "number") return value + 1 + (text.length % 7);
  return `${String(value)}${text}`;
}

/** A log whose last configuration row records CONFIG. */
async function recordedLog(): Promise<LogEntry[]> {
  const drafts = [aDraft({ actie: LOG_ACTION.werkmapIngesteld }), aDraft({ actie: LOG_ACTION.configuratieVastgelegd, over: "—", nieuweWaarde: configDigestText(configDigest(CONFIG, PASSWORD)) })];
  return (await appendEntries(GENESIS, drafts, { crypto, clock: clockAt() })).entries;
}

describe("the configuration digest", () => {
  const all = paths(CONFIG as unknown as Json);
  let log: LogEntry[];
  beforeAll(async () => (log = await recordedLog()));

  it("detects every single-field change, naming its part", () => {
    expect(checkConfiguration(log, configDigest(CONFIG, PASSWORD))).toBeUndefined();
    fc.assert(
      fc.property(fc.constantFrom(...all), fc.string({ minLength: 1, maxLength: 6 }), ({ path, value }, text) => {
        const next = setAt(CONFIG as unknown as Json, path, changed(value, text)) as object;
        const parts = changedParts(configDigest(CONFIG, PASSWORD), configDigest(next, PASSWORD));
        expect(parts).toHaveLength(1);
        const top = String(path[0]);
        const expected = ({ start: "periode", einde: "periode", leden: "leden", rolcodes: "rolcodes", velden: "velden", gesloten: "gesloten" } as Record<string, string>)[top] ?? "teksten";
        expect(parts).toEqual([expected]);
        expect(checkConfiguration(log, configDigest(next, PASSWORD))).toMatchObject({ breakKind: "configuratie-gewijzigd", nr: 2 });
      }),
      { numRuns: 300 },
    );
  });

  it("detects a new or removed top-level key, the closed flag and the password", () => {
    const now = configDigest(CONFIG, PASSWORD);
    expect(changedParts(now, configDigest({ ...CONFIG, gesloten: "2021-06-01" }, PASSWORD))).toEqual(["gesloten"]);
    expect(changedParts(now, configDigest({ ...CONFIG, extra: 1 }, PASSWORD))).toEqual(["teksten"]);
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (password) => {
      fc.pre(password.normalize("NFC") !== PASSWORD);
      expect(changedParts(now, configDigest(CONFIG, password))).toEqual(["beveiliging"]);
    }));
    expect(CONFIG_PARTS).toHaveLength(7);
  });

  it("does not depend on key order or Unicode normal form", () => {
    const reordered = Object.fromEntries(Object.entries(CONFIG).reverse());
    const decomposed = { ...CONFIG, naam: CONFIG.naam.normalize("NFD") + "é".normalize("NFD") };
    expect(configDigest(reordered, PASSWORD)).toEqual(configDigest(CONFIG, PASSWORD));
    expect(configDigest(decomposed, PASSWORD)).toEqual(configDigest({ ...CONFIG, naam: CONFIG.naam + "é" }, PASSWORD));
  });
});

describe("a forged chain segment", () => {
  it("is never a close, whatever it names and whatever the forger appends after it", async () => {
    const { entries: full } = await aChain(20);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 20 }),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom("status gewijzigd", "rasterwijziging"),
        async (n, withClose, withConfig, otherAction) => {
          // The forger rewrote the chain (every hash recomputed) and appended a segment start naming a real head.
          const archive = await rechain(full.slice(0, n).map(({ hash: _h, ...e }) => ({ ...e, actie: otherAction })), crypto);
          const head = { nr: archive[n - 1].nr, hash: archive[n - 1].hash };
          const start = aDraft({ actie: LOG_ACTION.ketensegment, over: "—", veld: "Logboek", oudeWaarde: formatHead(head), nieuweWaarde: formatHead(head) });
          const closedDigest = configDigestText(configDigest({ ...CONFIG, gesloten: "2021-06-01" }, PASSWORD));
          const after = [
            ...(withClose ? [aDraft({ actie: LOG_ACTION.afsluiting, over: "—" })] : []),
            ...(withConfig ? [aDraft({ actie: LOG_ACTION.configuratieVastgelegd, over: "—", nieuweWaarde: closedDigest })] : []),
          ];
          const { entries } = await appendEntries(head, [start, ...after], { crypto, clock: clockAt() });
          expect(checkSegments([...archive, ...entries], [])).toMatchObject({ breakKind: "afsluiting-onecht" });
        },
      ),
      { numRuns: 100 },
    );
  });
});
