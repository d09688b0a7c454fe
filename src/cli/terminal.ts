// Text for a terminal. Every text the CLI prints passes through terminalSafe: texts from files (headers, dossier numbers,
// sheet and file names, log values) may hold ESC sequences, C1 controls or bidi overrides that clear or rewrite a
// screen (a fake "intact" report over a broken log). Renderers apply it to each printed line, so a line break inside a
// file's text cannot start a line of its own; the CliIo that run() hands to the commands applies it once more.

/** C0 and C1 controls, DEL, bidi embeddings/overrides/isolates and marks, line and paragraph separators. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** The same without the line feed: for text whose own line breaks are kept (one pass over a chunk, no split into lines). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_IN_LINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
/** Tested before replacing: almost no text has anything to replace, and a test costs a third of a replace. */
const hasUnsafe = new RegExp(UNSAFE.source);
const hasUnsafeInLine = new RegExp(UNSAFE_IN_LINE.source);
const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;

/** One line of text, shown: every unsafe character becomes U+FFFD (also a line break: a line stays one line). */
export function terminalSafe(text: string): string {
  return hasUnsafe.test(text) ? text.replace(UNSAFE, "\uFFFD") : text;
}

/** Lines to print, each made safe, ending in a newline. */
export function terminalLines(lines: readonly string[]): string {
  return `${lines.map(terminalSafe).join("\n")}\n`;
}

/**
 * JSON for a terminal: exactly the data (JSON.stringify already escapes C0 controls), with the characters it leaves raw
 * (DEL, C1, bidi, U+2028/2029) written as \uXXXX escapes, so a terminal shows them as text and a parser reads them back.
 */
export function terminalJson(value: unknown): string {
  return `${jsonSafe(JSON.stringify(value, null, 2))}\n`;
}

/**
 * JSON text with the characters JSON.stringify leaves raw written as \uXXXX escapes; its raw line breaks, which can
 * only be the layout's own (JSON.stringify escapes those inside strings), are kept.
 */
export function jsonSafe(json: string): string {
  return hasUnsafeInLine.test(json) ? json.replace(UNSAFE_IN_LINE, escape) : json;
}

/** Output as printed: each chunk's lines made safe, its own line breaks and tab-free layout kept. */
export function terminalOutput(text: string): string {
  return hasUnsafeInLine.test(text) ? text.replace(UNSAFE_IN_LINE, "\uFFFD") : text;
}
