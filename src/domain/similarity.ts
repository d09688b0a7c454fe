// Jaro-Winkler string similarity (0 = nothing in common, 1 = equal), for names that differ by a typo or a spelling.
import type { PersonName } from "./normalise";

/**
 * Scratch flags reused between calls: the fallback compares many names, and two fresh arrays per comparison
 * made the garbage collector the main cost. Not observable from outside; JavaScript runs one call at a time.
 */
let aMatched = new Uint8Array(64);
let bMatched = new Uint8Array(64);

/** Jaro similarity: characters that match within a window, penalised for transpositions. */
export function jaro(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  if (aMatched.length < la) aMatched = new Uint8Array(la * 2);
  if (bMatched.length < lb) bMatched = new Uint8Array(lb * 2);
  aMatched.fill(0, 0, la);
  bMatched.fill(0, 0, lb);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(lb - 1, i + window);
    const c = a.charCodeAt(i);
    for (let j = from; j <= to; j++) {
      if (bMatched[j] === 0 && b.charCodeAt(j) === c) {
        aMatched[i] = 1;
        bMatched[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let outOfOrder = 0;
  let k = 0;
  for (let i = 0; i < la; i++) {
    if (aMatched[i] === 0) continue;
    while (bMatched[k] === 0) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) outOfOrder++;
    k++;
  }
  const transpositions = outOfOrder / 2;
  return (matches / la + matches / lb + (matches - transpositions) / matches) / 3;
}

/** Winkler's boost applies only to strings that are already fairly similar (his 0.7), over a common prefix of up to 4. */
const BOOST_THRESHOLD = 0.7;
const PREFIX_SCALE = 0.1;
const MAX_PREFIX = 4;

/** Jaro-Winkler: Jaro plus a bonus for a common prefix. MARTHA/MARHTA ≈ 0.9611, DWAYNE/DUANE = 0.84. */
export function jaroWinkler(a: string, b: string): number {
  const j = jaro(a, b);
  if (j < BOOST_THRESHOLD) return j;
  const max = Math.min(MAX_PREFIX, a.length, b.length);
  let prefix = 0;
  while (prefix < max && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return j + prefix * PREFIX_SCALE * (1 - j);
}

/**
 * How alike two normalised names are. With both first and last names present, it is the weaker of the two
 * field scores (trying the fields swapped as well), not one score over the whole name: relatives at one address
 * share the surname, and whole strings would make brothers alike ("tom maes"/"tim maes" 0,925; per field 0,80).
 * When a side lacks a field (the whole name in one column), the sorted word keys are compared instead.
 * With `atLeast`, a result below it may be reported as 0 (work is skipped): for callers that only need to know
 * whether names reach a threshold.
 */
export function nameSimilarity(a: PersonName, b: PersonName, atLeast = 0): number {
  if (a.key === b.key) return 1;
  if (a.first !== "" && a.last !== "" && b.first !== "" && b.last !== "") {
    return Math.max(weaker(a.first, b.first, a.last, b.last, atLeast), weaker(a.first, b.last, a.last, b.first, atLeast));
  }
  return jaroWinkler(a.key, b.key);
}

/** min(jw(x1, y1), jw(x2, y2)), skipping the second when the first is already below `atLeast` (then 0). */
function weaker(x1: string, y1: string, x2: string, y2: string, atLeast: number): number {
  const first = jaroWinkler(x1, y1);
  return first < atLeast ? 0 : Math.min(first, jaroWinkler(x2, y2));
}
