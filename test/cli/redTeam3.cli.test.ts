// Red-team round 3 through the CLI on .xlsx files edited with exceljs: the Logboek's reader's column order, the
// header row, re-comparison and configuration. Each gap found passed silently; now each is a named break or refused.
import ExcelJS from "exceljs";
import type { ControleerOutput } from "../../src/cli/controleer";
import { EXIT } from "../../src/cli/main";
import type { VergelijkOutput } from "../../src/cli/vergelijkOutput";
import { STATUS } from "../../src/domain/status";
import { DEBTOR_HEADERS, SHEET } from "../../src/domain/layout";
import { setUpWorkbook } from "../../src/app/setUpWorkbook";
import { importDebtors } from "../../src/app/importDebtors";
import { createMemoryExcel } from "@debiteurencheck/memory-excel";
import { saveWorkbookFile, workbookPort } from "../../src/file/workbookFile";
import { webCrypto } from "../../src/platform/webCrypto";
import { aConfig, ALL_SETS, ANNA, aSession, DEBTOR_LIST_HEADERS, debtorRows, LUCA, MEHMET, type Person } from "../support/fixtures";
import { LOG_HEADERS } from "../../src/domain/log";
import { STATE_CELL } from "../../src/excel/stateSheet";
import { aComparedWorkbook, memoryDisk, exceljsWorkbook } from "../support/memoryDisk";


const column = (header: (typeof LOG_HEADERS)[number]) => LOG_HEADERS.indexOf(header) + 1;

describe("controleer on an edited workbook (round 3)", () => {
  let compared: Uint8Array;
  beforeAll(async () => {
    compared = await aComparedWorkbook(10, 2);
  }, 60_000);

  async function controleer(edit: (wb: ExcelJS.Workbook) => void) {
    const wb = await exceljsWorkbook(compared);
    edit(wb);
    const disk = memoryDisk({ "w.xlsx": new Uint8Array(await wb.xlsx.writeBuffer()) });
    const json = await disk.run("controleer", "w.xlsx", "--json");
    const output = json.stdout ? (JSON.parse(json.stdout) as ControleerOutput) : undefined;
    return { code: json.code, output, breuk: output?.logboek.breuk, stderr: json.stderr };
  }

  it("refuses a seal naming Nr 0 as mistyped (exit 2), not as a broken log", async () => {
    const wb = await exceljsWorkbook(compared);
    const [, hash] = String(wb.getWorksheet(SHEET.state)!.getCell(`B${STATE_CELL.head}`).value).split(":");
    const disk = memoryDisk({ "w.xlsx": compared });
    const result = await disk.run("controleer", "w.xlsx", "--zegel", `0:${hash}`, "--json");
    expect([result.code, result.stdout, result.stderr]).toEqual([
      EXIT.refused,
      "",
      "--zegel: Nr 0 bestaat niet: het Logboek begint bij Nr 1. Kijk na of u het Nr vóór de dubbelpunt juist overnam.\n",
    ]);
  });

  it("names a number format on the header row that shows another column's name (Oude and Nieuwe waarde swapped)", async () => {
    const r = await controleer((wb) => {
      const log = wb.getWorksheet(SHEET.log)!;
      const format = (header: (typeof LOG_HEADERS)[number], numFmt: string) => {
        const cell = log.getCell(1, column(header));
        cell.style = { ...cell.style, numFmt }; // a style of its own: exceljs shares one style object between cells
      };
      format("Oude waarde", ';;;"Nieuwe waarde"');
      format("Nieuwe waarde", ';;;"Oude waarde"');
    });
    expect([r.code, r.breuk?.soort, r.breuk?.nr, r.breuk?.uitleg]).toEqual([
      EXIT.logBroken,
      "getalnotatie",
      0,
      'In de koprij, kolom Oude waarde (cel H1), staat de getalnotatie ";;;"Nieuwe waarde"" in plaats van tekst: Excel kan de waarde anders tonen dan ze gecontroleerd werd.',
    ]);
  });
});

const clientCsv = (people: readonly Person[]) =>
  new TextEncoder().encode(["Voornaam;Achternaam;Rijksregisternummer;Straat;Huisnummer", ...people.map((p) => [p.voornaam, p.achternaam, p.rrn, p.straat, p.nr].join(";"))].join("\r\n"));

