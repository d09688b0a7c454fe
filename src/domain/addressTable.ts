// The comparison's tables keyed by a normalised address (street, house number), looked up with a row's raw cells.
// At 100,000 × 100,000 every client and most debtors ask one of them, so a lookup is one Map lookup of the raw street
// (its normalised street's number, remembered per raw text: a few hundred in a city), a house number read as a small
// int without a lookup ("112", "112A", "112 bus 3", "112/3"; other spellings are read once per raw text), and a probe
// of an open-addressing table of (street, house number) pairs in a typed array.
// Same keys as addressKey (normalise.ts): two rows meet in a table exactly when their address keys are equal and not "".
import { isBlank, type Normaliser } from "./normalise";

const ZERO = 48;
/** Ids of plain house numbers (1 to 6 digits) are the numbers; quick ids of number + letter + box start here. */
const QUICK = 1_000_000;
/** Ids of the other normalised house numbers start here (above every quick id, below 2³⁰: small ints). */
const INTERNED = 2 ** 29;

/**
 * The id of a house number as normaliseHouseNumber leaves it, read without allocating, or 0 when it is not written so:
 * 1 to 6 ASCII digits without a leading zero ("112"): the number; 1 to 4 such digits, an optional ASCII letter
 * (either case) and an optional box " bus " or "/" with 1 to 3 digits without a leading zero ("112A", "112 bus 3",
 * "112a/3"): QUICK + number + 10,000 × (letter + 27 × box). normaliseHouseNumber gives these "112", "112a", "112/3",
 * "112a/3", and this function reads those normalised forms to the same ids.
 */
export function quickHouseId(s: string): number {
  const length = s.length;
  if (length === 0 || length > 14) return 0;
  let c = s.charCodeAt(0);
  if (c <= ZERO || c > ZERO + 9) return 0;
  let i = 0;
  let number = 0;
  for (; i < length && (c = s.charCodeAt(i)) >= ZERO && c <= ZERO + 9; i++) number = number * 10 + c - ZERO;
  if (i === length) return i <= 6 ? number : 0;
  if (i > 4) return 0;
  let letter = 0;
  if (c >= 65 && c <= 90) letter = c - 64;
  else if (c >= 97 && c <= 122) letter = c - 96;
  if (letter !== 0) i++;
  let box = 0;
  if (i < length) {
    if (s.charCodeAt(i) === 47) i += 1;
    else if (s.startsWith(" bus ", i)) i += 5;
    else return 0;
    const start = i;
    if (i >= length || s.charCodeAt(i) === ZERO) return 0;
    for (; i < length && (c = s.charCodeAt(i)) >= ZERO && c <= ZERO + 9; i++) box = box * 10 + c - ZERO;
    if (i !== length || i === start || i - start > 3) return 0;
  }
  return QUICK + number + 10_000 * (letter + 27 * box);
}

/** Normalised house numbers as small ints: equal ids exactly for equal normalised house numbers; 0 for none (""). */
export class HouseNumbers {
  private readonly ids = new Map<string, number>();
  private readonly byRaw = new Map<string, number>();

  constructor(private readonly norm: Normaliser) {}

  /** The id of the row's normalised house number (from straat when huisnummer is blank: one Adres column). */
  of(straat: string, huisnummer: string): number {
    const quick = quickHouseId(huisnummer);
    if (quick !== 0) return quick;
    if (isBlank(huisnummer)) return this.idOf(this.norm.houseNumber(straat, huisnummer));
    let id = this.byRaw.get(huisnummer);
    if (id === undefined) {
      id = this.idOf(this.norm.houseNumber(straat, huisnummer));
      this.byRaw.set(huisnummer, id);
    }
    return id;
  }

  private idOf(normalised: string): number {
    if (normalised === "") return 0;
    const quick = quickHouseId(normalised);
    if (quick !== 0) return quick;
    let id = this.ids.get(normalised);
    if (id === undefined) {
      id = INTERNED + this.ids.size;
      this.ids.set(normalised, id);
    }
    return id;
  }
}

