// CSV for Belgian Excel (`;`), safe against formula injection: a cell that Excel would run as a formula gets a
// leading apostrophe (OWASP CSV injection guidance), and quotes are doubled.

const FORMULA_START = /^[=+\-@\t\r]/;

export function inertCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function csvCell(value: string | number): string {
  const text = inertCell(String(value));
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly (string | number)[]): string {
  return values.map(csvCell).join(";");
}
