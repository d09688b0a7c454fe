// The Instellingen use cases through the Office.js adapter on the in-memory host: every change logged with before and
// after (never a role code), the old role code refused at once, and bad input refused in Dutch with nothing changed.
import { addMember } from "../../src/app/addMember";
import { changeMemberRole } from "../../src/app/changeMemberRole";
import { changeProtocolPeriod } from "../../src/app/changeProtocolPeriod";
import { appProblemMessage, type AppProblem } from "../../src/app/problems";
import { removeMember } from "../../src/app/removeMember";
import { setRoleCode } from "../../src/app/setRoleCode";
import { startSession } from "../../src/app/startSession";
import { verifyChain } from "../../src/domain/chain";
import type { Result } from "../../src/domain/result";
import { webCrypto } from "../../src/platform/webCrypto";
import { setUpWorkbook } from "../../src/app/setUpWorkbook";
import { A_STRANGER, aConfig, aSession, aSetUpWorkbook, aWorkbook, ROLE_CODES, workbookText, type TestWorkbook } from "../support/fixtures";

const team = aSession("debiteurenteam", { doel: "instellingen beheren" });
const SOFIE = "sofie.janssens@ocmwgenk.example";

/** The log rows added since `from`, as [actie, veld, oude waarde, nieuwe waarde]. */
async function addedRows(tw: TestWorkbook, from: number) {
  const log = await tw.deps.workbook.readLog();
  return log.slice(from).map((e) => [e.actie, e.veld, e.oudeWaarde, e.nieuweWaarde]);
}

async function config(tw: TestWorkbook) {
  const state = await tw.deps.workbook.readState();
  if (!state.ok) throw new Error(state.error.code);
  return state.value.config;
}

async function expectChainIntact(tw: TestWorkbook) {
  const state = await tw.deps.workbook.readState();
  if (!state.ok) throw new Error(state.error.code);
  const log = await tw.deps.workbook.readLog();
  expect(await verifyChain(log, webCrypto, { knownHead: state.value.head })).toMatchObject({ ok: true, count: log.length });
}

/** The row every configuration change ends with: the digest of the configuration as written (docs/logging.md). */
const DIGEST_ROW = ["configuratie vastgelegd", "configuratie", "", expect.stringMatching(/^configuratie-v1 periode=[0-9a-f]{64} /)];

const logLength = async (tw: TestWorkbook) => (await tw.deps.workbook.readLog()).length;

