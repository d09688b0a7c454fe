// Shared by the I/O budget test and `npm run bench`: a set-up workbook with n synthetic debtors, then one
// comparison against n clients from a file, measured with the in-memory host's counters.
import { compare } from "../../src/app/compare";
import { importDebtors } from "../../src/app/importDebtors";
import { setUpWorkbook } from "../../src/app/setUpWorkbook";
import { generateDataset } from "../../src/synthetic";
import { aConfig, aSession, aWorkbook, CLIENT_LIST_HEADERS, DEBTOR_LIST_HEADERS } from "./fixtures";

export interface IoFigures {
  readonly debtors: number;
  readonly syncs: number;
  readonly maxRequestBytes: number;
  readonly requestBytes: number;
  readonly ms: number;
}

export async function measureCompareIo(n: number, seed = 7): Promise<IoFigures> {
  const tw = aWorkbook();
  const team = aSession("debiteurenteam");
  const data = generateDataset({ debtors: n, clients: n, seed });
  await setUpWorkbook(tw.deps, team, { config: aConfig(), roleCodes: {} });
  const imported = await importDebtors(tw.deps, team, {
    headers: DEBTOR_LIST_HEADERS,
    rows: data.debtors.map((d) => [d.dossiernummer, d.voornaam, d.achternaam, d.rijksregisternummer, d.straat, d.huisnummer]),
    source: "synthetisch",
  });
  if (!imported.ok) throw new Error(`import: ${imported.error.code}`);
  const fresh = aWorkbook({ host: tw.host });
  tw.host.counters.reset();
  const started = performance.now();
  const result = await compare(fresh.deps, team, {
    kind: "bestand",
    fileName: "clienten.csv",
    headers: CLIENT_LIST_HEADERS,
    rows: data.clients.map((c) => [c.voornaam, c.achternaam, c.rijksregisternummer, c.straat, c.huisnummer]),
  });
  const ms = performance.now() - started;
  if (!result.ok) throw new Error(`compare: ${result.error.code}`);
  const c = tw.host.counters;
  return { debtors: n, syncs: c.syncs, maxRequestBytes: c.maxRequestBytes, requestBytes: c.requestBytes, ms };
}
