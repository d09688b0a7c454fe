// Repeated comparisons over the protocol's months (PRODUCT.md "Repeated comparisons"), through the Office.js adapter on
// the in-memory host: newer client lists, decisions that are never overwritten but flagged, corrections, a swap of
// identifying data in the grid, and the three halt lists whose counts add up.
import { compare } from "../../src/app/compare";
import { detectOutsideChanges } from "../../src/app/detectOutsideChanges";
import { exportHaltList } from "../../src/app/exportHaltList";
import { importDebtors } from "../../src/app/importDebtors";
import { listDebtors } from "../../src/app/listDebtors";
import { setStatus } from "../../src/app/setStatus";
import { SHEET } from "../../src/domain/layout";
import { rowIdFrom } from "../../src/domain/records";
import { STATUS } from "../../src/domain/status";
import { ANNA, CLIENT_LIST_HEADERS, clientRows, DEBTOR_LIST_HEADERS, debtorRows, LUCA, MEHMET, type Person, type TestWorkbook } from "../support/fixtures";
import { editOutside, expectExplainedAndIntact, logOf, preparedWorkbook, startLogging, team, worker } from "../support/gridLogging";

const list = (people: readonly Person[], fileName = "clienten.csv") => ({ kind: "bestand" as const, fileName, headers: CLIENT_LIST_HEADERS, rows: clientRows(people) });
const A = "DOS-2021-000001"; // Anna
const B = "DOS-2021-000002"; // Mehmet
const C = "DOS-2021-000003"; // Luca
/** Mehmet with a valid national number that is not his (a typo that still passes the check digits). */
const MEHMET_TYPO: Person = { ...MEHMET, rrn: "93051822460" };

async function rows(tw: TestWorkbook): Promise<Record<string, [string, string]>> {
  const table = await tw.deps.workbook.readDebtors();
  if (!table.ok) throw new Error(table.error.code);
  return Object.fromEntries(table.value.rows.map((r) => [r.record.dossiernummer, [r.record.status, r.record.match]]));
}

async function statusOf(tw: TestWorkbook, dossier: string): Promise<string> {
  return (await rows(tw))[dossier][0];
}

async function run(tw: TestWorkbook, people: readonly Person[]) {
  const report = await compare(tw.deps, team, list(people));
  if (!report.ok) throw new Error(report.error.code);
  return report.value;
}

async function haltLists(tw: TestWorkbook) {
  const lists = await exportHaltList(tw.deps, team);
  if (!lists.ok) throw new Error(lists.error.code);
  // Every field is quoted (src/domain/csv.ts): the first field of each line, unquoted.
  const dossiers = (csv: string) => csv.replace(/^\uFEFF/, "").split("\r\n").slice(1, -1).map((line) => line.split(";")[0].replace(/^"(.*)"$/, "$1").replace(/""/g, '"'));
  return { ...lists.value, dossiers: Object.fromEntries(lists.value.files.map((f) => [f.list, dossiers(f.csv)])) };
}

