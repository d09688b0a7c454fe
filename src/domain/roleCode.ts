// Role codes: chosen at setup, checked when someone not on the member list takes a role. Only a salted,
// slow hash (PBKDF2-SHA-256) is kept in the workbook, so the file does not reveal the codes directly.
import type { CryptoPort } from "./crypto";

export interface RoleCodeHash {
  readonly algoritme: "PBKDF2-SHA256";
  readonly iteraties: number;
  /** 16 random bytes, hex. */
  readonly zout: string;
  /** 32 bytes, hex. */
  readonly hash: string;
}

/** OWASP's 2023 advice for PBKDF2-HMAC-SHA-256; about 0.1–0.3 s once per role switch. */
export const ROLE_CODE_ITERATIONS = 210_000;

// The same text typed on a Mac and on Windows may differ in Unicode form (é as one or two code points).
const normalised = (code: string): string => code.normalize("NFC");

export async function hashRoleCode(code: string, crypto: CryptoPort, iterations = ROLE_CODE_ITERATIONS): Promise<RoleCodeHash> {
  if (!Number.isSafeInteger(iterations) || iterations < 1) throw new Error(`hashRoleCode: bad iteration count ${iterations}`);
  const zout = crypto.randomHex(16);
  const hash = await crypto.pbkdf2Hex(normalised(code), zout, iterations);
  return { algoritme: "PBKDF2-SHA256", iteraties: iterations, zout, hash };
}

export async function checkRoleCode(code: string, stored: RoleCodeHash, crypto: CryptoPort): Promise<boolean> {
  if (stored.algoritme !== "PBKDF2-SHA256") return false;
  const candidate = await crypto.pbkdf2Hex(normalised(code), stored.zout, stored.iteraties);
  return constantTimeEqual(candidate, stored.hash.toLowerCase());
}

/** Compares without an early exit, so the time taken does not reveal how much of the hash matched. */
function constantTimeEqual(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a.charCodeAt(i) | 0) ^ (b.charCodeAt(i) | 0);
  return diff === 0;
}

export const ROLE_CODE_MIN_LENGTH = 8;

/** Why a new role code is not acceptable (Dutch, says what to do), or undefined when it is. */
export function roleCodeProblem(code: string): string | undefined {
  if (code.trim() !== code) return "Een rolcode mag niet beginnen of eindigen met een spatie: verwijder die spaties.";
  if ([...code].length < ROLE_CODE_MIN_LENGTH) return `Een rolcode heeft minstens ${ROLE_CODE_MIN_LENGTH} tekens: kies een langere code.`;
  if (code.length > 128) return "Een rolcode heeft hoogstens 128 tekens: kies een kortere code.";
  if (new Set(code).size === 1) return "Een rolcode uit één herhaald teken is te makkelijk te raden: kies een andere code.";
  if (/^\d+$/.test(code) && code.length < 12) return "Een rolcode uit alleen cijfers moet minstens 12 cijfers lang zijn: voeg cijfers of letters toe.";
  return undefined;
}
