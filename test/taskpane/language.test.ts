// A language check over the task pane's texts (and, for t.e.m., the messages of src/app, domain, file and cli): Flemish conventions ("t.e.m.", not "t/m"), real plurals (never
// "rij(en)"), no English words and no internal ids or API names in what people read. Texts are the string literals and
// JSX text of src/taskpane (comments left out); the Zelftest's technical details may name API sets and error codes.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const ROOT = join(__dirname, "..", "..", "src", "taskpane");
/** Where internal names are the point: the Zelftest's technical details for the IT department. */
const TECHNICAL = new Set(["components/SelfTestPage.tsx"]);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\./.test(name) ? [path] : [];
  });
}

/** String literals and JSX text, with comments removed first. */
function texts(source: string, jsxFile: boolean): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
  const literals = [...code.matchAll(/"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? "");
  const jsx = jsxFile
    ? [...code.matchAll(/>([^<>]*[A-Za-zë][^<>]*)</g)].map((m) => m[1].replace(/\{[^{}]*\}/g, "…")).filter((t) => !/[;=]|^\s*[,)]/.test(t))
    : [];
  // Interpolations are code (`${SHEET.clients}`), not text.
  return [...literals, ...jsx].map((t) => t.replace(/\$\{[^}]*\}/g, "…")).filter((t) => /[a-zë]{2}/i.test(t) && !/^[./@]/.test(t));
}

const RULES: readonly { name: string; pattern: RegExp }[] = [
  { name: "bracketed plural", pattern: /[a-zë]\((en|s|es|e)\)/i },
  { name: "t/m instead of t.e.m.", pattern: /\bt\/m\b/ },
  { name: "English word", pattern: /\b(clear|please|cancel|close|search|loading|error|sheet\d*|field|submit|retry)\b/i },
  { name: "internal row id", pattern: /\[R\d{6}\]/ },
  { name: "API or code name", pattern: /\b(API-sets?|AccessDenied|InvalidArgument|pseudo:)/ },
];

/** Literals that are code, not text: test ids, CSS, media types, regular expressions' sources. */
const CODE = /^(data-|[a-z]+(-[a-z]+)+$|[a-z]+$|[A-Z][A-Za-z]+$|text\/|application\/|\^|\\)/;

test("the task pane's texts follow the Flemish conventions, use real plurals and no English or internal names", () => {
  const found: string[] = [];
  for (const path of files(ROOT)) {
    const name = relative(ROOT, path);
    if (TECHNICAL.has(name)) continue;
    for (const text of texts(readFileSync(path, "utf8"), path.endsWith(".tsx"))) {
      if (CODE.test(text)) continue;
      for (const rule of RULES) if (rule.pattern.test(text)) found.push(`${name}: ${rule.name}: ${text.slice(0, 100)}`);
    }
  }
  expect(found).toEqual([]);
});

/** The layers whose messages reach people too (problems, summaries, log texts, the CLI's output). */
const MESSAGE_ROOTS = ["app", "domain", "file", "cli"].map((dir) => join(__dirname, "..", "..", "src", dir));
const MESSAGE_RULES = RULES.filter((rule) => rule.name === "t/m instead of t.e.m.").concat({ name: "slash plural", pattern: /\blid\/leden\b/ });

test("messages made outside the task pane say t.e.m. too", () => {
  const found = MESSAGE_ROOTS.flatMap((root) =>
    files(root).flatMap((path) =>
      texts(readFileSync(path, "utf8"), false).flatMap((text) =>
        MESSAGE_RULES.filter((rule) => rule.pattern.test(text)).map((rule) => `${relative(root, path)}: ${rule.name}: ${text.slice(0, 100)}`),
      ),
    ),
  );
  expect(found).toEqual([]);
});