describe("a later client list", () => {
  it("L1 then L2: a debtor L2 adds halts collection (geen cliënt → cliënt OCMW), logged with its reason", async () => {
    const tw = await preparedWorkbook([ANNA, MEHMET, LUCA]);
    await run(tw, [ANNA]);
    expect(await statusOf(tw, B)).toBe(STATUS.noClient);
    const from = (await logOf(tw)).length;
    const second = await run(tw, [ANNA, MEHMET]);
    expect(await rows(tw)).toEqual({ [A]: [STATUS.client, "rijksregisternummer"], [B]: [STATUS.client, "rijksregisternummer"], [C]: [STATUS.noClient, "geen overeenkomst"] });
    expect([second.changed, second.summary.revised, second.summary.noLongerListed]).toEqual([1, 1, []]);
    expect((await logOf(tw)).slice(from + 1).map((e) => [e.actie, e.over, e.veld, e.oudeWaarde, e.nieuweWaarde])).toEqual([
      ["status gewijzigd", `${B} [R000002]`, "Status (nieuwe lijst: gevonden op rijksregisternummer)", STATUS.noClient, STATUS.client],
    ]);
    expect((await haltLists(tw)).dossiers).toEqual({ stopzetten: [A, B], voortzetten: [C], "nog-niet-vergeleken": [] });
    await expectExplainedAndIntact(tw);
  });

  it("L3 without B keeps B ‘cliënt OCMW’, lists it in the summary and logs it as kept", async () => {
    const tw = await preparedWorkbook([ANNA, MEHMET, LUCA]);
    await run(tw, [ANNA]);
    await run(tw, [ANNA, MEHMET]);
    const from = (await logOf(tw)).length;
    const third = await run(tw, [ANNA]);
    expect(await statusOf(tw, B)).toBe(STATUS.client);
    expect([third.changed, third.summary.noLongerListed]).toEqual([0, [{ rowId: "R000002", dossiernummer: B, status: STATUS.client }]]);
    expect((await logOf(tw)).slice(from + 1).map((e) => [e.actie, e.over, e.veld, e.oudeWaarde, e.nieuweWaarde])).toEqual([
      ["niet gewijzigd", `${B} [R000002]`, "Status (niet meer in de nieuwe lijst – alleen de maatschappelijk werker beslist)", STATUS.client, STATUS.noClient],
    ]);
    expect((await logOf(tw))[from].nieuweWaarde).toContain("1 niet meer in de nieuwe lijst (behouden; alleen de maatschappelijk werker beslist)");
  });

  it("flags a rejected possible match that a later list finds on the number; it comes first for the social worker until she decides", async () => {
    const tw = await preparedWorkbook([ANNA, MEHMET, LUCA]);
    await run(tw, [ANNA, { ...MEHMET, rrn: "" }]);
    expect(await statusOf(tw, B)).toBe(STATUS.possibleMatch);
    expect(await setStatus(tw.deps, worker, { rowId: rowIdFrom("R000002"), to: STATUS.noClient })).toMatchObject({ ok: true });
    const again = await run(tw, [ANNA, MEHMET]);
    const flag = "nieuwe aanwijzing – te beoordelen: gevonden op rijksregisternummer – eerder: afgewezen door maatschappelijk werker (naam + adres)";
    expect((await rows(tw))[B]).toEqual([STATUS.noClient, flag]);
    expect(again.summary.flagged).toEqual([{ rowId: "R000002", dossiernummer: B, status: STATUS.noClient }]);
    expect((await logOf(tw)).at(-1)).toMatchObject({ actie: "nieuwe aanwijzing", over: `${B} [R000002]`, oudeWaarde: "afgewezen door maatschappelijk werker (naam + adres)", nieuweWaarde: flag });
    // Halted while flagged, and first in her list although its status is 'geen cliënt'.
    expect((await haltLists(tw)).dossiers.stopzetten).toEqual([A, B]);
    const seen = await listDebtors(tw.deps, worker);
    expect(seen.ok && seen.value.map((r) => r.record.dossiernummer)).toEqual([B, A]);
    // She decides again: the flag is cleared, her decision logged; the same list does not flag it a second time.
    expect(await setStatus(tw.deps, worker, { rowId: rowIdFrom("R000002"), to: STATUS.noClient })).toEqual({ ok: true, value: { from: STATUS.noClient, to: STATUS.noClient } });
    expect((await logOf(tw)).at(-1)).toMatchObject({ actie: "status gewijzigd", veld: "Status (nieuwe aanwijzing beoordeeld)", rol: "Maatschappelijk werker" });
    expect((await rows(tw))[B]).toEqual([STATUS.noClient, "afgewezen door maatschappelijk werker na nieuwe aanwijzing (gevonden op rijksregisternummer)"]);
    const third = await run(tw, [ANNA, MEHMET]);
    expect([third.changed, third.summary.flagged]).toEqual([0, []]);
    expect((await haltLists(tw)).dossiers.voortzetten).toEqual([B, C]);
    await expectExplainedAndIntact(tw);
  });

  it("keeps ‘invorderingsprocedure voortzetten’ through every later list", async () => {
    const tw = await preparedWorkbook([ANNA, MEHMET]);
    await run(tw, [ANNA]);
    expect(await setStatus(tw.deps, worker, { rowId: rowIdFrom("R000001"), to: STATUS.continueCollection })).toMatchObject({ ok: true });
    for (const later of [[ANNA], [MEHMET], [{ ...ANNA, rrn: "" }], [ANNA, MEHMET]]) {
      const report = await run(tw, later);
      expect(await statusOf(tw, A)).toBe(STATUS.continueCollection);
      expect(report.summary.flagged).toEqual([]);
    }
    expect((await logOf(tw)).filter((e) => e.actie === "niet gewijzigd" && e.over.startsWith(A)).map((e) => e.veld)).toEqual([
      "Status (beslissing maatschappelijk werker behouden)",
    ]);
  });
});

