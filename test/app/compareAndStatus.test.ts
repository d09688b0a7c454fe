import { compare } from "../../src/app/compare";
import { importDebtors } from "../../src/app/importDebtors";
import { setStatus } from "../../src/app/setStatus";
import { setUpWorkbook } from "../../src/app/setUpWorkbook";
import { startSession } from "../../src/app/startSession";
import { verifyChain } from "../../src/domain/chain";
import { SHEET } from "../../src/domain/layout";
import { rowIdFrom } from "../../src/domain/records";
import { STATUS } from "../../src/domain/status";
import { webCrypto } from "../../src/platform/webCrypto";
import {
  aConfig, ANNA, aSession, aWorkbook, CLIENT_LIST_HEADERS, clientRows, DEBTOR_LIST_HEADERS, debtorRows, FATIMA, LUCA, MEHMET, type TestWorkbook,
} from "../support/fixtures";

const team = aSession("debiteurenteam");
const worker = aSession("maatschappelijk-werker", { doel: "beslissing invordering registreren" });

async function preparedWorkbook(): Promise<TestWorkbook> {
  const tw = aWorkbook();
  await setUpWorkbook(tw.deps, team, { config: aConfig(), roleCodes: {} });
  await importDebtors(tw.deps, team, { headers: DEBTOR_LIST_HEADERS, rows: debtorRows([ANNA, MEHMET, LUCA, FATIMA]), source: "debiteuren.csv" });
  return tw;
}

async function statuses(tw: TestWorkbook) {
  const table = await tw.deps.workbook.readDebtors();
  if (!table.ok) throw new Error(table.error.code);
  return Object.fromEntries(table.value.rows.map((r) => [r.record.dossiernummer, r.record.status]));
}

async function expectIntact(tw: TestWorkbook) {
  const state = await tw.deps.workbook.readState();
  if (!state.ok) throw new Error(state.error.code);
  const log = await tw.deps.workbook.readLog();
  expect(await verifyChain(log, webCrypto, { knownHead: state.value.head })).toMatchObject({ ok: true, count: log.length });
  return log;
}

const fromFile = (people: Parameters<typeof clientRows>[0]) => ({ kind: "bestand" as const, fileName: "clienten.csv", headers: CLIENT_LIST_HEADERS, rows: clientRows(people) });

describe("Vergelijk", () => {
  it("marks clients from a file read in memory, logs a summary plus one row per status change", async () => {
    const tw = await preparedWorkbook();
    const logBefore = (await tw.deps.workbook.readLog()).length;
    const fatimaAsClient = { ...FATIMA, rrn: "", achternaam: "Elamrani", nr: "3/2" };
    const report = await compare(tw.deps, team, fromFile([ANNA, fatimaAsClient]));
    expect(report.ok).toBe(true);
    expect(await statuses(tw)).toEqual({
      "DOS-2021-000001": STATUS.client,
      "DOS-2021-000002": STATUS.noClient,
      "DOS-2021-000003": STATUS.noClient,
      "DOS-2021-000004": STATUS.possibleMatch,
    });
    const log = await expectIntact(tw);
    const added = log.slice(logBefore);
    expect(added.map((e) => [e.actie, e.over, e.oudeWaarde, e.nieuweWaarde])).toEqual([
      ["vergelijking", "—", "bestand clienten.csv (niet opgeslagen)", expect.stringContaining("4 debiteuren, 2 cliënten")],
      ["status gewijzigd", "DOS-2021-000001 [R000001]", STATUS.notCompared, STATUS.client],
      ["status gewijzigd", "DOS-2021-000002 [R000002]", STATUS.notCompared, STATUS.noClient],
      ["status gewijzigd", "DOS-2021-000003 [R000003]", STATUS.notCompared, STATUS.noClient],
      ["status gewijzigd", "DOS-2021-000004 [R000004]", STATUS.notCompared, STATUS.possibleMatch],
    ]);
    expect([added[0].veld, added[0].oudeWaarde]).toEqual(["cliëntenlijst", "bestand clienten.csv (niet opgeslagen)"]);
    // The file's content never enters the workbook.
    expect(JSON.stringify(tw.host.snapshot())).not.toContain("Elamrani");
  });

  it("reads the protocol-literal OCMW-cliënten sheet", async () => {
    const tw = await preparedWorkbook();
    tw.host.userEdit(SHEET.clients, "A2:E2", [clientRows([MEHMET])[0]]);
    const report = await compare(tw.deps, team, { kind: "blad" });
    expect(report.ok && report.value.clientSheetPresent).toBe(true);
    expect((await statuses(tw))["DOS-2021-000002"]).toBe(STATUS.client);
  });

  it("re-evaluates automatic results on a later comparison, never a decision, and logs why", async () => {
    const tw = await preparedWorkbook();
    await compare(tw.deps, team, fromFile([ANNA]));
    expect(await setStatus(tw.deps, worker, { rowId: rowIdFrom("R000001"), to: STATUS.continueCollection })).toEqual({ ok: true, value: { from: STATUS.client, to: STATUS.continueCollection } });
    const again = await compare(tw.deps, team, fromFile([ANNA, MEHMET]));
    expect(again.ok && [again.value.changed, again.value.summary.revised]).toEqual([1, 1]);
    expect(await statuses(tw)).toMatchObject({ "DOS-2021-000001": STATUS.continueCollection, "DOS-2021-000002": STATUS.client });
    const log = await expectIntact(tw);
    expect(log.filter((e) => e.over === "DOS-2021-000002 [R000002]").map((e) => [e.actie, e.veld, e.oudeWaarde, e.nieuweWaarde])).toEqual([
      ["status gewijzigd", "Status", STATUS.notCompared, STATUS.noClient],
      ["status gewijzigd", "Status (nieuwe lijst: gevonden op rijksregisternummer)", STATUS.noClient, STATUS.client],
    ]);
  });

  it("refuses a client list with columns beyond the protocol, and changes nothing", async () => {
    const tw = await preparedWorkbook();
    const before = JSON.stringify(tw.host.snapshot());
    const result = await compare(tw.deps, team, { kind: "bestand", fileName: "c.csv", headers: [...CLIENT_LIST_HEADERS, "Telefoon"], rows: [[...clientRows([ANNA])[0], "089 00 00 00"]] });
    expect(result).toEqual({ ok: false, error: { code: "extra-kolommen", columns: ["Telefoon"], list: "clienten" } });
    expect(JSON.stringify(tw.host.snapshot())).toBe(before);
  });
});

