// node:crypto's synchronous SHA-256 (the CLI's bulk hashing) gives exactly the browser path's results: Web Crypto's
// digest and the domain's own JavaScript SHA-256, for any text, and so the same verification reports.
import fc from "fast-check";
import { canonicalForm, GENESIS_HASH, rechain, verifyChain } from "../../src/domain/chain";
import { sha256HexSync } from "../../src/domain/sha256";
import { aDraft, edited, headOf, swapped } from "../support/logBuilders";
import { nodeCrypto } from "../../src/platform/nodeCrypto";
import { webCrypto } from "../../src/platform/webCrypto";

describe("nodeCrypto.sha256HexSync", () => {
  it("equals Web Crypto's SHA-256 and the domain's own for any text, Unicode and lone surrogates included", async () => {
    const text = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: "grapheme", maxLength: 80 }), fc.string({ unit: "binary", maxLength: 80 }));
    await fc.assert(
      fc.asyncProperty(text, async (t) => {
        const viaNode = nodeCrypto.sha256HexSync!(t);
        expect([t, viaNode]).toEqual([t, await webCrypto.sha256Hex(t)]);
        expect(viaNode).toBe(sha256HexSync(t));
      }),
      { numRuns: 300 },
    );
    expect(nodeCrypto.sha256HexSync!("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });

  it("makes verifyChain and rechain report exactly what the browser path reports, intact or tampered", async () => {
    const rows = Array.from({ length: 40 }, (_, i) => ({ ...aDraft({ over: `D-${i}`, nieuweWaarde: i % 3 ? "cliënt OCMW" : "Ⅻ ﬁ é" }), nr: i + 1, referentie: `r${i}`, tijdstip: "2021-05-03T10:00:00+02:00" }));
    const viaNode = await rechain(rows, nodeCrypto);
    expect(viaNode).toEqual(await rechain(rows, webCrypto));
    for (const log of [viaNode, edited(viaNode, 7, { oudeWaarde: "geen cliënt" }), swapped(viaNode, 3, 30), viaNode.slice(0, 25)]) {
      const knownHead = headOf(viaNode);
      expect(await verifyChain(log, nodeCrypto, { knownHead })).toEqual(await verifyChain(log, webCrypto, { knownHead }));
    }
    expect(await verifyChain(viaNode, nodeCrypto)).toMatchObject({ ok: true, count: 40 });
  });

  it("is refused when it disagrees with the port's Web Crypto hash: a broken platform cannot pass a broken log", async () => {
    const wrong = { ...nodeCrypto, sha256HexSync: () => GENESIS_HASH };
    const log = await rechain([{ ...aDraft(), nr: 1, referentie: "r", tijdstip: "2021-05-03T10:00:00+02:00" }], webCrypto);
    await expect(verifyChain(log, wrong)).rejects.toThrow("the platform's synchronous hash disagrees");
    expect(canonicalForm(log[0], GENESIS_HASH)).toContain('"r"');
  });
});