/** A set-up workbook file with these debtors, its period around today (the CLI runs on the system clock). */
async function workbookFile(debtors: readonly Person[]): Promise<Uint8Array> {
  const host = createMemoryExcel({ requirementSets: ALL_SETS });
  const deps = { workbook: workbookPort(host), crypto: webCrypto, clock: { now: () => new Date() } };
  const team = aSession("debiteurenteam");
  await setUpWorkbook(deps, team, { config: aConfig({ start: "2020-01-01", einde: "2099-12-31" }), roleCodes: {} });
  await importDebtors(deps, team, { headers: DEBTOR_LIST_HEADERS, rows: debtorRows(debtors), source: "debiteuren.csv" });
  return saveWorkbookFile(host);
}

async function vergelijkWith(bytes: Uint8Array, clients: readonly Person[]) {
  const disk = memoryDisk({ "in.xlsx": bytes, "L.csv": clientCsv(clients) });
  const result = await disk.run("vergelijk", "in.xlsx", "--uit", "uit.xlsx", "--gebruiker", "an", "--doel", "vergelijking uitvoeren", "--clienten", "L.csv");
  return { ...result, bytes: disk.files.get("uit.xlsx") };
}

describe("a Debiteuren row shown as one person while its values name another", () => {
  jest.setTimeout(60_000);
  const debtorColumn = (h: (typeof DEBTOR_HEADERS)[number]) => DEBTOR_HEADERS.indexOf(h) + 1;

  it("is refused by vergelijk (exit 2, nothing written) instead of being compared as the other person", async () => {
    const first = await vergelijkWith(await workbookFile([ANNA, MEHMET]), [ANNA]);
    const wb = await exceljsWorkbook(first.bytes!);
    const debtors = wb.getWorksheet(SHEET.debtors)!;
    // Mehmet's row (row 3) gets Luca's number and another name, each shown as Mehmet's by a text section.
    for (const [header, value, shown] of [["Voornaam", "Zeno", MEHMET.voornaam], ["Achternaam", "Zwart", MEHMET.achternaam], ["Rijksregisternummer", LUCA.rrn, MEHMET.rrn]] as const) {
      const cell = debtors.getCell(3, debtorColumn(header));
      cell.value = value;
      cell.style = { ...cell.style, numFmt: `;;;"${shown}"` };
    }
    const forged = new Uint8Array(await wb.xlsx.writeBuffer());
    const second = await vergelijkWith(forged, [ANNA, MEHMET]);
    expect([second.code, second.stdout, second.stderr, second.bytes]).toEqual([
      EXIT.refused,
      "",
      'in.xlsx: Cel B3 heeft de getalnotatie ";;;"Mehmet"": Excel toont er andere tekst dan de waarde die vergeleken zou worden. Er werd niets gewijzigd. Zet de getalnotatie van die cel terug op Tekst (Start → Getal → Tekst), kijk na of de waarde klopt, en probeer opnieuw.\n',
      undefined,
    ]);
  });

  it("a name in rich text with a hidden run (1-pt white 'Qx' before 'Mehmet') is refused by vergelijk, nothing written", async () => {
    const first = await vergelijkWith(await workbookFile([ANNA, MEHMET]), [ANNA]);
    const wb = await exceljsWorkbook(first.bytes!);
    const debtors = wb.getWorksheet(SHEET.debtors)!;
    debtors.getCell(3, debtorColumn("Voornaam")).value = { richText: [{ font: { size: 1, color: { argb: "FFFFFFFF" } }, text: "Qx" }, { text: MEHMET.voornaam }] };
    const rule = { type: "expression" as const, priority: 1, formulae: ["TRUE"], style: { numFmt: `;;;"${MEHMET.achternaam}"` } };
    const second = await vergelijkWith(new Uint8Array(await wb.xlsx.writeBuffer()), [ANNA, MEHMET]);
    expect([second.code, second.stdout, second.stderr, second.bytes]).toEqual([
      EXIT.refused,
      "",
      "in.xlsx: Cel B3 van het blad Debiteuren bevat opgemaakte tekst (delen met een eigen lettertype, grootte of kleur): een lezer kan er iets anders zien dan de waarde die vergeleken zou worden. Er werd niets vergeleken. Wis de opmaak van die cel (Start → Wissen → Opmaak wissen), kijk na of de waarde klopt, en probeer opnieuw.\n",
      undefined,
    ]);
    debtors.getCell(3, debtorColumn("Voornaam")).value = MEHMET.voornaam;
    debtors.addConditionalFormatting({ ref: "C3", rules: [rule as unknown as ExcelJS.ConditionalFormattingRule] });
    const third = await vergelijkWith(new Uint8Array(await wb.xlsx.writeBuffer()), [ANNA, MEHMET]);
    expect([third.code, third.stderr, third.bytes]).toEqual([
      EXIT.refused,
      "in.xlsx: Op het blad Debiteuren (C3) staat voorwaardelijke opmaak met een getalnotatie: Excel kan de waarden daar anders tonen dan ze vergeleken zouden worden. Er werd niets vergeleken. Verwijder die regel (Start → Voorwaardelijke opmaak → Regels wissen) en probeer opnieuw.\n",
      undefined,
    ]);
  });

  it("a national number kept as a number with the format 00000000000 is compared as usual", async () => {
    const first = await vergelijkWith(await workbookFile([ANNA, MEHMET]), [ANNA]);
    const wb = await exceljsWorkbook(first.bytes!);
    const cell = wb.getWorksheet(SHEET.debtors)!.getCell(3, debtorColumn("Rijksregisternummer"));
    cell.value = Number(MEHMET.rrn);
    cell.style = { ...cell.style, numFmt: "00000000000" };
    const second = await vergelijkWith(new Uint8Array(await wb.xlsx.writeBuffer()), [ANNA, MEHMET]);
    expect([second.code, second.stderr]).toEqual([EXIT.ok, ""]);
  });
});

