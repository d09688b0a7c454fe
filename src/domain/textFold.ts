// The one text folding of the add-in: lower case without diacritics. Comparison keys (normalise.ts), header
// recognition (headers.ts) and the taskpane's search build on it.

/** Letters that Unicode decomposition does not reduce to a base letter (checked after lower-casing). */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ı: "i",
  ß: "ss",
  ẞ: "ss",
  ø: "o",
  æ: "ae",
  œ: "oe",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
};
/**
 * Cyrillic and Greek letters that look like Latin ones (lower case; the upper-case look decides for н, м, т, в, η):
 * "Меhmеt" with a Cyrillic М and е reads as "Mehmet" and must compare as it, or a debtor typed so is never found.
 * Both lists are folded alike, so a name written wholly in Cyrillic still finds itself.
 */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  а: "a", в: "b", е: "e", і: "i", ј: "j", к: "k", м: "m", н: "h", о: "o", р: "p", с: "c", т: "t", у: "y", х: "x",
  ѕ: "s", һ: "h", ԁ: "d", ԛ: "q", ԝ: "w", ү: "y", ӏ: "l",
  α: "a", β: "b", ε: "e", ζ: "z", η: "h", ι: "i", κ: "k", μ: "m", ν: "v", ο: "o", ρ: "p", τ: "t", υ: "u", χ: "x", ϲ: "c",
};
const LOOK_ALIKE = new RegExp(`[${Object.keys(LOOK_ALIKES).join("")}]`, "g");
const SPECIAL_LETTER = /[ıßẞøæœłđðþ]/g;
const COMBINING_MARKS = /\p{M}+/gu;
/** Characters that show nothing (zero-width space, soft hyphen, word joiner, BOM, Hangul fillers): "Meh\u200bmet" is "Mehmet". */
const INVISIBLE = /[\p{Cf}\u115f\u1160\u3164\uffa0]+/gu;
export const ASCII_ONLY = /^[\u0000-\u007f]*$/; // eslint-disable-line no-control-regex -- the whole ASCII range, on purpose

/**
 * Lower case without diacritics or compatibility forms: é→e, ş→s, ğ→g, ı/İ→i, ö→o, ñ→n, ß→ss, ø→o, æ→ae, œ→oe,
 * ł→l, № → no, Cyrillic and Greek look-alikes → their Latin letter (Меhmеt → mehmet), invisible characters removed.
 * Every other character stays as it is (punctuation and spaces included).
 */
export function foldDiacritics(s: string): string {
  const t = s.toLowerCase();
  if (ASCII_ONLY.test(t)) return t;
  // "İ".toLowerCase() is "i" + combining dot, which the mark removal takes care of.
  // Mapped after decomposition too: "Ǿ" decomposes to "ø" + accent, which must end as "o" like "Ø" does.
  return t
    .replace(INVISIBLE, "")
    .replace(SPECIAL_LETTER, (c) => SPECIAL_LETTERS[c])
    .normalize("NFKD")
    .replace(COMBINING_MARKS, "")
    .toLowerCase()
    .replace(SPECIAL_LETTER, (c) => SPECIAL_LETTERS[c])
    .replace(LOOK_ALIKE, (c) => LOOK_ALIKES[c]);
}