describe("each settings change is logged with before and after", () => {
  it("adds a member, changes her role and removes her", async () => {
    const tw = await aSetUpWorkbook();
    const from = await logLength(tw);
    expect((await addMember(tw.deps, team, { email: " Jan.Claes@ocmwgenk.example ", rol: "maatschappelijk-werker" })).ok).toBe(true);
    expect((await changeMemberRole(tw.deps, team, { email: "jan.claes@OCMWGENK.example", rol: "dpo" })).ok).toBe(true);
    expect((await config(tw)).leden.at(-1)).toEqual({ email: "Jan.Claes@ocmwgenk.example", rol: "dpo" });
    expect((await removeMember(tw.deps, team, { email: "jan.claes@ocmwgenk.example" })).ok).toBe(true);
    expect((await config(tw)).leden.map((l) => l.email)).not.toContain("Jan.Claes@ocmwgenk.example");
    expect(await addedRows(tw, from)).toEqual([
      ["configuratie gewijzigd", "lid Jan.Claes@ocmwgenk.example", "geen lid", "Maatschappelijk werker"],
      DIGEST_ROW,
      ["configuratie gewijzigd", "lid Jan.Claes@ocmwgenk.example", "Maatschappelijk werker", "Functionaris gegevensbescherming"],
      DIGEST_ROW,
      ["configuratie gewijzigd", "lid Jan.Claes@ocmwgenk.example", "Functionaris gegevensbescherming", "geen lid"],
      DIGEST_ROW,
    ]);
    const last = (await tw.deps.workbook.readLog()).at(-1)!;
    expect([last.gebruiker, last.rol, last.doel]).toEqual(["an.peeters@genk.example", "Debiteurenteam", "instellingen beheren"]);
    await expectChainIntact(tw);
  });

  it("changes the protocol period with its reason and says what it means for import and comparison today", async () => {
    const tw = await aSetUpWorkbook();
    const from = await logLength(tw);
    const changed = await changeProtocolPeriod(tw.deps, team, { start: "2021-04-01", end: "2021-05-02", reason: "proefproject ingekort" });
    expect(changed.ok && [changed.value.config.einde, changed.value.periode]).toEqual(["2021-05-02", { code: "verlopen", dagenVoorbij: 1 }]);
    expect(await addedRows(tw, from)).toEqual([
      ["configuratie gewijzigd", "protocolperiode", "2021-04-01 t.e.m. 2021-12-31", "2021-04-01 t.e.m. 2021-05-02 — reden: proefproject ingekort"],
      DIGEST_ROW,
    ]);
    await expectChainIntact(tw);
  });

  it("sets a new role code: the old one is refused at once, the new one works, and no code reaches the workbook", async () => {
    const tw = await aSetUpWorkbook();
    const from = await logLength(tw);
    const before = (await config(tw)).rolcodes["maatschappelijk-werker"];
    expect((await setRoleCode(tw.deps, team, { role: "maatschappelijk-werker", code: "nieuw-na-lek-7" })).ok).toBe(true);
    expect((await config(tw)).rolcodes["maatschappelijk-werker"]).not.toEqual(before);
    expect(await addedRows(tw, from)).toEqual([["configuratie gewijzigd", "rolcode", "vorige rolcode (werkt niet meer)", "rolcode gewijzigd voor Maatschappelijk werker"], DIGEST_ROW]);

    const asWorker = (roleCode: string) => startSession(tw.deps, { user: A_STRANGER, role: "maatschappelijk-werker", roleCode, purpose: "cliëntstatus nakijken" });
    expect(await asWorker(ROLE_CODES["maatschappelijk-werker"])).toEqual({ ok: false, error: { code: "rolcode-fout", role: "maatschappelijk-werker", failures: 1 } });
    expect((await asWorker("nieuw-na-lek-7")).ok).toBe(true);
    const text = workbookText(tw);
    expect([text.includes("nieuw-na-lek-7"), text.includes(ROLE_CODES["maatschappelijk-werker"])]).toEqual([false, false]);
    await expectChainIntact(tw);
  });

  it("sets a code for a role that had none", async () => {
    const tw = await aSetUpWorkbook();
    const from = await logLength(tw);
    expect((await setRoleCode(tw.deps, team, { role: "debiteurenteam", code: "stad-debiteuren-9" })).ok).toBe(true);
    expect(await addedRows(tw, from)).toEqual([["configuratie gewijzigd", "rolcode", "geen rolcode", "rolcode ingesteld voor Debiteurenteam"], DIGEST_ROW]);
  });
});

