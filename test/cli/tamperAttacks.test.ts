// The three attacks of issue 11, done as someone holding the .xlsx file would: with exceljs and the published hash format
// (docs/logging.md). Each must make `controleer` exit 1 and name the right kind of break.
import ExcelJS from "exceljs";
import { entryHash, formatHead, GENESIS_HASH, rechain } from "../../src/domain/chain";
import { SHEET } from "../../src/domain/layout";
import { entryToRow, LOG_ACTION, rowToEntry, type LogEntry } from "../../src/domain/log";
import { closeRecordText } from "../../src/domain/sealFormat";
import { STATE_CELL } from "../../src/excel/stateSheet";
import { webCrypto } from "../../src/platform/webCrypto";
import { aComparedWorkbook, logOf, memoryDisk } from "../support/memoryDisk";
import type { ControleerOutput } from "../../src/cli/controleer";
import { EXIT } from "../../src/cli/main";

let compared: Uint8Array;
/** The DPO's seal on the compared workbook: its head, copied outside the workbook. */
let seal: string;

beforeAll(async () => {
  compared = await aComparedWorkbook(20, 11);
  seal = `DC-ZEGEL 2026-11-28T10:00:00+01:00 ${formatHead((await logOf(compared)).state.head)}`;
});

const check = async (bytes: Uint8Array, ...extra: string[]) => {
  const result = await memoryDisk({ "w.xlsx": bytes }).run("controleer", "w.xlsx", "--json", ...extra);
  return { code: result.code, output: JSON.parse(result.stdout) as ControleerOutput, stdout: result.stdout };
};

async function edited(edit: (wb: ExcelJS.Workbook) => void | Promise<void>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(compared.buffer.slice(compared.byteOffset, compared.byteOffset + compared.byteLength) as ArrayBuffer);
  await edit(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const stateCell = (wb: ExcelJS.Workbook, row: number) => wb.getWorksheet(SHEET.state)!.getCell(`B${row}`);

function editConfig(change: (config: Record<string, unknown>) => void) {
  return (wb: ExcelJS.Workbook) => {
    const cell = stateCell(wb, STATE_CELL.config);
    const config = JSON.parse(String(cell.value)) as Record<string, unknown>;
    change(config);
    cell.value = JSON.stringify(config);
  };
}

/** Attack 1: rewrite entry 3, recompute every hash, append a segment start naming the seal, set the head. */
async function forgeSegment(wb: ExcelJS.Workbook): Promise<void> {
  const sheet = wb.getWorksheet(SHEET.log)!;
  const entries: LogEntry[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const e = rowToEntry((row.values as unknown[]).slice(1));
    if (e.ok) entries.push(e.value);
  });
  const rewritten = entries.map((e) => (e.nr === 3 ? { ...e, nieuweWaarde: `${e.nieuweWaarde} (herschreven)` } : e));
  const chained = await rechain(rewritten, webCrypto);
  const last = chained[chained.length - 1];
  const sealed = seal.split(" ")[2];
  const start = { ...last, nr: last.nr + 1, actie: LOG_ACTION.ketensegment, over: "—", veld: "Logboek", oudeWaarde: sealed, nieuweWaarde: formatHead(last) };
  const forged = [...chained, { ...start, hash: entryHash(start, GENESIS_HASH) }];
  forged.forEach((e, i) => sheet.getRow(i + 2).values = entryToRow(e));
  stateCell(wb, STATE_CELL.head).value = formatHead(forged[forged.length - 1]);
}

describe("controleer against the attacks of issue 11", () => {
  it("the untouched workbook is intact and its seal found (exit 0)", async () => {
    const { code, output } = await check(compared, "--zegel", seal);
    expect([code, output.logboek.intact, output.logboek.zegel?.uitkomst]).toEqual([EXIT.ok, true, "gevonden"]);
  });

  it("1. a forged chain segment naming the DPO's seal: no genuine close (exit 1)", async () => {
    const forged = await edited(forgeSegment);
    const { code, output } = await check(forged, "--zegel", seal);
    expect([code, output.logboek.breuk?.soort]).toEqual([EXIT.logBroken, "afsluiting-onecht"]);
    expect(output.logboek.uitleg).toContain("de rij erna is geen afsluiting");
    // With a close record the attacker made up, the record is not on the chain.
    const head = (await logOf(forged)).state.head;
    const record = closeRecordText("2026-11-28T10:00:00+01:00", { old: { nr: head.nr - 1, hash: "a".repeat(64) }, segment: head });
    const withRecord = await check(forged, "--zegel", seal, "--afsluiting", record);
    expect([withRecord.code, withRecord.output.logboek.breuk?.soort]).toEqual([EXIT.logBroken, "afsluiting-niet-gevonden"]);
  });

  it("2. the protocol's end date changed to 2099-12-31 in the state sheet (exit 1, names the period)", async () => {
    const { code, output, stdout } = await check(await edited(editConfig((c) => void (c.einde = "2099-12-31"))));
    expect([code, output.logboek.breuk?.soort]).toEqual([EXIT.logBroken, "configuratie-gewijzigd"]);
    expect(output.logboek.breuk?.uitleg).toMatch(/vastlegde: protocolperiode\. Ze werd buiten de add-in gewijzigd/);
    expect(stdout).not.toContain('"intact": true');
  });

  it("3. a member added to the configuration (exit 1, names the members)", async () => {
    const add = editConfig((c) => void (c.leden as unknown[]).push({ email: "indringer@genk.example", rol: "dpo" }));
    const { code, output } = await check(await edited(add));
    expect([code, output.logboek.breuk?.soort]).toEqual([EXIT.logBroken, "configuratie-gewijzigd"]);
    expect(output.logboek.breuk?.uitleg).toContain("vastlegde: leden.");
  });

  it("also a changed protection password (exit 1)", async () => {
    const { code, output } = await check(await edited((wb) => void (stateCell(wb, STATE_CELL.password).value = "0".repeat(32))));
    expect([code, output.logboek.breuk?.uitleg]).toEqual([EXIT.logBroken, expect.stringContaining("vastlegde: beveiligingswachtwoord.")]);
  });

  it("a malformed seal is a typing problem (exit 2), not an incident", async () => {
    const disk = memoryDisk({ "w.xlsx": compared });
    const typo = seal.slice(0, -1) + "g";
    const result = await disk.run("controleer", "w.xlsx", "--zegel", typo);
    expect([result.code, result.stderr]).toEqual([EXIT.refused, '--zegel: De hash bevat "g", maar bestaat alleen uit de cijfers 0–9 en de letters a–f. Kijk na of u ze juist overnam.\n']);
    const prefix = await disk.run("controleer", "w.xlsx", "--zegel", seal.replace("DC-ZEGEL", "DC-ZEGL"));
    expect([prefix.code, prefix.stderr]).toEqual([EXIT.refused, '--zegel: Een zegel begint met "DC-ZEGEL", niet met "DC-ZEGL". Plak de volledige regel zoals u ze noteerde.\n']);
  });
});
