// Synchronous SHA-256 and HMAC-SHA-256 for bulk work (chain verification, pseudonymisation), from @noble/hashes
// (audited, dependency-free). Web Crypto costs ~25 µs per call here, which alone put 100,000 log rows over the
// 2 s verification budget; callers cross-check this against the CryptoPort (Web Crypto) once per run.
import { hmac } from "@noble/hashes/hmac";
import { sha256 } from "@noble/hashes/sha256";
import { bytesToHex, hexToBytes, utf8ToBytes } from "@noble/hashes/utils";

/** Lower-case hex SHA-256 of the UTF-8 bytes of `text`. */
export function sha256HexSync(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** HMAC-SHA-256 (RFC 2104) with a hex key, as a function of the text; lower-case hex. */
export function hmacSha256HexSync(keyHex: string): (text: string) => string {
  if (!/^([0-9a-f]{2}){1,64}$/i.test(keyHex)) throw new Error("hmacSha256HexSync: the key must be 1 to 64 bytes of hex.");
  const keyed = hmac.create(sha256, hexToBytes(keyHex));
  return (text) => bytesToHex(keyed.clone().update(utf8ToBytes(text)).digest());
}
