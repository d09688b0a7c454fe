import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readListFile } from "../../src/file/readList";
it("x", async () => {
  const wb4 = new ExcelJS.Workbook(); const ws4 = wb4.addWorksheet("Blad1"); ws4.getCell("A1").value = "Voornaam"; ws4.getCell("A1048576").value = "x";
  const tall = new Uint8Array(await wb4.xlsx.writeBuffer());
  const z = await JSZip.loadAsync(tall); const x4 = await z.file("xl/worksheets/sheet1.xml")!.async("string");
  z.file("xl/worksheets/sheet1.xml", x4.replace('r="A1048576"', 'r="A20000000"').replace('<row r="1048576"', '<row r="20000000"'));
  const t5 = await z.generateAsync({ type: "uint8array" });
  console.log("bytes", t5.length);
  const s = performance.now(); const r5 = await readListFile(t5, "a.xlsx"); console.log("tall20M", r5.ok ? r5.value.rows.length : JSON.stringify(r5), performance.now() - s, process.memoryUsage().rss / 1e6);
}, 120000);
