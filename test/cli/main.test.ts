import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { EXIT, nodeIo, run, type CliIo } from "../../src/cli/main";

const DEBTOR_HEADERS = ["Dossiernummer", "Voornaam", "Achternaam", "Rijksregisternummer", "Straat", "Huisnummer"];
const CLIENT_HEADERS = ["Voornaam", "Achternaam", "Rijksregisternummer", "Straat", "Huisnummer"];

/** A ;-separated CSV as Belgian Excel saves it. */
const csv = (rows: readonly (readonly string[])[]) => new TextEncoder().encode(rows.map((r) => r.join(";")).join("\r\n") + "\r\n");

/** Three debtors: one client by number, one no client, one possible match on name + address (no number). */
const DEBTORS = csv([
  DEBTOR_HEADERS,
  ["D-001", "Anna", "Peeters", "85.07.30-033.28", "Stadsplein", "1"],
  ["D-002", "Jan", "Smets", "93051822361", "Hoogstraat", "5"],
  ["D-003", "Marie", "Van den Broeck", "", "Welzijnscampus", "11"],
]);
const CLIENTS = csv([CLIENT_HEADERS, ["Anna", "Peeters", "85073003328", "Stadsplein", "1"], ["Marie", "Vandenbroeck", "", "Welzijnscampus", "11"]]);

/** CliIo over in-memory files; a missing file fails like node:fs does. */
function memoryIo(files: Record<string, Uint8Array>) {
  const out: string[] = [];
  const errors: string[] = [];
  const io: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => errors.push(t),
    readFile: async (path) => {
      if (!(path in files)) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
      return files[path];
    },
  };
  return { io, stdout: () => out.join(""), stderr: () => errors.join("") };
}

const compare = (files: Record<string, Uint8Array>, ...extra: string[]) => {
  const m = memoryIo(files);
  const names = Object.keys(files);
  return run(["vergelijk", "--debiteuren", names[0], "--clienten", names[1], ...extra], m.io).then((code) => ({ code, stdout: m.stdout(), stderr: m.stderr() }));
};

const NO_NUMBER_D003 = "Dossier D-003: geen rijksregisternummer. Er werd alleen op naam + adres vergeleken; vul het nummer aan als het gekend is.";
const NO_NUMBER_CLIENT_ROW_3 =
  "Cliëntenlijst, rij 3: geen rijksregisternummer. Deze cliënt kan alleen op naam + adres gevonden worden; vraag het OCMW het nummer aan te vullen.";

