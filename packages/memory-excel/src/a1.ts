// A1 notation's column letters and single-cell references, as Excel writes them. The one implementation for the
// domain (source ranges in messages), the Office.js adapter (grid events), the .xlsx converter and the in-memory
// host; it imports nothing, so each of them may use it.

/** "A", "B", … "Z", "AA", … "XFD" for a 0-based column index, as Excel names columns. */
export function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The 0-based index of column letters, either case: "A" → 0, "xfd" → 16383. The caller checks the grid's size. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "B12" or "$B$12" → { row: 11, col: 1 } (0-based); undefined for anything else (ranges, whole rows or columns). */
export function parseCell(address: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?([1-9]\d{0,6})$/.exec(address);
  return m ? { row: Number(m[2]) - 1, col: columnIndex(m[1]) } : undefined;
}
