import {
  configProblemMessage,
  GENK_2021_PRESET,
  newProjectConfig,
  parseConfig,
  periodMessage,
  periodState,
  protocolClauses,
  roleForMember,
  serialiseConfig,
  validateConfig,
  type ProtocolConfig,
} from "../../src/domain/protocol";

const aConfig = (overrides: Partial<ProtocolConfig> = {}): ProtocolConfig => ({
  ...newProjectConfig("2021-04-01"),
  leden: [
    { email: "An.Peeters@genk.be", rol: "debiteurenteam" },
    { email: "jan.claes@ocmwgenk.be", rol: "maatschappelijk-werker" },
  ],
  rolcodes: { dpo: { algoritme: "PBKDF2-SHA256", iteraties: 210000, zout: "00".repeat(16), hash: "ab".repeat(32) } },
  ...overrides,
});

/** The configuration as read back from the state sheet, with one field replaced. */
const withField = (key: string, value: unknown): unknown => ({ ...JSON.parse(serialiseConfig(aConfig())), [key]: value });
const withoutField = (key: string): unknown => {
  const { [key]: _dropped, ...rest } = JSON.parse(serialiseConfig(aConfig()));
  return rest;
};

describe("the Genk 2021 preset", () => {
  it("holds the protocol's parties, period and purposes", () => {
    expect(GENK_2021_PRESET.partijen).toEqual([
      { naam: "Stad Genk", adres: "Stadsplein 1, 3600 Genk" },
      { naam: "OCMW Genk", adres: "Welzijnscampus 11, 3600 Genk" },
    ]);
    expect([GENK_2021_PRESET.start, GENK_2021_PRESET.einde]).toEqual(["2021-04-01", "2021-12-31"]);
    expect(GENK_2021_PRESET.doeleinden.map((d) => d.code)).toEqual(["2a", "2b"]);
    expect(GENK_2021_PRESET.wettelijkeBasis).toHaveLength(3);
    expect(GENK_2021_PRESET.velden.ocmwNaarStad).toEqual(["cliënt OCMW", "invorderingsprocedure voortzetten"]);
  });

  it("validates as it stands and cannot be changed by accident", () => {
    expect(validateConfig(GENK_2021_PRESET)).toEqual({ ok: true, value: GENK_2021_PRESET });
    expect(() => GENK_2021_PRESET.leden.push({ email: "x@y.be", rol: "dpo" })).toThrow(TypeError);
  });
});

describe("newProjectConfig", () => {
  it.each([
    ["2025-03-01", "2026-02-28"],
    ["2024-02-29", "2025-02-28"],
    ["2025-12-31", "2026-12-30"],
  ])("runs one year from %s inclusive, to %s", (today, einde) => {
    const c = newProjectConfig(today);
    expect([c.start, c.einde]).toEqual([today, einde]);
    expect(c.doeleinden).toEqual(GENK_2021_PRESET.doeleinden);
  });

  it("returns a fresh, editable copy", () => {
    const c = newProjectConfig("2025-03-01");
    c.leden.push({ email: "x@genk.be", rol: "dpo" });
    expect(GENK_2021_PRESET.leden).toEqual([]);
  });
});

describe("periodState (both dates inclusive)", () => {
  const period = { start: "2021-04-01", einde: "2021-12-31" };
  it.each([
    ["2021-03-30", { code: "niet-begonnen", dagenTotStart: 2 }],
    ["2021-04-01", { code: "lopend", dagenTotEinde: 274 }],
    ["2021-12-31", { code: "lopend", dagenTotEinde: 0 }],
    ["2022-01-01", { code: "verlopen", dagenVoorbij: 1 }],
  ])("on %s", (today, expected) => {
    expect(periodState(period, today)).toEqual(expected);
  });
});

describe("periodMessage", () => {
  const period = { start: "2021-04-01", einde: "2021-12-31" };
  it.each([
    ["2021-03-31", "Het protocol loopt pas vanaf 2021-04-01 (over 1 dag): importeren en vergelijken kan nog niet."],
    ["2021-03-29", "Het protocol loopt pas vanaf 2021-04-01 (over 3 dagen): importeren en vergelijken kan nog niet."],
    ["2021-06-01", "Het protocol loopt tot en met 2021-12-31."],
    ["2022-01-01", "Het protocol liep af op 2021-12-31: importeren en vergelijken kan niet meer. Sluit het project af of laat de periode verlengen."],
  ])("on %s says why import and comparison are (not) possible", (today, message) => {
    expect(periodMessage(periodState(period, today), period)).toBe(message);
  });
});

describe("roleForMember", () => {
  it("matches e-mail addresses regardless of case and spaces", () => {
    expect(roleForMember(aConfig(), " an.peeters@GENK.be ")).toBe("debiteurenteam");
    expect(roleForMember(aConfig(), "onbekend@genk.be")).toBeUndefined();
  });
});