describe("debiteurencheck vergelijk", () => {
  it("prints one line per debtor with status and match, its notes, then a summary", async () => {
    const result = await compare({ "deb.csv": DEBTORS, "cli.csv": CLIENTS });
    expect(result.code).toBe(EXIT.ok);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(
      [
        "Dossiernummer  Status                           Match",
        "-------------  -------------------------------  -------------------",
        "D-001          cliënt OCMW                      rijksregisternummer",
        "D-002          geen cliënt                      geen overeenkomst",
        "D-003          mogelijke match – te bevestigen  naam + adres",
        `    ! ${NO_NUMBER_D003}`,
        "",
        "3 debiteuren vergeleken met 2 cliënten van het OCMW: 1 × geen cliënt, 1 × cliënt OCMW, 1 × mogelijke match – te bevestigen.",
        "Gelezen: deb.csv: rijen 2 t.e.m. 4.",
        "         cli.csv: rijen 2 t.e.m. 3.",
        "",
        "Meldingen:",
        `  - ${NO_NUMBER_CLIENT_ROW_3}`,
        "",
      ].join("\n"),
    );
  });

  it("prints exactly one JSON object with --json, each message once and referred to by position", async () => {
    const result = await compare({ "deb.csv": DEBTORS, "cli.csv": CLIENTS }, "--json");
    expect(result.code).toBe(EXIT.ok);
    expect(JSON.parse(result.stdout)).toEqual({
      formaat: "debiteurencheck-vergelijk/2",
      meldingen: [NO_NUMBER_D003, NO_NUMBER_CLIENT_ROW_3],
      resultaten: [
        { dossiernummer: "D-001", status: "cliënt OCMW", match: "rijksregisternummer", meldingen: [] },
        { dossiernummer: "D-002", status: "geen cliënt", match: "geen overeenkomst", meldingen: [] },
        { dossiernummer: "D-003", status: "mogelijke match – te bevestigen", match: "naam + adres", meldingen: [0] },
      ],
      samenvatting: {
        debiteuren: 3,
        clienten: 2,
        statussen: {
          "nog niet vergeleken": 0,
          "geen cliënt": 1,
          "cliënt OCMW": 1,
          "mogelijke match – te bevestigen": 1,
          "invorderingsprocedure voortzetten": 0,
        },
        ongeldigeNummers: 1,
        meldingen: [1],
        gelezen: { debiteuren: "deb.csv: rijen 2 t.e.m. 4", clienten: "cli.csv: rijen 2 t.e.m. 3" },
      },
    });
    // One row per line, so a 100,000-row result can be written (and read) a piece at a time.
    expect(result.stdout.split("\n").filter((line) => line.startsWith('{"dossiernummer"'))).toHaveLength(3);
  });

  it("writes a message that several debtors share only once in --json", async () => {
    const debtors = csv([DEBTOR_HEADERS, ["D-001", "Anna", "Peeters", "85073003328", "Stadsplein", "1"], ["D-001", "Jan", "Smets", "93051822361", "Hoogstraat", "5"]]);
    const json = JSON.parse((await compare({ "deb.csv": debtors, "cli.csv": CLIENTS }, "--json")).stdout);
    const twice = "Dossiernummer D-001 staat op 2 rijen. Geef elk dossier een eigen nummer of verwijder de dubbele rij.";
    expect(json.meldingen).toEqual([twice, NO_NUMBER_CLIENT_ROW_3]);
    expect(json.resultaten.map((r: { meldingen: number[] }) => r.meldingen)).toEqual([[0], [0]]);
    expect(json.samenvatting.meldingen).toEqual([1]);
  });

  it("reports an empty row in the debtor list by its row number", async () => {
    const debtors = csv([DEBTOR_HEADERS, ["D-001", "Anna", "Peeters", "85073003328", "Stadsplein", "1"], ["", "", "", "", "", ""], ["D-002", "Jan", "Smets", "93051822361", "Hoogstraat", "5"]]);
    const result = await compare({ "deb.csv": debtors, "cli.csv": CLIENTS }, "--json");
    const json = JSON.parse(result.stdout);
    expect(json.samenvatting.meldingen.map((m: number) => json.meldingen[m])).toEqual(["Debiteurenlijst: Rij 3 is leeg en werd overgeslagen.", NO_NUMBER_CLIENT_ROW_3]);
  });

  it("reads .xlsx lists whose national numbers are numeric cells that lost their leading zeros", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Debiteuren");
    ws.addRow(DEBTOR_HEADERS);
    ws.addRow(["D-010", "Lotte", "Claes", 1020312345, "Molenstraat", 3]);
    ws.addRow(["D-011", "Anna", "Peeters", 85073003328, "Stadsplein", 1]);
    const xlsx = new Uint8Array(await wb.xlsx.writeBuffer());
    const clients = csv([CLIENT_HEADERS, ["Lotte", "Claes", "01.02.03-123.45", "Molenstraat", "3"]]);
    const result = await compare({ "deb.xlsx": xlsx, "cli.csv": clients }, "--json");
    expect(JSON.parse(result.stdout).resultaten.map((r: { dossiernummer: string; status: string }) => [r.dossiernummer, r.status])).toEqual([
      ["D-010", "cliënt OCMW"],
      ["D-011", "geen cliënt"],
    ]);
  });
});

