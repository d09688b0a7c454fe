// Guessing role codes through the adapter on the in-memory host, with a fake clock: five wrong codes in a row cost
// nothing, then each attempt waits (30 s, doubling, at most 15 min); while the wait runs, a code is not even checked.
// Every attempt is logged, never the code typed.
import { appProblemMessage } from "../../src/app/problems";
import { startSession, switchRole } from "../../src/app/startSession";
import { delayAfter } from "../../src/domain/roleCodeThrottle";
import { A_STRANGER, aSession, aSetUpWorkbook, reopen, ROLE_CODES, workbookText, type TestWorkbook } from "../support/fixtures";

const RIGHT = ROLE_CODES.dpo;
const attempt = (tw: TestWorkbook, roleCode: string) => startSession(tw.deps, { user: A_STRANGER, role: "dpo", roleCode, purpose: "controle logboek" });
const later = (tw: TestWorkbook, seconds: number) => tw.clock.set(new Date(tw.clock.now().getTime() + seconds * 1000).toISOString());

async function refusals(tw: TestWorkbook) {
  return (await tw.deps.workbook.readLog()).filter((e) => e.actie === "geweigerd").map((e) => e.nieuweWaarde);
}

it("waits 30 s after the 5th wrong code, doubling after each further one, and says how long", async () => {
  const tw = await aSetUpWorkbook();
  for (let i = 1; i <= 4; i++) expect(await attempt(tw, `fout-${i}-xyz`)).toEqual({ ok: false, error: { code: "rolcode-fout", role: "dpo", failures: i } });
  const fifth = await attempt(tw, "fout-5-xyz");
  expect(fifth).toEqual({ ok: false, error: { code: "rolcode-fout", role: "dpo", failures: 5, waitSeconds: 30 } });
  expect(!fifth.ok && appProblemMessage(fifth.error)).toBe(
    "De rolcode voor Functionaris gegevensbescherming klopt niet (5 keer na elkaar). Wacht 30 seconden voor u opnieuw probeert, of vraag de code aan het debiteurenteam.",
  );

  // During the wait even the right code is not checked.
  later(tw, 20);
  const early = await attempt(tw, RIGHT);
  expect(early).toEqual({ ok: false, error: { code: "rolcode-wachttijd", role: "dpo", failures: 5, waitSeconds: 10 } });
  expect(!early.ok && appProblemMessage(early.error)).toBe(
    "Na 5 foute rolcodes na elkaar moet u nog 10 seconden wachten voor u opnieuw een rolcode kunt ingeven. Deze poging werd niet nagekeken en staat in het logboek.",
  );

  later(tw, 10);
  expect(await attempt(tw, "fout-6-xyz")).toEqual({ ok: false, error: { code: "rolcode-fout", role: "dpo", failures: 6, waitSeconds: 60 } });
  later(tw, 59);
  expect(await attempt(tw, RIGHT)).toEqual({ ok: false, error: { code: "rolcode-wachttijd", role: "dpo", failures: 6, waitSeconds: 1 } });
  later(tw, 1);
  expect((await attempt(tw, RIGHT)).ok).toBe(true);
  // A right code starts the count again.
  expect(await attempt(tw, "fout-7-xyz")).toEqual({ ok: false, error: { code: "rolcode-fout", role: "dpo", failures: 1 } });

  expect(await refusals(tw)).toEqual([
    "toegang als Functionaris gegevensbescherming geweigerd: rolcode fout (1 keer na elkaar)",
    "toegang als Functionaris gegevensbescherming geweigerd: rolcode fout (2 keer na elkaar)",
    "toegang als Functionaris gegevensbescherming geweigerd: rolcode fout (3 keer na elkaar)",
    "toegang als Functionaris gegevensbescherming geweigerd: rolcode fout (4 keer na elkaar)",
    "toegang als Functionaris gegevensbescherming geweigerd: rolcode fout (5 keer na elkaar); wachttijd 30 seconden",
    "toegang als Functionaris gegevensbescherming geweigerd: rolcode niet nagekeken: wachttijd na 5 foute rolcodes loopt nog 10 seconden",
    "toegang als Functionaris gegevensbescherming geweigerd: rolcode fout (6 keer na elkaar); wachttijd 1 minuut",
    "toegang als Functionaris gegevensbescherming geweigerd: rolcode niet nagekeken: wachttijd na 6 foute rolcodes loopt nog 1 seconde",
    "toegang als Functionaris gegevensbescherming geweigerd: rolcode fout (1 keer na elkaar)",
  ]);
  expect(workbookText(tw)).not.toContain("fout-1-xyz");
});

it("counts role switches too, and the count is kept per add-in runtime (reopening starts again)", async () => {
  const tw = await aSetUpWorkbook();
  const session = aSession("maatschappelijk-werker");
  for (let i = 1; i <= 5; i++) await switchRole(tw.deps, session, { role: "dpo", roleCode: `fout-${i}-xyz`, user: A_STRANGER });
  expect(await attempt(tw, RIGHT)).toEqual({ ok: false, error: { code: "rolcode-wachttijd", role: "dpo", failures: 5, waitSeconds: 30 } });
  expect((await refusals(tw)).at(-1)).toBe("toegang als Functionaris gegevensbescherming geweigerd: rolcode niet nagekeken: wachttijd na 5 foute rolcodes loopt nog 30 seconden");
  expect((await attempt(reopen(tw), RIGHT)).ok).toBe(true);
});

it("asks for the code without counting when none was typed", async () => {
  const tw = await aSetUpWorkbook();
  const before = workbookText(tw);
  expect(await attempt(tw, "")).toEqual({ ok: false, error: { code: "rolcode-ontbreekt", role: "dpo" } });
  expect(workbookText(tw)).toBe(before);
});

it("caps the wait at 15 minutes", () => {
  expect([4, 5, 6, 7, 9, 10, 11, 40].map(delayAfter)).toEqual([0, 30, 60, 120, 480, 900, 900, 900]);
});
