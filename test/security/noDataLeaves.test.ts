// No data leaves: the pages' Content-Security-Policy allows only the add-in's own origin and Office's CDN; the
// sources make no network calls; only src/taskpane/host.ts touches browser storage, with the keys for the staff
// member's own stated name and the per-role "Hoe werkt het?" flag. Source scans: a new file that calls fetch or localStorage fails here until it is reviewed.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { CONTENT_SECURITY_POLICY, OFFICE_JS_ORIGIN } from "../../scripts/csp.cjs";

const ROOT = join(__dirname, "..", "..");

function filesUnder(dir: string, keep: (path: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, keep);
    return keep(path) ? [relative(ROOT, path).split("\\").join("/")] : [];
  });
}

/** Shipped source: everything under src/ and under the workspace packages' src/ (the demo page bundles the host). */
const SOURCES = [join(ROOT, "src"), ...readdirSync(join(ROOT, "packages")).map((name) => join(ROOT, "packages", name, "src"))].flatMap((dir) =>
  filesUnder(dir, (p) => /\.(ts|tsx|js|mjs|html)$/.test(p)),
);
const text = (file: string) => readFileSync(join(ROOT, file), "utf8");
/** The code without comments, so a comment mentioning fetch() is no hit. */
const code = (file: string) => text(file).replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1").replace(/<!--[\s\S]*?-->/g, "");
const filesMatching = (pattern: RegExp) => SOURCES.filter((f) => pattern.test(code(f)));

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]));
}

describe("the Content-Security-Policy", () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it("has exactly these directives and sources", () => {
    expect(Object.fromEntries(policy)).toEqual({
      "default-src": ["'self'"],
      "script-src": ["'self'", "https://appsforoffice.microsoft.com"],
      "style-src": ["'self'", "'unsafe-inline'"],
      "img-src": ["'self'", "data:"],
      "connect-src": ["'self'"],
      "font-src": ["'self'", "data:"],
      "object-src": ["'none'"],
      "base-uri": ["'self'"],
      "form-action": ["'none'"],
    });
  });

  it("lets nothing be sent anywhere but the add-in's own origin, and runs no script but its own and office.js", () => {
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    const everySource = [...policy.values()].flat();
    expect(everySource.filter((s) => s === "*" || /^(https?|wss?|blob):?$/.test(s) || s.includes("*"))).toEqual([]);
    expect(everySource.filter((s) => s === "'unsafe-eval'" || s === "'wasm-unsafe-eval'")).toEqual([]);
    expect(everySource.filter((s) => /^https:/.test(s))).toEqual([OFFICE_JS_ORIGIN]);
    expect(OFFICE_JS_ORIGIN).toBe("https://appsforoffice.microsoft.com");
  });

  it("is put in every page template, and office.js is the only script from elsewhere", () => {
    const templates = SOURCES.filter((f) => f.endsWith(".html"));
    expect(templates.sort()).toEqual(["src/commands/commands.html", "src/demo/demo.html", "src/help/hulp.html", "src/taskpane/taskpane.html"]);
    for (const t of templates) expect([t, text(t)]).toEqual([t, expect.stringContaining('<meta http-equiv="Content-Security-Policy" content="<%= csp %>" />')]);
    const webpack = readFileSync(join(ROOT, "webpack.config.js"), "utf8");
    expect(webpack).toContain("templateParameters: { csp: CONTENT_SECURITY_POLICY, officeJsUrl: OFFICE_JS_URL }");
    expect(/const OFFICE_JS_URL = "([^"]+)"/.exec(webpack)?.[1]).toMatch(new RegExp(`^${OFFICE_JS_ORIGIN.replace(/\./g, "\\.")}/`));
    const remote = templates.flatMap((t) => [...text(t).matchAll(/(?:src|href)="(https?:[^"]*)"/g)].map((m) => m[1]));
    expect(remote).toEqual([]);
  });
});

describe("the shipped sources", () => {
  it("make no network calls of their own (the CSP would block them; this keeps them from being written)", () => {
    expect(filesMatching(/\bfetch\s*\(|XMLHttpRequest|\bWebSocket\b|sendBeacon|\bEventSource\b|importScripts|new\s+Worker\s*\(/)).toEqual([]);
  });

  it("touch browser storage in one file only: src/taskpane/host.ts, with localStorage", () => {
    expect(filesMatching(/\blocalStorage\b/)).toEqual(["src/taskpane/host.ts"]);
    expect(filesMatching(/\bsessionStorage\b|\bindexedDB\b|document\.cookie|\bcaches\s*\.\s*open|navigator\.storage/)).toEqual([]);
  });

  it("use the key 'debiteurencheck.naam' there through getItem/setItem of NAME_KEY, and the per-role explanation flag", () => {
    const host = code("src/taskpane/host.ts");
    expect([...host.matchAll(/export const NAME_KEY = "([^"]+)"/g)].map((m) => m[1])).toEqual(["debiteurencheck.naam"]);
    const calls = [...host.matchAll(/\.\s*(getItem|setItem|removeItem|clear|key)\s*\(([^,)]*)/g)].map((m) => `${m[1]}(${m[2].trim()})`);
    // …and per role the "Hoe werkt het?" flag (a role code is never kept: the key holds only the role's name).
    expect([...host.matchAll(/export const EXPLAINED_KEY = "([^"]+)"/g)].map((m) => m[1])).toEqual(["debiteurencheck.uitleg-gezien"]);
    expect(calls.sort()).toEqual(["getItem(NAME_KEY)", "getItem(`${EXPLAINED_KEY}.${role}`)", "setItem(NAME_KEY)", "setItem(`${EXPLAINED_KEY}.${role}`)"]);
  });

  it("keep the name memory away from debtor data: only the start and setup pages remember, and only the user's own name", () => {
    expect(filesMatching(/\.rememberName\s*\(/).sort()).toEqual(["src/taskpane/components/SetupPage.tsx", "src/taskpane/components/StartFlow.tsx"]);
    for (const f of ["src/taskpane/components/SetupPage.tsx", "src/taskpane/components/StartFlow.tsx"]) {
      expect([f, [...code(f).matchAll(/rememberName\s*\(([^)]*)\)/g)].map((m) => m[1])]).toEqual([f, ["user.name"]]);
    }
  });
});