describe("a debtor typed with invisible characters between the letters", () => {
  it.each([["zero-width space", "\u200b"], ["soft hyphen", "\u00ad"], ["word joiner", "\u2060"], ["BOM", "\ufeff"], ["Mongolian vowel separator", "\u180e"]])(
    "is still found on name + address with a %s (a possible match, collection halted)",
    async (_, z) => {
      const hidden = (s: string) => [...s].join(z);
      const debtors = ["Dossiernummer;Voornaam;Achternaam;Rijksregisternummer;Straat;Huisnummer", `D-2;${hidden("Mehmet")};${hidden("Yılmaz")};;${hidden("Hasseltweg")};5`];
      const disk = memoryDisk({ "deb.csv": new TextEncoder().encode(debtors.join("\r\n")), "cli.csv": clientCsv([MEHMET]) });
      const result = await disk.run("vergelijk", "--debiteuren", "deb.csv", "--clienten", "cli.csv", "--json");
      expect([result.code, result.stderr]).toEqual([EXIT.ok, ""]);
      expect((JSON.parse(result.stdout) as VergelijkOutput).resultaten.map((r) => [r.dossiernummer, r.status, r.match])).toEqual([["D-2", STATUS.possibleMatch, "naam + adres"]]);
    },
  );
});

describe("a debtor typed with Cyrillic or Greek look-alike letters", () => {
  it("is still found on name + address (a possible match, collection halted), not 'geen cliënt'", async () => {
    const cyrillic = (s: string) => s.replace(/M/g, "\u041c").replace(/e/g, "\u0435").replace(/a/g, "\u0430");
    const debtors = ["Dossiernummer;Voornaam;Achternaam;Rijksregisternummer;Straat;Huisnummer", `D-2;${cyrillic("Mehmet")};${cyrillic("Yılmaz")};;${cyrillic("Hasseltweg")};5`];
    const disk = memoryDisk({ "deb.csv": new TextEncoder().encode(debtors.join("\r\n")), "cli.csv": clientCsv([MEHMET]) });
    const result = await disk.run("vergelijk", "--debiteuren", "deb.csv", "--clienten", "cli.csv", "--json");
    expect([result.code, result.stderr]).toEqual([EXIT.ok, ""]);
    expect((JSON.parse(result.stdout) as VergelijkOutput).resultaten.map((r) => [r.dossiernummer, r.status, r.match])).toEqual([["D-2", STATUS.possibleMatch, "naam + adres"]]);
  });
});