describe("a corrected national number, name or address", () => {
  it("puts a row back to be compared after a grid edit; the next Vergelijk finds the client", async () => {
    const tw = await preparedWorkbook([ANNA, MEHMET_TYPO]);
    await run(tw, [ANNA, MEHMET]);
    expect(await statusOf(tw, B)).toBe(STATUS.noClient);
    await tw.deps.workbook.protectFor("debiteurenteam", "bewerken");
    const h = await startLogging(tw, team);
    expect(tw.host.userEdit(SHEET.debtors, "D3", [[MEHMET.rrn]])).toEqual({ ok: true });
    await h.settle();
    expect((await rows(tw))[B]).toEqual([STATUS.notCompared, "gegevens gewijzigd – opnieuw te vergelijken"]);
    expect((await haltLists(tw)).dossiers["nog-niet-vergeleken"]).toEqual([B]);
    h.grid.stop();
    await run(tw, [ANNA, MEHMET]);
    expect(await statusOf(tw, B)).toBe(STATUS.client);
    await expectExplainedAndIntact(tw);
  });

  it("re-imported with a corrected number: the row is corrected in place, not added; a decision is flagged instead", async () => {
    const tw = await preparedWorkbook([ANNA, MEHMET_TYPO]);
    await run(tw, [ANNA, MEHMET]);
    expect(await setStatus(tw.deps, worker, { rowId: rowIdFrom("R000001"), to: STATUS.continueCollection })).toMatchObject({ ok: true });
    const reimport = await importDebtors(tw.deps, team, { headers: DEBTOR_LIST_HEADERS, rows: debtorRows([{ ...ANNA, nr: "14" }, MEHMET]), source: "debiteuren-v2.csv" });
    expect(reimport).toEqual({ ok: true, value: { imported: 0, updated: 2, unchanged: 0 } });
    expect(await rows(tw)).toEqual({
      [A]: [STATUS.continueCollection, "nieuwe aanwijzing – te beoordelen: gegevens gewijzigd (Huisnummer) – eerder: rijksregisternummer"],
      [B]: [STATUS.notCompared, "gegevens gewijzigd – opnieuw te vergelijken"],
    });
    const log = await logOf(tw);
    expect(log.slice(-4).map((e) => [e.actie, e.over, e.veld, e.oudeWaarde, e.nieuweWaarde])).toEqual([
      ["import", `${A} [R000001]`, "Huisnummer", "12", "14"],
      ["nieuwe aanwijzing", `${A} [R000001]`, "Match (gegevens gewijzigd; beslissing maatschappelijk werker behouden, nieuwe aanwijzing – te beoordelen)", "rijksregisternummer", expect.stringMatching(/^nieuwe aanwijzing/)],
      ["import", `${B} [R000002]`, "Rijksregisternummer", MEHMET_TYPO.rrn, MEHMET.rrn],
      ["status gewijzigd", `${B} [R000002]`, "Status (gegevens gewijzigd; opnieuw te vergelijken)", STATUS.noClient, STATUS.notCompared],
    ]);
    // A flagged 'voortzetten' is halted until the social worker decides.
    expect((await haltLists(tw)).dossiers).toEqual({ stopzetten: [A], voortzetten: [], "nog-niet-vergeleken": [B] });
    await run(tw, [ANNA, MEHMET]);
    expect(await statusOf(tw, B)).toBe(STATUS.client);
    const same = await importDebtors(tw.deps, team, { headers: DEBTOR_LIST_HEADERS, rows: debtorRows([MEHMET]), source: "debiteuren-v2.csv" });
    expect(same).toEqual({ ok: true, value: { imported: 0, updated: 0, unchanged: 1 } });
    expect(await statusOf(tw, B)).toBe(STATUS.client);
    await expectExplainedAndIntact(tw);
  });

  it("a swap of identifying data between a client and a non-client, pasted in the grid, sends both back to be compared", async () => {
    const tw = await preparedWorkbook([ANNA, MEHMET]);
    await run(tw, [ANNA]);
    await tw.deps.workbook.protectFor("debiteurenteam", "bewerken");
    const h = await startLogging(tw, team);
    const [anna, mehmet] = debtorRows([ANNA, MEHMET]).map((r) => r.slice(1));
    expect(tw.host.userEdit(SHEET.debtors, "B2:F3", [mehmet, anna])).toEqual({ ok: true });
    await h.settle();
    h.grid.stop();
    expect(await rows(tw)).toEqual({
      [A]: [STATUS.notCompared, "gegevens gewijzigd – opnieuw te vergelijken"],
      [B]: [STATUS.notCompared, "gegevens gewijzigd – opnieuw te vergelijken"],
    });
    expect((await haltLists(tw)).dossiers).toEqual({ stopzetten: [], voortzetten: [], "nog-niet-vergeleken": [A, B] });
    expect((await logOf(tw)).filter((e) => e.veld.startsWith("Status (gegevens gewijzigd")).map((e) => [e.over, e.oudeWaarde, e.nieuweWaarde])).toEqual([
      [`${A} [R000001]`, STATUS.client, STATUS.notCompared],
      [`${B} [R000002]`, STATUS.noClient, STATUS.notCompared],
    ]);
    // Compared again, the halt follows the person (Anna's data now sit in dossier B's row).
    await run(tw, [ANNA]);
    expect([await statusOf(tw, A), await statusOf(tw, B)]).toEqual([STATUS.noClient, STATUS.client]);
    await expectExplainedAndIntact(tw);
  });

  it("the same swap made while the add-in was not running is found on opening and re-opens both rows", async () => {
    const tw = await preparedWorkbook([ANNA, MEHMET]);
    await run(tw, [ANNA]);
    ["B", "C", "D", "E", "F"].forEach((col, i) => {
      const [anna, mehmet] = debtorRows([ANNA, MEHMET]).map((r) => String(r[i + 1]));
      editOutside(tw, `${col}2`, mehmet);
      editOutside(tw, `${col}3`, anna);
    });
    expect(await detectOutsideChanges(tw.deps, team)).toMatchObject({ ok: true, value: { rows: 2 } });
    expect([await statusOf(tw, A), await statusOf(tw, B)]).toEqual([STATUS.notCompared, STATUS.notCompared]);
    await expectExplainedAndIntact(tw);
  });
});

