// `npm run apisets`: every Office API member that src/excel, src/taskpane and src/commands use, with its requirement
// set from the @types/office-js JSDoc, written to docs/requirement-sets.md. Fails when a member whose set the manifest
// does not guarantee is used without a guard.
//
// Guard convention (checked here, nothing else counts):
//   1. the use sits in the true branch of an `if`, `?:` or `&&` whose condition reads `x.<capability>`, where x has
//      the type `Capabilities` (src/ports/workbook.ts) and CAPABILITY_SETS[<capability>] (src/excel/requirements.ts)
//      names the member's set at the member's version or higher; or
//   2. the condition calls `isSetSupported("<Set>", "<version>")` with literal arguments covering the member; or
//   3. an earlier statement in an enclosing block is `if (!<guard of kind 1 or 2>) return/throw …;`.
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import ts from "typescript";
import { CAPABILITY_SETS } from "../src/excel/requirements";

export interface RequirementSet {
  readonly name: string;
  readonly version: string;
}

export interface MemberUse {
  readonly member: string;
  readonly set: RequirementSet | undefined;
  readonly file: string;
  readonly line: number;
  /** The capability or isSetSupported that guards this use, if any. */
  readonly guard?: string;
}

export interface Analysis {
  readonly uses: readonly MemberUse[];
  /** Uses above the manifest's minimum without a guard. */
  readonly unguarded: readonly MemberUse[];
}

/** Sets every Excel that meets the manifest supports: common API parts outside any set, and Settings (Office 2013+). */
const ALWAYS_AVAILABLE = new Set(["Not in a set", "Settings"]);

export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

const covers = (given: RequirementSet, wanted: RequirementSet) => given.name === wanted.name && compareVersions(given.version, wanted.version) >= 0;

/**
 * The `<Set Name=… MinVersion=…>` entries of the manifest's top-level Requirements, and of VersionOverrides: a client
 * that lacks the latter ignores the ribbon (src/commands) but still offers the task pane.
 */
export function manifestSets(xml: string): { readonly addIn: RequirementSet[]; readonly commands: RequirementSet[] } {
  const [top, overrides = ""] = xml.split(/<VersionOverrides/);
  const sets = (part: string) => {
    const block = /<Requirements>([\s\S]*?)<\/Requirements>/.exec(part)?.[1] ?? "";
    const fallback = /DefaultMinVersion="([\d.]+)"/.exec(block)?.[1] ?? "1.1";
    return [...block.matchAll(/<(?:bt:)?Set\s+Name="([^"]+)"(?:\s+MinVersion="([\d.]+)")?/g)].map((m) => ({ name: m[1], version: m[2] ?? fallback }));
  };
  const addIn = sets(top);
  return { addIn, commands: [...addIn, ...sets(overrides)] };
}

/** Sets of other applications in the shared JSDoc (e.g. `completed()` documents Outlook's Mailbox 1.3): not Excel's. */
const OTHER_HOSTS = /^(Mailbox|Word|PowerPoint|OneNote|Outlook|Visio|Project)/;