describe("reading the configuration back", () => {
  it("round-trips through stable JSON with sorted keys", () => {
    const text = serialiseConfig(aConfig());
    expect(text.startsWith('{"doeleinden":[{"code":"2a","tekst":')).toBe(true);
    expect(serialiseConfig({ ...aConfig() })).toBe(text);
    expect(parseConfig(text)).toEqual({ ok: true, value: { ...aConfig(), leden: aConfig().leden } });
  });

  it.each([
    ["an unknown field", { ...aConfig(), bedrag: 1 }, "onbekend-veld", 'configuratie bevat het onbekende veld "bedrag".'],
    ["a missing field", withoutField("naam"), "ontbrekend-veld", 'configuratie mist het veld "naam".'],
    ["another version", withField("version", 2), "onbekende-versie", "Configuratieversie 2 is onbekend; deze add-in kent versie 1."],
    ["a date that does not exist", withField("einde", "2021-02-30"), "ongeldige-datum", 'einde: "2021-02-30" is geen geldige datum (JJJJ-MM-DD).'],
    ["an end before the start", withField("einde", "2021-03-31"), "einde-voor-start", "Het einde (2021-03-31) ligt vóór de start (2021-04-01)."],
    ["an unknown role", withField("leden", [{ email: "a@genk.be", rol: "burgemeester" }]), "onbekende-rol", 'leden[0].rol: "burgemeester" is geen rol (debiteurenteam, maatschappelijk-werker, dpo).'],
    ["an invalid e-mail", withField("leden", [{ email: "an peeters", rol: "dpo" }]), "ongeldig-email", 'leden[0].email: "an peeters" is geen geldig e-mailadres.'],
    ["a member listed twice", withField("leden", [{ email: "a@genk.be", rol: "dpo" }, { email: "A@genk.be", rol: "debiteurenteam" }]), "dubbel-lid", "A@genk.be staat meer dan eens in de ledenlijst."],
    ["a role code hash of another kind", withField("rolcodes", { dpo: { algoritme: "MD5", iteraties: 1, zout: "00", hash: "x" } }), "ongeldige-rolcode-hash", 'rolcodes.dpo.algoritme moet "PBKDF2-SHA256" zijn.'],
    ["a role code for an unknown role", withField("rolcodes", { admin: aConfig().rolcodes.dpo }), "onbekende-rol", 'rolcodes: "admin" is geen rol (debiteurenteam, maatschappelijk-werker, dpo).'],
    ["purposes without a role", withField("toegangsdoelen", { debiteurenteam: [], dpo: [] }), "ontbrekend-veld", 'toegangsdoelen mist het veld "maatschappelijk-werker".'],
    ["not an object", [], "ongeldig-veld", "configuratie moet een object zijn."],
  ])("refuses %s", (_label, input, code, detail) => {
    expect(validateConfig(input)).toEqual({ ok: false, error: { code, detail } });
  });

  it("refuses text that is not JSON, and explains in Dutch what to do", () => {
    const result = parseConfig("{naam:");
    expect(result).toEqual({ ok: false, error: { code: "geen-json", detail: "De configuratie in het statusblad is geen geldige JSON." } });
    expect(configProblemMessage({ code: "einde-voor-start", detail: "Het einde (2021-03-31) ligt vóór de start (2021-04-01)." })).toBe(
      "De configuratie in het verborgen statusblad is ongeldig: Het einde (2021-03-31) ligt vóór de start (2021-04-01). Het statusblad werd buiten de add-in bewerkt; laat het debiteurenteam de configuratie opnieuw instellen.",
    );
  });
});

describe("protocol texts 10° and 11°", () => {
  it("are part of the preset, and a configuration kept before them still reads, saying they are not kept", () => {
    const withTexts = validateConfig(JSON.parse(serialiseConfig(GENK_2021_PRESET)));
    expect(withTexts.ok && withTexts.value.verenigbaarheid?.map((v) => v.code)).toEqual(["11.1", "11.2", "11.3", "11.4", "11.5"]);
    const { oorspronkelijkeDoeleinden: _o, verenigbaarheid: _v, ...older } = GENK_2021_PRESET;
    const read = validateConfig(JSON.parse(JSON.stringify(older)));
    expect(read.ok && "verenigbaarheid" in read.value).toBe(false);
    expect(read.ok && protocolClauses(read.value).at(-1)!.lines).toEqual([
      "Niet opgenomen in de configuratie van deze werkmap (ingesteld vóór deze tekst werd bewaard); zie het ondertekende protocol.",
    ]);
  });

  it("refuses a malformed 11° like any other text", () => {
    const read = validateConfig({ ...JSON.parse(serialiseConfig(GENK_2021_PRESET)), verenigbaarheid: [{ code: "11.1" }] });
    expect(read).toEqual({ ok: false, error: { code: "ontbrekend-veld", detail: 'verenigbaarheid[0] mist het veld "tekst".' } });
  });
});
