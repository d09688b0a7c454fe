// The hashing and randomness the domain needs, passed in (Web Crypto in browsers and Node 20: src/platform/webCrypto.ts).

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
}

export interface Clock {
  /** Now, as a Date (the app formats it as ISO 8601 with the local offset). */
  now(): Date;
}