const NO_STREET = -1;
/** Per slot: street number, house number id, value index (-1: empty slot). */
const STRIDE = 3;

/** Values at complete addresses (a street and a house number). */
export class AddressTable<V> {
  /** Normalised street → its number here; only streets with a value. */
  private readonly streets = new Map<string, number>();
  /** Raw street text → its street number, or NO_STREET; valid while no street is added. */
  private readonly byRawStreet = new Map<string, number>();
  private readonly values: V[] = [];
  private slots = emptySlots(16);
  private mask = 15;

  constructor(
    private readonly norm: Normaliser,
    private readonly houses: HouseNumbers,
  ) {}

  /** The number of addresses with a value. */
  get size(): number {
    return this.values.length;
  }

  get(straat: string, huisnummer: string): V | undefined {
    const street = this.streetAt(straat, huisnummer);
    if (street === NO_STREET) return undefined;
    const at = this.find(street, this.houses.of(straat, huisnummer));
    return at < 0 ? undefined : this.values[this.slots[at + 2]];
  }

  /** The value at the row's address, made by `make` when there is none yet; undefined when the address is incomplete. */
  getOrAdd(straat: string, huisnummer: string, make: () => V): V | undefined {
    const address = this.add(straat, huisnummer, make);
    return address < 0 ? undefined : this.values[address];
  }

  /**
   * The number of the row's address here (0, 1, … in the order addresses are added: equal exactly for equal address
   * keys), with the value `make` gives when the address is new; -1 when the address is incomplete.
   */
  add(straat: string, huisnummer: string, make: () => V): number {
    const normalised = this.norm.street(straat, huisnummer);
    if (normalised === "") return -1;
    const house = this.houses.of(straat, huisnummer);
    if (house === 0) return -1;
    let street = this.streets.get(normalised);
    if (street === undefined) {
      street = this.streets.size;
      this.streets.set(normalised, street);
      this.byRawStreet.clear();
    }
    const at = this.find(street, house);
    if (at >= 0) return this.slots[at + 2];
    const address = this.values.length;
    this.put(~at, street, house, address);
    this.values.push(make());
    if (this.values.length * 2 > this.mask) this.grow();
    return address;
  }

  /** The value of an address number from `add`. */
  at(address: number): V {
    return this.values[address];
  }

  /** The slot's offset holding (street, house), or ~offset of the empty slot where it belongs. */
  private find(street: number, house: number): number {
    const { slots, mask } = this;
    for (let slot = hashPair(street, house) & mask; ; slot = (slot + 1) & mask) {
      const at = slot * STRIDE;
      if (slots[at + 2] === -1) return ~at;
      if (slots[at] === street && slots[at + 1] === house) return at;
    }
  }

  private put(at: number, street: number, house: number, value: number): void {
    this.slots[at] = street;
    this.slots[at + 1] = house;
    this.slots[at + 2] = value;
  }

  private grow(): void {
    const old = this.slots;
    this.mask = this.mask * 2 + 1;
    this.slots = emptySlots(this.mask + 1);
    for (let at = 0; at < old.length; at += STRIDE) {
      if (old[at + 2] !== -1) this.put(~this.find(old[at], old[at + 1]), old[at], old[at + 1], old[at + 2]);
    }
  }

  private streetAt(straat: string, huisnummer: string): number {
    // One Adres column: the street depends on the whole text, so no shortcut.
    if (isBlank(huisnummer)) return this.streets.get(this.norm.street(straat, huisnummer)) ?? NO_STREET;
    let street = this.byRawStreet.get(straat);
    if (street === undefined) {
      street = this.streets.get(this.norm.street(straat, huisnummer)) ?? NO_STREET;
      this.byRawStreet.set(straat, street);
    }
    return street;
  }
}

function emptySlots(capacity: number): Int32Array {
  return new Int32Array(capacity * STRIDE).fill(-1);
}

const hashPair = (street: number, house: number): number => Math.imul(Math.imul(street, 0x9e3779b1) ^ house, 0x85ebca6b) >>> 9;