describe("debiteurencheck vergelijk: refused input (exit 2, nothing on stdout)", () => {
  it("refuses a column beyond the protocol, naming it", async () => {
    const debtors = csv([[...DEBTOR_HEADERS, "Bedrag"], ["D-001", "Anna", "Peeters", "85073003328", "Stadsplein", "1", "120,50"]]);
    const result = await compare({ "deb.csv": debtors, "cli.csv": CLIENTS });
    expect(result).toEqual({
      code: EXIT.refused,
      stdout: "",
      stderr:
        'Debiteurenlijst "deb.csv": Het bestand bevat een kolom die het protocol niet toelaat: Bedrag. Verwijder deze kolom en probeer opnieuw. ' +
        "Toegelaten zijn: Dossiernummer, Voornaam, Achternaam, Rijksregisternummer, Straat en Huisnummer of één kolom Adres; Status, Match en Rij-ID van de add-in mogen er ook in staan.\n",
    });
  });

  it("refuses a file that does not exist on disk", async () => {
    const dir = await mkdtemp(join(tmpdir(), "debiteurencheck-"));
    try {
      const m = memoryIo({});
      const missing = join(dir, "ontbreekt.csv");
      const code = await run(["vergelijk", "--debiteuren", missing, "--clienten", missing], { ...m.io, readFile: nodeIo().readFile });
      expect([code, m.stdout(), m.stderr()]).toEqual([
        EXIT.refused,
        "",
        `Debiteurenlijst "${missing}": het bestand kan niet geopend worden. Controleer of het bestaat en of u het mag lezen.\n`,
      ]);
    } finally {
      await rm(dir, { recursive: true });
    }
  });

  it("refuses an .xlsx file that is not a workbook", async () => {
    const result = await compare({ "deb.csv": DEBTORS, "cli.xlsx": new TextEncoder().encode("geen werkmap") });
    expect([result.code, result.stderr]).toEqual([
      EXIT.refused,
      'Het bestand "cli.xlsx" kan niet gelezen worden. Controleer of het een Excel-werkmap (.xlsx) of een CSV-bestand is, niet beschadigd en niet met een wachtwoord beveiligd.\n',
    ]);
  });

  it("refuses an empty client list rather than call every debtor 'geen cliënt'", async () => {
    const result = await compare({ "deb.csv": DEBTORS, "cli.csv": csv([CLIENT_HEADERS]) });
    expect([result.code, result.stdout, result.stderr]).toEqual([
      EXIT.refused,
      "",
      'Cliëntenlijst "cli.csv": er staan geen cliënten in. Kies het juiste bestand of werkblad.\n',
    ]);
  });

  it("asks for a missing option and rejects unknown ones", async () => {
    const m = memoryIo({});
    expect(await run(["vergelijk", "--debiteuren", "deb.csv"], m.io)).toBe(EXIT.refused);
    expect(m.stderr()).toMatch(/^Geef --clienten <bestand> op\.\n\nGebruik:\n {2}debiteurencheck vergelijk/);
    const unknown = memoryIo({});
    expect(await run(["vergelijk", "--bedrag", "x"], unknown.io)).toBe(EXIT.refused);
    expect(unknown.stderr().split("\n")[0]).toBe("Onbekende optie --bedrag.");
    const noValue = memoryIo({});
    expect(await run(["vergelijk", "--clienten", "c.csv", "--debiteuren"], noValue.io)).toBe(EXIT.refused);
    expect(noValue.stderr().split("\n")[0]).toBe("De optie --debiteuren wordt verkeerd gebruikt: --debiteuren en --clienten vragen een bestand, --json en --help niets.");
  });

  it("does not hide a bug in reading a file as a refusal", async () => {
    const m = memoryIo({});
    const broken = { ...m.io, readFile: async () => Promise.reject(new TypeError("programmeerfout")) };
    await expect(run(["vergelijk", "--debiteuren", "a.csv", "--clienten", "b.csv"], broken)).rejects.toThrow("programmeerfout");
  });
});

describe("debiteurencheck: usage", () => {
  it("prints the usage for --help (exit 0) and without arguments (exit 2)", async () => {
    const help = memoryIo({});
    expect(await run(["--help"], help.io)).toBe(EXIT.ok);
    expect(help.stdout()).toMatch(/^Gebruik: debiteurencheck <opdracht> \[opties\]\n/);
    const none = memoryIo({});
    expect(await run([], none.io)).toBe(EXIT.refused);
    expect(none.stdout()).toBe(help.stdout());
  });

  it("prints the command's usage for vergelijk --help", async () => {
    const m = memoryIo({});
    expect(await run(["vergelijk", "--help"], m.io)).toBe(EXIT.ok);
    expect(m.stdout()).toMatch(/^Gebruik:\n {2}debiteurencheck vergelijk --debiteuren <bestand> --clienten <bestand> \[--json\]\n/);
  });

  it("names an unknown command on stderr (exit 2)", async () => {
    const m = memoryIo({});
    expect(await run(["vergelijken"], m.io)).toBe(EXIT.refused);
    expect([m.stdout(), m.stderr().split("\n")[0]]).toEqual(["", 'Onbekende opdracht "vergelijken".']);
  });
});
