// Whether Excel shows a cell of a list as its value. The comparison reads values; a number format can show other
// text: `;;;"93051822361"` shows any text as that number, `"93051822361"` shows any number as it. A Debiteuren row
// whose cells show one person while their values name another would be compared as that other person, unseen.
// Excel's rules (Microsoft, "Review guidelines for customizing a number format"): up to four sections separated by
// semicolons (positive; negative; zero; text); text is shown as it is unless the format has a text section.

/** The sections of a number format, split on semicolons outside quotes and not escaped with a backslash. */
function sections(format: string): string[] {
  const out: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === "\\" && !quoted && i + 1 < format.length) {
      current += ch + format[++i];
      continue;
    }
    if (ch === '"') quoted = !quoted;
    if (ch === ";" && !quoted) {
      out.push(current);
      current = "";
      continue;
    }
    current += ch;
  }
  out.push(current);
  return out;
}

/** A colour code ([Red], [Kleur10]) only colours; conditions ([<1]) choose a section and are kept. */
const withoutColour = (section: string) => section.replace(/^\[[A-Za-z]+\d*\]/, "");

/** Formats that show a whole number as its digits (optionally grouped or punctuated): the national number's own. */
const DIGITS_ONLY = /^(?:[0#,. \-/]|\\[.\-/ ])+$/;

/** True when Excel shows this value, under this number format, as other text than the value itself. */
export function showsOtherThanValue(format: unknown, value: unknown): boolean {
  const f = typeof format === "string" ? format : "General";
  if (f === "General" || f === "@") return false;
  if (typeof value === "string") {
    if (value === "") return false;
    const parts = sections(f);
    const text = parts.length >= 4 ? parts[3] : parts.find((s) => s.includes("@"));
    return text !== undefined && withoutColour(text) !== "@";
  }
  if (typeof value === "number") return !DIGITS_ONLY.test(withoutColour(f));
  return false;
}

/** The first cell (0-based row and column) that Excel shows otherwise than its value, with its format. */
export function firstMisleadingCell(values: readonly (readonly unknown[])[], formats: readonly (readonly unknown[])[]): { row: number; column: number; format: string } | undefined {
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    for (let c = 0; c < row.length; c++) {
      const format = formats[r]?.[c];
      if (showsOtherThanValue(format, row[c])) return { row: r, column: c, format: String(format) };
    }
  }
  return undefined;
}