describe("the halt lists", () => {
  it("put every debtor row in exactly one of three dated files, whose counts add up to the number of debtors", async () => {
    const tw = await preparedWorkbook([ANNA, MEHMET, LUCA, { ...MEHMET, dossier: "DOS-2021-000004", rrn: "" }]);
    await run(tw, [ANNA, { ...MEHMET, rrn: "" }]);
    expect(await setStatus(tw.deps, worker, { rowId: rowIdFrom("R000001"), to: STATUS.continueCollection })).toMatchObject({ ok: true });
    await importDebtors(tw.deps, team, { headers: DEBTOR_LIST_HEADERS, rows: debtorRows([{ ...LUCA, dossier: "DOS-2021-000005", rrn: "" }]), source: "nieuw.csv" });
    const lists = await haltLists(tw);
    expect(lists.files.map((f) => [f.fileName, f.count])).toEqual([
      ["invordering-stopzetten-2021-05-03.csv", 2],
      ["invordering-voortzetten-2021-05-03.csv", 2],
      ["invordering-nog-niet-vergeleken-2021-05-03.csv", 1],
    ]);
    expect(lists.counts.stopzetten + lists.counts.voortzetten + lists.counts["nog-niet-vergeleken"]).toBe(lists.debtors);
    expect(lists.debtors).toBe(5);
    expect(lists.dossiers).toEqual({ stopzetten: [B, "DOS-2021-000004"], voortzetten: [A, C], "nog-niet-vergeleken": ["DOS-2021-000005"] });
    expect(lists.files[2].csv).toContain('"DOS-2021-000005";"nog niet vergeleken";"niet beslist";"nog niet vergeleken met de OCMW-cliëntenlijst: geen dwangbevel vóór de vergelijking"');
    expect((await logOf(tw)).at(-1)).toMatchObject({
      actie: "export",
      veld: "lijsten voor de invordering",
      nieuweWaarde: expect.stringMatching(/^2 stopzetten, 2 voortzetten, 1 nog niet vergeleken \(invordering-stopzetten-2021-05-03\.csv/),
    });
  });
});
