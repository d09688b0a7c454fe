// Use case: what the task pane shows a role. The rules are the roles' (src/domain/roles.ts); the pane renders this view
// and decides nothing about who may see what. (Which comparison notes a role sees: visibleProblems in workerDossiers.ts;
// which status changes a card offers: DossierCard.transitions.)
import { may, type Role } from "../domain/roles";

/**
 * How a role compares: the debtor team every debtor against the OCMW list (sheet or file) and sees every count; a social
 * worker her own list from a file, and sees only what concerns the OCMW (the matches, and the notes about her list).
 */
export type CompareScope = "all-debtors" | "own-list";

/** The Instellingen page. */
export interface SettingsView {
  /** The debtor team: change members, role codes and the period. */
  readonly manage: boolean;
  /** The debtor team and the DPO: the member list and which roles have a code (never the codes). */
  readonly members: boolean;
}

export interface RoleView {
  readonly settings: SettingsView;
  /** The Zelftest button (the task pane adds: only where the host offers one). */
  readonly selfTest: boolean;
  /** Undefined for a role that does not compare (the DPO). */
  readonly compare: CompareScope | undefined;
}

export function settingsView(role: Role): SettingsView {
  return { manage: may(role, "configuratie-wijzigen"), members: may(role, "configuratie-lezen") };
}

export function roleView(role: Role): RoleView {
  return {
    settings: settingsView(role),
    selfTest: may(role, "zelftest"),
    compare: !may(role, "vergelijken") ? undefined : may(role, "alle-debiteuren-zien") ? "all-debtors" : "own-list",
  };
}
