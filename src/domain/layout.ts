// The workbook layout of PRODUCT.md: sheet names and the add-in's own column headers (shared by every adapter).

export const SHEET = {
  debtors: "Debiteuren",
  clients: "OCMW-cliënten",
  log: "Logboek",
  evaluation: "Evaluatie",
  /** Very hidden: configuration, log head, row digests, pending-write marker. */
  state: "DC_Staat",
} as const;

export const TABLE = {
  debtors: "Debiteuren",
  log: "Logboek",
} as const;

/** The headers the add-in writes when it creates the Debiteuren table. */
export const DEBTOR_HEADERS = [
  "Dossiernummer",
  "Voornaam",
  "Achternaam",
  "Rijksregisternummer",
  "Straat",
  "Huisnummer",
  "Status",
  "Match",
  "Rij-ID",
] as const;

export const ADDIN_HEADERS = { status: "Status", match: "Match", rowId: "Rij-ID" } as const;

/** Version of the state-sheet layout; an add-in refuses a workbook with a newer one. */
export const STATE_SCHEMA_VERSION = 1;