describe("status changes", () => {
  it("lets a social worker confirm a possible match; the debtor team and DPO may not", async () => {
    const tw = await preparedWorkbook();
    await compare(tw.deps, team, fromFile([{ ...FATIMA, rrn: "" }]));
    const fatima = rowIdFrom("R000004");
    expect(await setStatus(tw.deps, team, { rowId: fatima, to: STATUS.client })).toEqual({
      ok: false, error: { code: "rol-mag-niet", from: STATUS.possibleMatch, to: STATUS.client, role: "debiteurenteam" },
    });
    expect(await setStatus(tw.deps, aSession("dpo"), { rowId: fatima, to: STATUS.client })).toMatchObject({ ok: false, error: { code: "rol-mag-niet" } });
    expect(await setStatus(tw.deps, worker, { rowId: fatima, to: STATUS.client })).toEqual({ ok: true, value: { from: STATUS.possibleMatch, to: STATUS.client } });
    const table = await tw.deps.workbook.readDebtors();
    expect(table.ok && table.value.rows[3].record.match).toMatch(/^bevestigd door maatschappelijk werker/);
    const log = await expectIntact(tw);
    expect(log.at(-1)).toMatchObject({ actie: "status gewijzigd", gebruiker: worker.gebruiker, rol: "Maatschappelijk werker", doel: worker.doel, oudeWaarde: STATUS.possibleMatch, nieuweWaarde: STATUS.client });
  });

  it("refuses a transition the protocol does not know", async () => {
    const tw = await preparedWorkbook();
    await compare(tw.deps, team, fromFile([ANNA]));
    expect(await setStatus(tw.deps, worker, { rowId: rowIdFrom("R000002"), to: STATUS.continueCollection })).toEqual({
      ok: false, error: { code: "overgang-niet-toegestaan", from: STATUS.noClient, to: STATUS.continueCollection },
    });
  });
});

describe("role locking", () => {
  it("refuses a grid edit of debtor data for a social worker, allows the Status column", async () => {
    const tw = await preparedWorkbook();
    const member = { name: worker.gebruiker, source: "Microsoft 365-account" as const };
    const session = await startSession(tw.deps, { user: member, role: "maatschappelijk-werker", purpose: worker.doel });
    expect(session.ok).toBe(true);
    await tw.deps.workbook.protectFor("maatschappelijk-werker", "bewerken");
    expect(tw.host.userEdit(SHEET.debtors, "E2", [["Andere straat"]])).toEqual({ ok: false, reason: "beveiligd" });
    expect(tw.host.userEdit(SHEET.debtors, "G2", [[STATUS.client]])).toEqual({ ok: true });
    expect(tw.host.userEdit(SHEET.log, "D2", [["vervalst"]])).toEqual({ ok: false, reason: "beveiligd" });
  });

  it("lets the debtor team edit data columns but not Status", async () => {
    const tw = await preparedWorkbook();
    await tw.deps.workbook.protectFor("debiteurenteam", "bewerken");
    expect(tw.host.userEdit(SHEET.debtors, "E2", [["Stalenstraat"]])).toEqual({ ok: true });
    expect(tw.host.userEdit(SHEET.debtors, "G2", [[STATUS.continueCollection]])).toEqual({ ok: false, reason: "beveiligd" });
  });
});
