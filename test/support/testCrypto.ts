// A CryptoPort for tests: real SHA-256/PBKDF2/HMAC (Web Crypto), numbered UUIDs and counting "random" bytes.
// Its own module so domain tests can use it without reaching the adapter and the host (fixtures.ts does).
import type { CryptoPort } from "../../src/domain/crypto";
import { webCrypto } from "../../src/platform/webCrypto";

/** Real SHA-256/PBKDF2/HMAC; predictable ids and randomness so tests can name them. */
export function testCrypto(): CryptoPort {
  let n = 0;
  let r = 0;
  return {
    ...webCrypto,
    uuid: () => `00000000-0000-4000-8000-${String(++n).padStart(12, "0")}`,
    randomHex: (bytes: number) => (++r).toString(16).padStart(bytes * 2, "0"),
  };
}
