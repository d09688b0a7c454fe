import { checkRoleCode, hashRoleCode, roleCodeProblem } from "../../src/domain/roleCode";
import { testCrypto } from "../support/logBuilders";

describe("role codes", () => {
  const crypto = testCrypto();

  it("stores only a salted PBKDF2 hash", async () => {
    const stored = await hashRoleCode("Dwangbevel-2021", crypto, 1000);
    expect(stored).toEqual({ algoritme: "PBKDF2-SHA256", iteraties: 1000, zout: "00000000000000000000000000000001", hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(stored.hash).toBe(await crypto.pbkdf2Hex("Dwangbevel-2021", stored.zout, 1000));
    expect(JSON.stringify(stored)).not.toContain("Dwangbevel");
  });

  it("uses 210,000 iterations unless told otherwise", async () => {
    expect((await hashRoleCode("Dwangbevel-2021", crypto)).iteraties).toBe(210_000);
  });

  it("gives the same code a different hash with a different salt", async () => {
    const [a, b] = [await hashRoleCode("Dwangbevel-2021", crypto, 1000), await hashRoleCode("Dwangbevel-2021", crypto, 1000)];
    expect(a.hash).not.toBe(b.hash);
  });

  it("accepts the right code, also typed in another Unicode form, and refuses others", async () => {
    const stored = await hashRoleCode("Cliënt-2021!", crypto, 1000);
    expect(await checkRoleCode("Cliënt-2021!", stored, crypto)).toBe(true);
    expect(await checkRoleCode("Clie\u0308nt-2021!", stored, crypto)).toBe(true);
    expect(await checkRoleCode("cliënt-2021!", stored, crypto)).toBe(false);
    expect(await checkRoleCode("", stored, crypto)).toBe(false);
    expect(await checkRoleCode("Cliënt-2021!", { ...stored, hash: stored.hash.slice(0, 62) }, crypto)).toBe(false);
  });

  it.each([
    ["kort", "Een rolcode heeft minstens 8 tekens: kies een langere code."],
    [" met spatie ", "Een rolcode mag niet beginnen of eindigen met een spatie: verwijder die spaties."],
    ["aaaaaaaaaa", "Een rolcode uit één herhaald teken is te makkelijk te raden: kies een andere code."],
    ["12345678", "Een rolcode uit alleen cijfers moet minstens 12 cijfers lang zijn: voeg cijfers of letters toe."],
    ["x".repeat(64) + "y".repeat(65), "Een rolcode heeft hoogstens 128 tekens: kies een kortere code."],
  ])("refuses %p with a Dutch reason", (code, problem) => {
    expect(roleCodeProblem(code)).toBe(problem);
  });

  it.each(["Dwangbevel-2021", "ocmw genk pilot", "123456789012"])("accepts %p", (code) => {
    expect(roleCodeProblem(code)).toBeUndefined();
  });
});
