// The comparison's tables keyed by a normalised address (street, house number), looked up with a row's raw cells.
// At 100,000 × 100,000 every client and most debtors ask one of them, so a lookup is kept to one Map lookup of the raw
// street (its normalised street's entry, remembered per raw text: a few hundred in a city) and one of a small int for
// the house number: plain house numbers ("112") are their own id without a lookup, others are read once per raw text.
// Same keys as addressKey (normalise.ts): two rows meet in a table exactly when their address keys are equal and not "".
import { isBlank, type Normaliser } from "./normalise";

/** Ids of plain house numbers are the numbers themselves, up to this; other normalised house numbers get ids above. */
const MAX_PLAIN = 999_999;
const ZERO = 48;

/**
 * 1 to 6 ASCII digits without a leading zero, which normaliseHouseNumber leaves as they are: their number. 0 otherwise
 * (0 itself has a leading zero, so it is never a plain house number's id).
 */
export function plainHouseNumber(s: string): number {
  const length = s.length;
  if (length === 0 || length > 6 || s.charCodeAt(0) === ZERO) return 0;
  let value = 0;
  for (let i = 0; i < length; i++) {
    const digit = s.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return 0;
    value = value * 10 + digit;
  }
  return value;
}

/** Normalised house numbers as ints: equal ids exactly for equal normalised house numbers; 0 for none (""). */
export class HouseNumbers {
  private readonly ids = new Map<string, number>();
  private readonly byRaw = new Map<string, number>();

  constructor(private readonly norm: Normaliser) {}

  /** The id of the row's normalised house number (from straat when huisnummer is blank: one Adres column). */
  of(straat: string, huisnummer: string): number {
    const plain = plainHouseNumber(huisnummer);
    if (plain !== 0) return plain;
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
    const plain = plainHouseNumber(normalised);
    if (plain !== 0) return plain;
    let id = this.ids.get(normalised);
    if (id === undefined) {
      id = MAX_PLAIN + 1 + this.ids.size;
      this.ids.set(normalised, id);
    }
    return id;
  }
}

/** Values at complete addresses (a street and a house number), in insertion order per street. */
export class AddressTable<V> {
  /** Normalised street → house number id → value. */
  private readonly streets = new Map<string, Map<number, V>>();
  /** Raw street text → its entry in `streets` (null: none), valid while no street is added. */
  private readonly byRawStreet = new Map<string, Map<number, V> | null>();
  private count = 0;

  constructor(
    private readonly norm: Normaliser,
    private readonly houses: HouseNumbers,
  ) {}

  /** The number of addresses with a value. */
  get size(): number {
    return this.count;
  }

  get(straat: string, huisnummer: string): V | undefined {
    const numbers = this.numbersAt(straat, huisnummer);
    return numbers === null ? undefined : numbers.get(this.houses.of(straat, huisnummer));
  }

  /** The value at the row's address, made by `make` when there is none yet; undefined when the address is incomplete. */
  getOrAdd(straat: string, huisnummer: string, make: () => V): V | undefined {
    const street = this.norm.street(straat, huisnummer);
    if (street === "") return undefined;
    const house = this.houses.of(straat, huisnummer);
    if (house === 0) return undefined;
    let numbers = this.streets.get(street);
    if (numbers === undefined) {
      numbers = new Map();
      this.streets.set(street, numbers);
      this.byRawStreet.clear();
    }
    let value = numbers.get(house);
    if (value === undefined) {
      value = make();
      numbers.set(house, value);
      this.count++;
    }
    return value;
  }

  private numbersAt(straat: string, huisnummer: string): Map<number, V> | null {
    // One Adres column: the street depends on the whole text, so no shortcut.
    if (isBlank(huisnummer)) return this.streets.get(this.norm.street(straat, huisnummer)) ?? null;
    let numbers = this.byRawStreet.get(straat);
    if (numbers === undefined) {
      numbers = this.streets.get(this.norm.street(straat, huisnummer)) ?? null;
      this.byRawStreet.set(straat, numbers);
    }
    return numbers;
  }
}
