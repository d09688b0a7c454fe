import { formatDay, formatMoment } from "../../src/taskpane/dates";

describe("formatMoment", () => {
  it("shows a logged moment as dd/mm/jjjj uu:mm in Brussels time, summer and winter", () => {
    expect(formatMoment("2026-12-04T16:52:18+00:00")).toBe("04/12/2026 17:52");
    expect(formatMoment("2021-04-01T09:15:02+02:00")).toBe("01/04/2021 09:15");
    expect(formatMoment("2021-03-28T00:59:00+00:00")).toBe("28/03/2021 01:59");
    expect(formatMoment("2021-03-28T01:00:00+00:00")).toBe("28/03/2021 03:00");
  });

  it("leaves text that is no moment as it is", () => {
    expect(formatMoment("")).toBe("");
    expect(formatMoment("gisteren")).toBe("gisteren");
  });
});

describe("formatDay", () => {
  it("shows a calendar date as dd/mm/jjjj", () => {
    expect(formatDay("2021-01-31")).toBe("31/01/2021");
    expect(formatDay("31/01/2021")).toBe("31/01/2021");
  });
});