describe("bad input gets a clear Dutch message and changes nothing", () => {
  type Case = [string, (tw: TestWorkbook) => Promise<Result<unknown, AppProblem>>, AppProblem, string];
  const cases: Case[] = [
    [
      "an empty reason",
      (tw) => changeProtocolPeriod(tw.deps, team, { start: "2021-04-01", end: "2022-03-31", reason: "  " }),
      { code: "reden-ontbreekt" },
      "Geef een reden voor de wijziging van de protocolperiode. Die reden komt in het logboek.",
    ],
    [
      "an end date before the start",
      (tw) => changeProtocolPeriod(tw.deps, team, { start: "2021-04-01", end: "2021-03-31", reason: "verlenging" }),
      { code: "einde-voor-start", start: "2021-04-01", end: "2021-03-31" },
      "De einddatum (2021-03-31) ligt vóór de startdatum (2021-04-01). Pas een van beide aan.",
    ],
    [
      "a date that does not exist",
      (tw) => changeProtocolPeriod(tw.deps, team, { start: "2021-02-30", end: "2021-12-31", reason: "verlenging" }),
      { code: "ongeldige-datum", field: "start", value: "2021-02-30" },
      "Vul een geldige startdatum in (JJJJ-MM-DD): ‘2021-02-30’ is geen datum.",
    ],
    [
      "the same period again",
      (tw) => changeProtocolPeriod(tw.deps, team, { start: "2021-04-01", end: "2021-12-31", reason: "geen" }),
      { code: "niets-gewijzigd" },
      "Er is niets gewijzigd: de nieuwe waarde is dezelfde als de huidige.",
    ],
    [
      "a member twice (other case, spaces)",
      (tw) => addMember(tw.deps, team, { email: ` ${SOFIE.toUpperCase()} `, rol: "dpo" }),
      { code: "lid-bestaat-al", email: SOFIE, role: "maatschappelijk-werker" },
      `${SOFIE} staat al op de ledenlijst (als Maatschappelijk werker). Wijzig de rol van dat lid in plaats van het opnieuw toe te voegen.`,
    ],
    [
      "an invalid e-mail address",
      (tw) => addMember(tw.deps, team, { email: "jan.claes@", rol: "dpo" }),
      { code: "ongeldig-email", email: "jan.claes@" },
      "‘jan.claes@’ is geen geldig e-mailadres. Vul het volledige adres in, bv. naam@genk.be.",
    ],
    [
      "an empty e-mail address",
      (tw) => addMember(tw.deps, team, { email: " ", rol: "dpo" }),
      { code: "ongeldig-email", email: "" },
      "Vul het e-mailadres van het lid in.",
    ],
    [
      "a role code that is too short",
      (tw) => setRoleCode(tw.deps, team, { role: "dpo", code: "kort1" }),
      { code: "rolcode-ongeldig", role: "dpo", detail: "Een rolcode heeft minstens 8 tekens: kies een langere code." },
      "Rolcode Functionaris gegevensbescherming: Een rolcode heeft minstens 8 tekens: kies een langere code.",
    ],
    [
      "removing the debtor team's last way in",
      (tw) => removeMember(tw.deps, team, { email: "an.peeters@genk.example" }),
      { code: "debiteurenteam-onbereikbaar" },
      "Na deze wijziging kan niemand nog aanmelden als Debiteurenteam: er blijft geen lid met die rol en er is geen rolcode voor. Voeg eerst een ander lid toe of stel een rolcode in.",
    ],
    [
      "a member who is not on the list",
      (tw) => changeMemberRole(tw.deps, team, { email: "niemand@genk.example", rol: "dpo" }),
      { code: "lid-niet-gevonden", email: "niemand@genk.example" },
      "niemand@genk.example staat niet (meer) op de ledenlijst. Vernieuw de pagina en probeer opnieuw.",
    ],
    [
      "a social worker",
      (tw) => addMember(tw.deps, aSession("maatschappelijk-werker"), { email: "jan.claes@ocmwgenk.example", rol: "maatschappelijk-werker" }),
      { code: "rol-niet-toegestaan", role: "maatschappelijk-werker", action: "configuratie-wijzigen" },
      "Als Maatschappelijk werker mag u de instellingen wijzigen niet. Wissel van rol als u daar de toegang voor hebt.",
    ],
    [
      "the DPO (reads the settings, does not change them)",
      (tw) => setRoleCode(tw.deps, aSession("dpo"), { role: "dpo", code: "toezicht-2022" }),
      { code: "rol-niet-toegestaan", role: "dpo", action: "configuratie-wijzigen" },
      "Als Functionaris gegevensbescherming mag u de instellingen wijzigen niet. Wissel van rol als u daar de toegang voor hebt.",
    ],
  ];

  it.each(cases)("%s", async (_, change, problem, message) => {
    const tw = await aSetUpWorkbook();
    const before = workbookText(tw);
    expect(await change(tw)).toEqual({ ok: false, error: problem });
    expect(appProblemMessage(problem)).toBe(message);
    expect(workbookText(tw)).toBe(before);
  });
});

it("refuses every settings change once the project is closed", async () => {
  const tw = aWorkbook();
  await setUpWorkbook(tw.deps, team, { config: aConfig({ gesloten: "2021-05-01" }), roleCodes: {} });
  const before = workbookText(tw);
  expect(await addMember(tw.deps, team, { email: "jan.claes@ocmwgenk.example", rol: "dpo" })).toEqual({ ok: false, error: { code: "project-afgesloten", closedOn: "2021-05-01" } });
  expect(workbookText(tw)).toBe(before);
});
