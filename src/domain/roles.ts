// Roles and the role/action matrix of PRODUCT.md, as data plus one pure check.

export type Role = "debiteurenteam" | "maatschappelijk-werker" | "dpo";

export const ALL_ROLES: readonly Role[] = ["debiteurenteam", "maatschappelijk-werker", "dpo"];

/** UI names (Dutch), also written in the log's Rol column. */
export const ROLE_LABEL: Readonly<Record<Role, string>> = {
  debiteurenteam: "Debiteurenteam",
  "maatschappelijk-werker": "Maatschappelijk werker",
  dpo: "Functionaris gegevensbescherming",
};

export function roleFromLabel(label: string): Role | undefined {
  const l = label.trim().toLowerCase();
  return ALL_ROLES.find((r) => r === l || ROLE_LABEL[r].toLowerCase() === l);
}

export type Action =
  | "werkmap-instellen"
  | "configuratie-wijzigen"
  /** See the member list and which roles have a code (never the codes); everyone reads the protocol texts. */
  | "configuratie-lezen"
  | "debiteuren-importeren"
  | "debiteurgegevens-wijzigen"
  | "clientenlijst-importeren"
  | "vergelijken"
  | "statussen-lezen"
  | "alle-debiteuren-zien"
  | "ocmw-debiteuren-zien"
  | "match-beoordelen"
  | "invordering-voortzetten"
  | "lijst-exporteren"
  | "logboek-lezen"
  | "logboek-controleren"
  | "logboek-verzegelen"
  | "logboek-exporteren"
  | "project-afsluiten"
  | "zelftest";

const MATRIX: Readonly<Record<Role, readonly Action[]>> = {
  debiteurenteam: [
    "werkmap-instellen",
    "configuratie-wijzigen",
    "configuratie-lezen",
    "debiteuren-importeren",
    "debiteurgegevens-wijzigen",
    "clientenlijst-importeren",
    "vergelijken",
    "statussen-lezen",
    "alle-debiteuren-zien",
    "ocmw-debiteuren-zien",
    "lijst-exporteren",
    "zelftest",
  ],
  "maatschappelijk-werker": [
    "clientenlijst-importeren",
    "vergelijken",
    "statussen-lezen",
    "ocmw-debiteuren-zien",
    "match-beoordelen",
    "invordering-voortzetten",
  ],
  dpo: [
    "configuratie-lezen",
    "statussen-lezen",
    "alle-debiteuren-zien",
    "ocmw-debiteuren-zien",
    "logboek-lezen",
    "logboek-controleren",
    "logboek-verzegelen",
    "logboek-exporteren",
    "project-afsluiten",
    "zelftest",
  ],
};

export function may(role: Role, action: Action): boolean {
  return MATRIX[role].includes(action);
}

export function actionsOf(role: Role): readonly Action[] {
  return MATRIX[role];
}
