import { SHEET } from "../../src/domain/layout";
import { LOG_ACTION } from "../../src/domain/log";
import { STATUS } from "../../src/domain/status";
import { localNameMemory, NAME_KEY } from "../../src/taskpane/host";
import { createServices, type Progress, type TaskpaneServices } from "../../src/taskpane/useCases";
import { createDemoWorkbook, DEMO_USERS, demoServices } from "../../src/demo/demoWorkbook";
import { aConfig, ANNA, aSession, aWorkbook, DEBTOR_LIST_HEADERS, debtorRows, LUCA, MEHMET, testCrypto, fixedClock, type TestWorkbook } from "../support/fixtures";
import { setUpWorkbook } from "../../src/app/setUpWorkbook";
import { importDebtors } from "../../src/app/importDebtors";

const team = aSession("debiteurenteam");
const worker = aSession("maatschappelijk-werker");
const dpo = aSession("dpo");
const encode = (text: string) => new TextEncoder().encode(text);

async function servicesOverAWorkbook(): Promise<{ services: TaskpaneServices; downloads: [string, string][]; tw: TestWorkbook }> {
  const tw = aWorkbook();
  await setUpWorkbook(tw.deps, team, { config: aConfig(), roleCodes: {} });
  await importDebtors(tw.deps, team, { headers: DEBTOR_LIST_HEADERS, rows: debtorRows([ANNA, MEHMET, LUCA]), source: "debiteuren.csv" });
  const downloads: [string, string][] = [];
  const names = { stored: "", recall: () => names.stored, remember: (n: string) => void (names.stored = n) };
  const services = createServices(tw.deps, {
    identity: { signedInUser: async () => undefined },
    names,
    download: (f, t) => void downloads.push([f, t]),
  });
  return { services, downloads, tw };
}

describe("task pane services", () => {
  it("read a chosen CSV file lazily and name its source for the log", async () => {
    const { services } = await servicesOverAWorkbook();
    const file = { name: "clienten.csv", bytes: encode("Voornaam;Achternaam;Rijksregisternummer;Straat;Huisnummer\r\nAnna;Peeters;85073003328;Stalenstraat;12\r\n") };
    expect(await services.readListFile(file, "clienten")).toEqual({
      ok: true,
      value: { headers: ["Voornaam", "Achternaam", "Rijksregisternummer", "Straat", "Huisnummer"], rows: [["Anna", "Peeters", "85073003328", "Stalenstraat", "12"]], source: "clienten.csv", readSummary: "rij 2" },
    });
    expect(await services.readListFile({ name: "lijst.ods", bytes: encode("x") }, "clienten")).toEqual({ ok: false, error: { code: "onbekend-formaat", fileName: "lijst.ods", extension: "ods" } });
  });

  it("report progress around a comparison from a file", async () => {
    const { services } = await servicesOverAWorkbook();
    const steps: Progress[] = [];
    const source = { kind: "bestand" as const, fileName: "c.csv", headers: ["Voornaam", "Achternaam", "Rijksregisternummer"], rows: [["Anna", "Peeters", "85073003328"]] };
    const report = await services.compare(team, source, (p) => steps.push(p));
    expect(report.ok && report.value.summary.byStatus[STATUS.client]).toBe(1);
    expect(steps).toEqual([{ stap: "De debiteuren en de cliëntenlijst worden vergeleken…" }, { stap: "Klaar", fraction: 1 }]);
  });

  it("keep the Debiteuren sheet locked at rest after an import, and for a session that starts or switches", async () => {
    const { services, tw } = await servicesOverAWorkbook();
    expect(tw.host.userEdit(SHEET.debtors, "B2", [["Anneke"]])).toEqual({ ok: false, reason: "beveiligd" });
    const user = { name: worker.gebruiker, source: "Microsoft 365-account" as const };
    const session = await services.startSession({ user, role: "maatschappelijk-werker", purpose: "cliëntstatus nakijken" });
    if (!session.ok) throw new Error(session.error.code);
    expect(tw.host.userEdit(SHEET.debtors, "B2", [["Anna"]])).toEqual({ ok: false, reason: "beveiligd" });
    const asTeam = await services.switchRole(session.value, { role: "debiteurenteam", user, roleCode: undefined });
    expect(asTeam).toEqual({ ok: false, error: { code: "rolcode-niet-ingesteld", role: "debiteurenteam" } });
    expect(tw.host.userEdit(SHEET.debtors, "B2", [["Anna"]])).toEqual({ ok: false, reason: "beveiligd" });
  });

  it("let only roles that may read the log read it", async () => {
    const { services } = await servicesOverAWorkbook();
    expect(await services.readLog(worker)).toEqual({ ok: false, error: { code: "rol-niet-toegestaan", role: "maatschappelijk-werker", action: "logboek-lezen" } });
    const log = await services.readLog(dpo);
    expect(log.ok && log.value.map((e) => e.actie)).toEqual([LOG_ACTION.werkmapIngesteld, LOG_ACTION.configuratieGewijzigd, LOG_ACTION.configuratieVastgelegd, LOG_ACTION.import]);
  });

  it("hand the exported list to the download function", async () => {
    const { services, downloads } = await servicesOverAWorkbook();
    const list = await services.exportHaltList(team);
    if (!list.ok) throw new Error(list.error.code);
    const [stop] = list.value.files;
    services.download(stop.fileName, stop.csv);
    expect(downloads).toEqual([[stop.fileName, stop.csv]]);
  });

  it("remember only a trimmed stated name", async () => {
    const { services } = await servicesOverAWorkbook();
    services.rememberName("  Jan Jansen ");
    expect(services.rememberedName()).toBe("Jan Jansen");
  });

  it("fall back to a stated name when an identity port throws despite its contract", async () => {
    const tw = aWorkbook();
    const services = createServices(tw.deps, {
      identity: { signedInUser: () => Promise.reject(new Error("host weigert")) },
      names: { recall: () => "", remember: () => undefined },
      download: () => undefined,
    });
    await expect(services.identity()).resolves.toBeUndefined();
  });
});

