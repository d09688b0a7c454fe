// Pure helpers behind the Instellingen page: where a refused change's message goes in the form, and what a new protocol
// period means for import and comparison. What each role sees there is the app's (settingsView in src/app/roleView.ts).
import { appProblemMessage, type AppProblem } from "../app/problems";
import type { PeriodState, ProtocolConfig } from "../domain/protocol";
import { ALL_ROLES, ROLE_LABEL, type Role } from "../domain/roles";
import { formatDay, withDutchDays } from "./dates";

export type SettingsField = "start" | "einde" | "reden" | "email" | `rolcode-${Role}`;

/** The form field a refused change belongs to (its message is shown there); undefined: a message for the whole form. */
export function fieldOfProblem(p: AppProblem): SettingsField | undefined {
  switch (p.code) {
    case "ongeldige-datum":
      return p.field;
    case "einde-voor-start":
      return "einde";
    case "reden-ontbreekt":
      return "reden";
    case "ongeldig-email":
    case "lid-bestaat-al":
      return "email";
    case "rolcode-ongeldig":
      return `rolcode-${p.role}`;
    default:
      return undefined;
  }
}

/**
 * A refused change's message as the pane shows it: dates as dd/mm/jjjj, and for a date the picker could not read
 * (it hands over "" then) no ISO format to type, since the pane's date field shows dd/mm/jjjj.
 */
export function settingsProblemText(p: AppProblem): string {
  if (p.code === "ongeldige-datum" && p.value === "") {
    return `Vul een geldige ${p.field === "start" ? "startdatum" : "einddatum"} in: een dag die bestaat, met dag, maand en jaar.`;
  }
  return withDutchDays(appProblemMessage(p));
}

/** After a period change: the new period and what it means for import and comparison today. */
export function periodEffect(config: Pick<ProtocolConfig, "start" | "einde">, periode: PeriodState): string {
  const [start, einde] = [formatDay(config.start), formatDay(config.einde)];
  const now = `De protocolperiode is nu ${start} t.e.m. ${einde}.`;
  switch (periode.code) {
    case "lopend":
      return `${now} Importeren en vergelijken kan tot en met ${einde}.`;
    case "niet-begonnen":
      return `${now} Importeren en vergelijken kan pas vanaf ${start}; tot dan blijven beide geblokkeerd.`;
    case "verlopen":
      return `${now} Die periode is voorbij: importeren en vergelijken blijven geblokkeerd. Sluit het project af of verleng de periode.`;
  }
}

/** Per role: whether a role code is set ("ingesteld") — the code itself is never shown or kept. */
export function roleCodeStates(config: Pick<ProtocolConfig, "rolcodes">): { role: Role; label: string; set: boolean }[] {
  return ALL_ROLES.map((role) => ({ role, label: ROLE_LABEL[role], set: config.rolcodes[role] !== undefined }));
}
