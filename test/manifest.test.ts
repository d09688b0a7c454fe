// The manifest rules no XSD states (scripts/manifest-rules.cjs), on the project's manifest.xml and on
// variants of it that Office would refuse or that would break the shared runtime.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  AUTO_SHOW_TASKPANE_ID,
  DEV_URL,
  checkAddinUrl,
  checkManifest,
  readManifest,
  readPngSize,
  rewriteManifestUrls,
  type ReadAsset,
} from "../scripts/manifest-rules.cjs";

const ROOT = join(__dirname, "..");
const PROJECT_MANIFEST = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const COMMANDS_SOURCE = 'Office.actions.associate("vergelijk", vergelijk);';

/** The project's manifest with literal text replaced (every occurrence). */
function aManifest(...edits: [from: string, to: string][]): string {
  return edits.reduce((xml, [from, to]) => {
    if (!xml.includes(from)) throw new Error(`test setup: "${from}" does not occur in manifest.xml`);
    return xml.split(from).join(to);
  }, PROJECT_MANIFEST);
}

const projectAsset: ReadAsset = (path) => (existsSync(join(ROOT, path)) ? readFileSync(join(ROOT, path)) : null);
const noAssetChecks = {};

describe("the project's manifest.xml", () => {
  test("passes every rule, icons and ribbon functions included", () => {
    expect(checkManifest(PROJECT_MANIFEST, { readAsset: projectAsset, commandsSource: COMMANDS_SOURCE })).toEqual([]);
  });

  test("runs the ribbon command, the task pane and the shared runtime on one page", () => {
    const model = readManifest(PROJECT_MANIFEST);
    expect(model.runtimeResids).toEqual(["Taskpane.Url"]);
    expect(model.functionFileResids).toEqual(["Taskpane.Url"]);
    expect(model.taskpaneSourceResids).toEqual(["Taskpane.Url", "Taskpane.Url"]);
    expect(model.functionNames).toEqual(["vergelijk"]);
    expect(model.resources.find((r) => r.id === "Taskpane.Url")?.value).toBe(`${DEV_URL}taskpane.html`);
  });

  test("opens the Status/Logboek task pane with a workbook that asks for it", () => {
    expect(readManifest(PROJECT_MANIFEST).taskpaneIds).toEqual([AUTO_SHOW_TASKPANE_ID, AUTO_SHOW_TASKPANE_ID]);
    const xml = aManifest([`<TaskpaneId>${AUTO_SHOW_TASKPANE_ID}</TaskpaneId>`, "<TaskpaneId>Debiteurencheck.Taskpane</TaskpaneId>"]);
    expect(checkManifest(xml, noAssetChecks)).toEqual([
      {
        rule: "autoshow-taskpane",
        message:
          "Geen enkele ShowTaskpane-actie heeft <TaskpaneId>Office.AutoShowTaskpaneWithDocument</TaskpaneId>, dus het taakvenster kan niet samen met de werkmap openen (gevonden: Debiteurencheck.Taskpane, Debiteurencheck.Taskpane).",
      },
    ]);
  });

  test("is refused as a production manifest while it points at localhost", () => {
    const violations = checkManifest(PROJECT_MANIFEST, { production: true });
    expect(violations).toHaveLength(9);
    expect(new Set(violations.map((v) => v.rule))).toEqual(new Set(["no-localhost"]));
  });

  test("passes as a production manifest once rewritten to the city's https URL", () => {
    const production = rewriteManifestUrls(PROJECT_MANIFEST, "https://apps.genk.example/debiteurencheck/");
    expect(checkManifest(production, { production: true })).toEqual([]);
    expect(readManifest(production).defaultSourceLocation).toBe("https://apps.genk.example/debiteurencheck/taskpane.html");
  });
});