/** The set named in a declaration's JSDoc: `[Api set: ExcelApi 1.13]` or `**Requirement set**: {@link … | Name 1.1}`. */
export function setInComment(text: string): RequirementSet | undefined {
  const api = /\[Api set: ([A-Za-z]+) ([\d.]+)/.exec(text);
  if (api) return OTHER_HOSTS.test(api[1]) ? undefined : { name: api[1], version: api[2] };
  const req = /\*\*Requirement set\*\*: \{@link [^|]*\| ([A-Za-z ]+?)(?: ([\d.]+))?\}/.exec(text);
  if (req) return { name: req[1], version: req[2] ?? "1.1" };
  return undefined;
}

function declarationSet(decl: ts.Node): RequirementSet | undefined {
  const text = decl.getSourceFile().getFullText();
  for (let node: ts.Node | undefined = decl; node && !ts.isSourceFile(node); node = node.parent) {
    const ranges = ts.getLeadingCommentRanges(text, node.getFullStart()) ?? [];
    for (const r of ranges.reverse()) {
      const found = setInComment(text.slice(r.pos, r.end));
      if (found) return found;
    }
    if (ts.isModuleDeclaration(node)) break;
  }
  return undefined;
}

function memberName(decl: ts.Declaration, name: string): string {
  const parents: string[] = [];
  for (let node: ts.Node | undefined = decl.parent; node && !ts.isSourceFile(node); node = node.parent) {
    if ((ts.isInterfaceDeclaration(node) || ts.isClassDeclaration(node) || ts.isModuleDeclaration(node) || ts.isEnumDeclaration(node)) && node.name) {
      parents.unshift(node.name.getText());
    }
  }
  return [...parents, name].join(".");
}

function guardOf(condition: ts.Expression, checker: ts.TypeChecker, needed: RequirementSet): string | undefined {
  let found: string | undefined;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isPropertyAccessExpression(node)) {
      const type = checker.getTypeAtLocation(node.expression);
      const capability = node.name.text as keyof typeof CAPABILITY_SETS;
      const sets = CAPABILITY_SETS[capability] as RequirementSet | undefined;
      if (type.getSymbol()?.getName() === "Capabilities" && sets && covers(sets, needed)) found = `Capabilities.${capability}`;
    }
    if (ts.isCallExpression(node) && /isSetSupported$/.test(node.expression.getText())) {
      const [set, version] = node.arguments.map((a) => (ts.isStringLiteral(a) ? a.text : undefined));
      if (set && version && covers({ name: set, version }, needed)) found = `isSetSupported("${set}", "${version}")`;
    }
    ts.forEachChild(node, visit);
  };
  visit(condition);
  return found;
}

const exits = (s: ts.Statement): boolean =>
  ts.isReturnStatement(s) || ts.isThrowStatement(s) || (ts.isBlock(s) && s.statements.length > 0 && exits(s.statements[s.statements.length - 1]));

function findGuard(use: ts.Node, checker: ts.TypeChecker, needed: RequirementSet): string | undefined {
  for (let child: ts.Node = use, node = use.parent; node; child = node, node = node.parent) {
    if (ts.isIfStatement(node) && node.thenStatement === child) {
      const g = guardOf(node.expression, checker, needed);
      if (g) return g;
    }
    if (ts.isConditionalExpression(node) && node.whenTrue === child) {
      const g = guardOf(node.condition, checker, needed);
      if (g) return g;
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && node.right === child) {
      const g = guardOf(node.left, checker, needed);
      if (g) return g;
    }
    if ((ts.isBlock(node) || ts.isSourceFile(node)) && ts.isStatement(child as ts.Statement)) {
      const statements = (node as ts.Block).statements;
      for (const s of statements.slice(0, statements.indexOf(child as ts.Statement))) {
        if (!ts.isIfStatement(s) || s.elseStatement || !exits(s.thenStatement)) continue;
        const negated = ts.isPrefixUnaryExpression(s.expression) && s.expression.operator === ts.SyntaxKind.ExclamationToken;
        const g = negated ? guardOf((s.expression as ts.PrefixUnaryExpression).operand, checker, needed) : undefined;
        if (g) return g;
      }
    }
  }
  return undefined;
}

/** `minimum(file)`: the sets the manifest guarantees where that file runs. */
export function analyse(files: readonly string[], minimum: (file: string) => readonly RequirementSet[], root = process.cwd()): Analysis {
  const program = ts.createProgram([...files], { target: ts.ScriptTarget.ES2022, jsx: ts.JsxEmit.ReactJSX, strict: true, types: ["office-js"], noEmit: true, skipLibCheck: true, moduleResolution: ts.ModuleResolutionKind.Bundler, module: ts.ModuleKind.ESNext });
  const checker = program.getTypeChecker();
  const uses: MemberUse[] = [];
  const unguarded: MemberUse[] = [];
  const wanted = new Set(files.map((f) => resolve(f)));
  for (const source of program.getSourceFiles()) {
    if (!wanted.has(resolve(source.fileName))) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node) || ts.isQualifiedName(node)) {
        const name = ts.isPropertyAccessExpression(node) ? node.name : node.right;
        const symbol = checker.getSymbolAtLocation(name);
        const decl = symbol?.declarations?.find((d) => d.getSourceFile().fileName.includes("@types/office-js/"));
        if (decl && !ts.isQualifiedName(node)) {
          const set = declarationSet(decl);
          const file = relative(root, source.fileName);
          const { line } = source.getLineAndCharacterOfPosition(node.getStart());
          const needsGuard = !!set && !ALWAYS_AVAILABLE.has(set.name) && !minimum(file).some((m) => covers(m, set));
          const guard = needsGuard ? findGuard(node, checker, set!) : undefined;
          const use: MemberUse = { member: memberName(decl, name.text), set, file, line: line + 1, ...(guard ? { guard } : {}) };
          uses.push(use);
          if (needsGuard && !guard) unguarded.push(use);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { uses, unguarded };
}

export function sourceFiles(dirs: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry) && !/\.test\.tsx?$/.test(entry)) out.push(path);
    }
  };
  dirs.forEach(walk);
  return out.sort();
}

