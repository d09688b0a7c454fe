// Red-team round 2 through the CLI on real CSV and .xlsx files: each gap found passed silently (or crashed with exit 70);
// now each is read correctly, refused with a Dutch message, or reported as a named break.
import { EXIT } from "../../src/cli/main";
import type { VergelijkOutput } from "../../src/cli/vergelijkOutput";
import { STATUS } from "../../src/domain/status";
import { memoryDisk } from "../support/memoryDisk";

const DEBTORS = ["Dossiernummer;Voornaam;Achternaam;Rijksregisternummer;Straat;Huisnummer", "D-1;Anna;Peeters;85073003328;Stalenstraat;12", "D-2;Mehmet;Yılmaz;93051822361;Hasseltweg;5"];
const CLIENTS = ["Voornaam;Achternaam;Rijksregisternummer;Straat;Huisnummer", "Anna;Peeters;85073003328;Stalenstraat;12"].join("\r\n");

function utf16(text: string, endian: "le" | "be"): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const [hi, lo] = [text.charCodeAt(i) >> 8, text.charCodeAt(i) & 0xff];
    bytes.set(endian === "le" ? [lo, hi] : [hi, lo], i * 2);
  }
  return bytes;
}

describe("F2: a client list in UTF-16 without a byte-order mark", () => {
  it.each(["le", "be"] as const)("UTF-16%s is decoded and matches the client", async (endian) => {
    const disk = memoryDisk({ "deb.csv": new TextEncoder().encode(DEBTORS.join("\r\n")), "cli.csv": utf16(CLIENTS, endian) });
    const result = await disk.run("vergelijk", "--debiteuren", "deb.csv", "--clienten", "cli.csv", "--json");
    expect([result.code, result.stderr]).toEqual([EXIT.ok, ""]);
    expect((JSON.parse(result.stdout) as VergelijkOutput).resultaten.map((r) => [r.dossiernummer, r.status])).toEqual([
      ["D-1", STATUS.client],
      ["D-2", STATUS.noClient],
    ]);
  });

  it("refuses text that still holds NUL characters after decoding, with a Dutch message (exit 2)", async () => {
    const withNuls = new TextEncoder().encode(`${CLIENTS}\r\nLuca\u0000;Rossi;17073003384;Vennestraat;8`);
    const disk = memoryDisk({ "deb.csv": new TextEncoder().encode(DEBTORS.join("\r\n")), "cli.csv": withNuls });
    const result = await disk.run("vergelijk", "--debiteuren", "deb.csv", "--clienten", "cli.csv");
    expect([result.code, result.stdout, result.stderr]).toEqual([
      EXIT.refused,
      "",
      'De tekst in "cli.csv" kan niet gelezen worden: het bestand bevat nultekens en is geen gewone CSV-tekst. Open het in Excel, sla het op als "CSV UTF-8 (door komma\'s gescheiden)" of als Excel-werkmap (.xlsx), en probeer opnieuw.\n',
    ]);
  });
});