describe("resource ids", () => {
  // The XSD limits most resid attributes to 32 characters too, but not Runtime's: this rule covers all of them.
  test("a 33-character resid is refused", () => {
    const long = "Taskpane.Url.Met.Een.Te.Lange.Id"; // 32 characters
    expect(long).toHaveLength(32);
    expect(checkManifest(aManifest(["Taskpane.Url", long]), noAssetChecks)).toEqual([]);
    expect(checkManifest(aManifest(["Taskpane.Url", `${long}X`]), noAssetChecks)).toEqual([
      { rule: "resid-length", message: `Resource-id "${long}X" is 33 tekens lang; Office aanvaardt er hoogstens 32.` },
    ]);
  });

  test("a resid that no resource defines is refused", () => {
    const xml = aManifest(['<Label resid="Tab.Label"/>', '<Label resid="Tab.Titel"/>']);
    expect(checkManifest(xml, noAssetChecks)).toEqual([
      { rule: "resid-defined", message: 'ExtensionPoint/CustomTab/Label verwijst naar resid "Tab.Titel", maar die staat niet onder <Resources>.' },
    ]);
  });

  test("a resid of the wrong kind is refused (a label pointing at a URL)", () => {
    const xml = aManifest(['<Label resid="Tab.Label"/>', '<Label resid="Taskpane.Url"/>']);
    expect(checkManifest(xml, noAssetChecks)).toEqual([
      { rule: "resid-kind", message: 'ExtensionPoint/CustomTab/Label verwijst naar "Taskpane.Url" (Url), maar heeft een ShortString nodig.' },
    ]);
  });

  test("a resource id defined twice is refused", () => {
    const xml = aManifest(['<bt:String id="Status.Label"', '<bt:String id="Logboek.Label"']);
    expect(checkManifest(xml, noAssetChecks).map((v) => v.rule)).toEqual(["resid-duplicate", "resid-defined", "resid-defined"]);
  });
});

describe("URLs", () => {
  test("an http URL is refused", () => {
    const xml = aManifest(['<bt:Image id="Icon.80x80" DefaultValue="https://', '<bt:Image id="Icon.80x80" DefaultValue="http://']);
    expect(checkManifest(xml, noAssetChecks)).toEqual([
      { rule: "https", message: 'Image Icon.80x80 is "http://localhost:3000/assets/icon-80.png": Office laadt alleen https-adressen.' },
    ]);
  });

  test("a function file on another page than the runtime is refused", () => {
    const xml = aManifest(['<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="GetStarted.LearnMoreUrl"/>'], [
      '<bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="https://localhost:3000/taskpane.html"/>',
      '<bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="https://localhost:3000/commands.html"/>',
    ]);
    expect(checkManifest(xml, noAssetChecks)).toEqual([
      {
        rule: "shared-runtime-url",
        message:
          'FunctionFile (GetStarted.LearnMoreUrl) is "https://localhost:3000/commands.html", maar de gedeelde runtime vraagt overal dezelfde URL als Runtime (Taskpane.Url) ("https://localhost:3000/taskpane.html").',
      },
    ]);
  });

  test("an Id that is no GUID is refused", () => {
    const xml = aManifest(["<Id>222d095d-134a-4542-a99d-f735735e2751</Id>", "<Id>debiteurencheck</Id>"]);
    expect(checkManifest(xml, noAssetChecks)).toEqual([
      { rule: "guid", message: '<Id> "debiteurencheck" is geen GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).' },
    ]);
  });
});

describe("icons and ribbon functions", () => {
  test("an icon of the wrong pixel size is refused", () => {
    const xml = aManifest(['<bt:Image id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-80.png"/>', '<bt:Image id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-64.png"/>']);
    expect(checkManifest(xml, { readAsset: projectAsset })).toEqual([
      { rule: "icon-file", message: "Image Icon.80x80: assets/icon-64.png is 64x64 pixels, verwacht 80x80." },
    ]);
  });

  test("a missing icon file is refused", () => {
    const xml = aManifest(["assets/icon-32.png", "assets/icoon-32.png"]);
    expect(checkManifest(xml, { readAsset: projectAsset }).map((v) => v.message)).toEqual([
      "IconUrl: assets/icoon-32.png bestaat niet of is geen PNG (maak de iconen met node scripts/make-icons.mjs).",
      "Image Icon.32x32: assets/icoon-32.png bestaat niet of is geen PNG (maak de iconen met node scripts/make-icons.mjs).",
    ]);
  });

  test("a ribbon function that the commands never associate is refused", () => {
    expect(checkManifest(PROJECT_MANIFEST, { commandsSource: 'Office.actions.associate("vergelijken", f);' })).toEqual([
      {
        rule: "function-associated",
        message: 'De lintopdracht "vergelijk" (ExecuteFunction) wordt nergens geregistreerd met Office.actions.associate("vergelijk", …) in src/commands/commands.ts.',
      },
    ]);
  });

  test("the project's commands source associates every ribbon function", () => {
    const source = readFileSync(join(ROOT, "src/commands/commands.ts"), "utf8");
    expect(checkManifest(PROJECT_MANIFEST, { commandsSource: source })).toEqual([]);
  });

  test("the PNG reader takes width and height from the header and rejects other bytes", () => {
    expect(readPngSize(readFileSync(join(ROOT, "assets/icon-80.png")))).toEqual({ width: 80, height: 80 });
    expect(readPngSize(Buffer.from("GIF89a not a png at all"))).toBeNull();
    expect(readPngSize(null)).toBeNull();
  });
});

