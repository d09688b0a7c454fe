// CryptoPort over Web Crypto (`globalThis.crypto`), available in browsers, Office's webviews and Node 20.
import type { Clock, CryptoPort } from "../domain/crypto";

const encoder = new TextEncoder();

function toHex(buffer: ArrayBuffer | Uint8Array): string {
  const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  let out = "";
  for (let i = 0; i < bytes.length; i++) out += bytes[i].toString(16).padStart(2, "0");
  return out;
}

function fromHex(hex: string): Uint8Array<ArrayBuffer> {
  if (!/^([0-9a-f]{2})*$/i.test(hex)) throw new Error(`Not a hex string: ${hex.slice(0, 16)}…`);
  const out = new Uint8Array(new ArrayBuffer(hex.length / 2));
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  if (!s) throw new Error("Web Crypto (crypto.subtle) is not available: the add-in needs a secure (https) context.");
  return s;
}

export const webCrypto: CryptoPort = {
  async sha256Hex(text) {
    return toHex(await subtle().digest("SHA-256", encoder.encode(text)));
  },
  async pbkdf2Hex(secret, saltHex, iterations) {
    const key = await subtle().importKey("raw", encoder.encode(secret), "PBKDF2", false, ["deriveBits"]);
    const bits = await subtle().deriveBits({ name: "PBKDF2", hash: "SHA-256", salt: fromHex(saltHex), iterations }, key, 256);
    return toHex(bits);
  },
  async hmacHex(keyHex, text) {
    const key = await subtle().importKey("raw", fromHex(keyHex), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
    return toHex(await subtle().sign("HMAC", key, encoder.encode(text)));
  },
  randomHex(bytes) {
    const buf = new Uint8Array(bytes);
    globalThis.crypto.getRandomValues(buf);
    return toHex(buf);
  },
  uuid() {
    return globalThis.crypto.randomUUID();
  },
};

export const systemClock: Clock = { now: () => new Date() };
