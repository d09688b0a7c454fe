// Last-known digests of debtor rows: a fast, non-cryptographic fingerprint to notice edits made without the add-in.
// Not a security measure (anyone holding the file can rewrite digests); the hash-chained log is the evidence.
import type { DebtorRecord } from "./records";

/** FNV-1a (32-bit) twice with different seeds → 16 hex characters; stable across runtimes. */
export function rowDigest(r: DebtorRecord): string {
  const text = [r.dossiernummer, r.voornaam, r.achternaam, r.rijksregisternummer, r.straat, r.huisnummer, r.status].join("\u001f");
  return fnv1a(text, 0x811c9dc5) + fnv1a(text, 0x01000193 ^ 0x5bd1e995);
}

function fnv1a(text: string, seed: number): string {
  // Kept in int32 inside the loop (no `>>> 0` per character): V8 then never boxes the hash as a heap number.
  let h = seed | 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, "0");
}

/** Log rows name a debtor by dossier number and Rij-ID, e.g. "DOS-2021-000123 [R00042]" (key survives sorting). */
export function aboutDebtor(dossiernummer: string, rowId: string): string {
  return `${dossiernummer || "—"} [${rowId}]`;
}

export function rowIdFromAbout(about: string): string | undefined {
  const m = /\[([^\]]+)\]\s*$/.exec(about);
  return m ? m[1] : undefined;
}
