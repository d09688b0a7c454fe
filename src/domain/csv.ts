// CSV for Belgian Excel (`;`), safe against formula injection as OWASP's CSV-injection guidance describes: every field
// is quoted (quotes doubled), a field starting with = + - @ tab or CR gets a leading apostrophe, and so does every such
// start after a separator another reader might split on (`;`, `,`, tab) or a line break inside the field — a reader
// that splits "An Peeters,=1+2*3" on commas then sees '=1+2*3, text.

/** A formula start, also after leading spaces (some readers trim them), or a leading tab or CR. */
const FORMULA_START = /^(?:[ \u00a0]*[=+\-@]|[\t\r])/;
/** A separator or line break, optional spaces, then a formula start. */
const FORMULA_AFTER_SEPARATOR = /([;,\t\r\n][ \u00a0]*)([=+\-@])/g;

export function inertCell(value: string): string {
  const inner = value.replace(FORMULA_AFTER_SEPARATOR, "$1'$2");
  return FORMULA_START.test(inner) ? `'${inner}` : inner;
}

export function csvCell(value: string | number): string {
  return `"${inertCell(String(value)).replace(/"/g, '""')}"`;
}

export function csvLine(values: readonly (string | number)[]): string {
  return values.map(csvCell).join(";");
}
