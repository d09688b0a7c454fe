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
const SPECIAL_LETTER = /[ıßẞøæœłđðþ]/g;
const COMBINING_MARKS = /\p{M}+/gu;
export const ASCII_ONLY = /^[\u0000-\u007f]*$/; // eslint-disable-line no-control-regex -- the whole ASCII range, on purpose

/**
 * Lower case without diacritics or compatibility forms: é→e, ş→s, ğ→g, ı/İ→i, ö→o, ñ→n, ß→ss, ø→o, æ→ae, œ→oe,
 * ł→l, № → no. Every other character stays as it is (punctuation and spaces included).
 */
export function foldDiacritics(s: string): string {
  const t = s.toLowerCase();
  if (ASCII_ONLY.test(t)) return t;
  // "İ".toLowerCase() is "i" + combining dot, which the mark removal takes care of.
  // Mapped after decomposition too: "Ǿ" decomposes to "ø" + accent, which must end as "o" like "Ø" does.
  return t
    .replace(SPECIAL_LETTER, (c) => SPECIAL_LETTERS[c])
    .normalize("NFKD")
    .replace(COMBINING_MARKS, "")
    .toLowerCase()
    .replace(SPECIAL_LETTER, (c) => SPECIAL_LETTERS[c]);
}
