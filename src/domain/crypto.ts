// The hashing and randomness the domain needs, passed in (Web Crypto in browsers: src/platform/webCrypto.ts; Node adds
// its native synchronous SHA-256: src/platform/nodeCrypto.ts).

export interface CryptoPort {
  /** Lower-case hex SHA-256 of the UTF-8 bytes of `text`. */
  sha256Hex(text: string): Promise<string>;
  /** Lower-case hex of PBKDF2-HMAC-SHA-256(secret, salt hex, iterations), 32 bytes. */
  pbkdf2Hex(secret: string, saltHex: string, iterations: number): Promise<string>;
  /** Lower-case hex of HMAC-SHA-256(key hex, text). */
  hmacHex(keyHex: string, text: string): Promise<string>;
  /** `n` cryptographically random bytes as lower-case hex. */
  randomHex(bytes: number): string;
  /** A random RFC 4122 version 4 UUID. */
  uuid(): string;
  /**
   * Lower-case hex SHA-256 of the UTF-8 bytes of `text`, synchronously, where the platform has it natively (Node's
   * `node:crypto`: src/platform/nodeCrypto.ts). Verifying and re-chaining a log hash every row with it; without
   * it they use the domain's own synchronous implementation (src/domain/sha256.ts), as in browsers.
   */
  sha256HexSync?(text: string): string;
}

export interface Clock {
  /** Now, as a Date (the app formats it as ISO 8601 with the local offset). */
  now(): Date;
}
