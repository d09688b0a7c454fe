// An open-addressing hash table from non-negative int32 keys to int32 values, in two typed arrays: the
// comparison's index of national numbers (see nationalNumberKey.ts), without a Map entry or a string per number.

export class IntTable {
  private keys: Int32Array;
  private values: Int32Array;
  private mask: number;
  private count = 0;

  /** Sized for `expected` keys without growing (it grows anyway when more come). */
  constructor(expected: number) {
    const capacity = capacityFor(expected);
    this.keys = new Int32Array(capacity).fill(-1);
    this.values = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.count;
  }

  /** The value at `key`, or -1. */
  get(key: number): number {
    const { keys, mask } = this;
    for (let slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
      const k = keys[slot];
      if (k === key) return this.values[slot];
      if (k === -1) return -1;
    }
  }

  /** Stores `value` at `key` unless the key is there: returns the value already there, or -1 when it was added. */
  putIfAbsent(key: number, value: number): number {
    if (key < 0) throw new Error(`IntTable: negative key ${key}`);
    const { keys, mask } = this;
    for (let slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
      const k = keys[slot];
      if (k === key) return this.values[slot];
      if (k === -1) {
        keys[slot] = key;
        this.values[slot] = value;
        if (++this.count * 2 > mask) this.grow();
        return -1;
      }
    }
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(keys.length * 2).fill(-1);
    this.values = new Int32Array(keys.length * 2);
    this.mask = keys.length * 2 - 1;
    this.count = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== -1) this.putIfAbsent(keys[i], values[i]);
  }
}

function capacityFor(expected: number): number {
  let capacity = 16;
  while (capacity < expected * 2) capacity *= 2;
  return capacity;
}

/** Multiplicative hashing: national-number keys are far from random in their low bits. */
const hash = (key: number): number => Math.imul(key, 0x9e3779b1) >>> 7;