describe("broken XML", () => {
  test("an unclosed element is reported, not thrown", () => {
    expect(checkManifest(PROJECT_MANIFEST.replace("</OfficeApp>", ""), noAssetChecks)).toEqual([
      { rule: "xml", message: "XML: <OfficeApp> is niet afgesloten." },
    ]);
  });
});

describe("the production URL (ADDIN_URL)", () => {
  test("accepts an https URL ending in a slash", () => {
    expect(checkAddinUrl("https://apps.genk.example/debiteurencheck/")).toEqual({ ok: true, url: "https://apps.genk.example/debiteurencheck/" });
  });

  test.each([
    ["http://apps.genk.example/", "gebruikt geen https"],
    ["https://apps.genk.example/debiteurencheck", 'eindigt niet op "/"'],
    ["https://apps.genk.example/?v=1/", "mag geen query"],
    ["apps.genk.example/", "is geen geldige URL"],
  ])("refuses %s", (value, reason) => {
    const checked = checkAddinUrl(value);
    expect(checked.ok).toBe(false);
    expect(checked.ok ? "" : checked.message).toContain(reason);
  });

  test("the rewrite replaces every development URL and nothing else", () => {
    const rewritten = rewriteManifestUrls(PROJECT_MANIFEST, "https://apps.genk.example/dc/");
    expect(rewritten.includes("localhost")).toBe(false);
    expect(rewritten.split("https://apps.genk.example/dc/").length - 1).toBe(PROJECT_MANIFEST.split(DEV_URL).length - 1);
    expect(rewritten.replaceAll("https://apps.genk.example/dc/", DEV_URL)).toBe(PROJECT_MANIFEST);
  });
});

describe("npm run validate (xmllint-wasm against the Office schemas in schemas/office-manifest, then the rules)", () => {
  function validate(xml: string): { status: number | null; output: string } {
    const folder = mkdtempSync(join(tmpdir(), "manifest-"));
    try {
      writeFileSync(join(folder, "manifest.xml"), xml);
      const run = spawnSync(process.execPath, [join(ROOT, "scripts/validate-manifest.mjs"), join(folder, "manifest.xml")], { encoding: "utf8" });
      return { status: run.status, output: run.stdout + run.stderr };
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }

  test("rejects an element the VersionOverrides schema does not allow", () => {
    const result = validate(aManifest(['<Label resid="Group.Label"/>', '<Onbekend/><Label resid="Group.Label"/>']));
    expect(result.status).toBe(1);
    expect(result.output).toContain("voldoet niet aan het Office-manifestschema");
    expect(result.output).toContain("Element '{http://schemas.microsoft.com/office/taskpaneappversionoverrides}Onbekend': This element is not expected.");
  });

  test("rejects a schema-valid manifest that breaks a rule, naming the rule", () => {
    const result = validate(aManifest(['<bt:Image id="Icon.80x80" DefaultValue="https://', '<bt:Image id="Icon.80x80" DefaultValue="http://']));
    expect(result.status).toBe(1);
    expect(result.output).toContain('[https] Image Icon.80x80 is "http://localhost:3000/assets/icon-80.png": Office laadt alleen https-adressen.');
  });
});