describe("localNameMemory", () => {
  it("keeps the name under its one key and nothing else", () => {
    const store = new Map<string, string>();
    const memory = localNameMemory({ getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v) });
    expect(memory.recall()).toBe("");
    memory.remember("Jan Jansen");
    expect([...store.entries()]).toEqual([[NAME_KEY, "Jan Jansen"]]);
    expect(NAME_KEY).toBe("debiteurencheck.naam");
    expect(memory.recall()).toBe("Jan Jansen");
  });

  it("carries on when storage is refused or absent", () => {
    const refusing = localNameMemory({
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    });
    expect(refusing.recall()).toBe("");
    expect(() => refusing.remember("Jan")).not.toThrow();
    expect(localNameMemory(undefined).recall()).toBe("");
  });
});

describe("demo workbook", () => {
  it("is set up through the use cases with 60 fictitious debtors, a filled client sheet and the three demo users as members", async () => {
    const demo = await createDemoWorkbook({ crypto: testCrypto(), clock: fixedClock("2026-11-02T10:00:00+01:00"), roleCodeIterations: 1000 });
    const debtors = await demo.deps.workbook.readDebtors();
    expect(debtors.ok && debtors.value.rows.length).toBe(60);
    const clients = await demo.deps.workbook.readClientSheet();
    expect(clients?.rows.length).toBe(20);
    expect(demo.clientCsv.split("\r\n")[0]).toBe('\uFEFF"Voornaam";"Achternaam";"Rijksregisternummer";"Straat";"Huisnummer"');
    const state = await demo.deps.workbook.readState();
    expect(state.ok && state.value.config.leden).toEqual(DEMO_USERS.map((u) => ({ email: u.email, rol: u.rol })));
    expect(state.ok && [state.value.config.start, state.value.config.einde]).toEqual(["2026-11-02", "2027-11-01"]);
    expect(state.ok && Object.keys(state.value.config.rolcodes).sort()).toEqual(["debiteurenteam", "dpo", "maatschappelijk-werker"]);
    expect(demo.host.model.sheets.find((s) => s.name === SHEET.state)?.visibility).toBe("VeryHidden");
  });

  it("signs each demo user in with a Microsoft 365 identity, so members need no role code", async () => {
    const demo = await createDemoWorkbook({ crypto: testCrypto(), clock: fixedClock("2026-11-02T10:00:00+01:00"), roleCodeIterations: 1000 });
    const sofie = DEMO_USERS[1];
    const services = demoServices(demo, sofie);
    const user = await services.identity();
    expect(user).toEqual({ name: sofie.email, source: "Microsoft 365-account" });
    const session = await services.startSession({ user: user!, role: sofie.rol, purpose: "cliëntstatus nakijken" });
    expect(session.ok && session.value.rol).toBe("maatschappelijk-werker");
  });
});