const setText = (s: RequirementSet | undefined) => (s ? (s.name === "Settings" || s.name === "Not in a set" ? s.name : `${s.name} ${s.version}`) : "—");

export function renderTable(analysis: Analysis, minimum: ReturnType<typeof manifestSets>): string {
  const byMember = new Map<string, { set: RequirementSet | undefined; files: Set<string>; guards: Set<string>; unguarded: number }>();
  for (const u of analysis.uses) {
    const row = byMember.get(u.member) ?? { set: u.set, files: new Set(), guards: new Set(), unguarded: 0 };
    row.files.add(u.file);
    if (u.guard) row.guards.add(u.guard);
    if (analysis.unguarded.includes(u)) row.unguarded++;
    byMember.set(u.member, row);
  }
  const order = (s: RequirementSet | undefined) => (s ? `${s.name} ${s.version.split(".").map((n) => n.padStart(3, "0")).join(".")}` : "~");
  const rows = [...byMember].sort(([a, x], [b, y]) => order(x.set).localeCompare(order(y.set)) || a.localeCompare(b));
  const lines = [
    "# Requirement sets used",
    "",
    "Generated by `npm run apisets` (scripts/apisets.ts) from the JSDoc of `@types/office-js`; do not edit by hand.",
    `Manifest minimum: ${minimum.addIn.map((m) => `${m.name} ${m.version}`).join(", ")}; src/commands (the ribbon, in`,
    `VersionOverrides) also has ${minimum.commands.slice(minimum.addIn.length).map((m) => `${m.name} ${m.version}`).join(", ")}.`,
    "Members in a set above it are used only behind a guard (see the convention at the top of scripts/apisets.ts);",
    "`Settings` and members outside any set are available in every Excel that loads the add-in.",
    "",
    "| member | set | guard | files |",
    "|---|---|---|---|",
    ...rows.map(([member, r]) => `| \`${member}\` | ${setText(r.set)} | ${r.unguarded ? "**ONTBREEKT**" : [...r.guards].join(", ") || "—"} | ${[...r.files].join(", ")} |`),
    "",
  ];
  return lines.join("\n");
}

export const DIRS = ["src/excel", "src/excel-events", "src/taskpane", "src/commands"];

export function main(root = process.cwd()): number {
  const minimum = manifestSets(readFileSync(join(root, "manifest.xml"), "utf8"));
  const forFile = (file: string) => (file.startsWith("src/commands/") ? minimum.commands : minimum.addIn);
  const analysis = analyse(sourceFiles(DIRS.map((d) => join(root, d))), forFile, root);
  writeFileSync(join(root, "docs/requirement-sets.md"), renderTable(analysis, minimum));
  for (const u of analysis.unguarded) {
    process.stderr.write(`${u.file}:${u.line}: ${u.member} vraagt ${setText(u.set)}, boven het minimum van het manifest, zonder bewaking\n`);
  }
  process.stdout.write(`${analysis.uses.length} gebruikte Office-leden; ${analysis.unguarded.length} zonder bewaking. docs/requirement-sets.md bijgewerkt.\n`);
  return analysis.unguarded.length === 0 ? 0 : 1;
}
