// Where the project stands in its lifecycle, for the taskpane banner: running, not yet started, past its end date
// and still to be closed (with the days past due), or closed. Import and comparison run only while it is running.
import { periodState, type ProtocolConfig } from "../domain/protocol";
import type { Role } from "../domain/roles";

export type RetentionState =
  | { readonly code: "niet-begonnen"; readonly start: string; readonly dagenTotStart: number }
  | { readonly code: "lopend"; readonly einde: string; readonly dagenTotEinde: number }
  | { readonly code: "af-te-sluiten"; readonly einde: string; readonly dagenVoorbij: number }
  | { readonly code: "gesloten"; readonly gesloten: string };

/** From this many days before the end date on, the banner reminds everyone that the data will have to be closed. */
export const REMINDER_DAYS = 30;

/** `today` is YYYY-MM-DD (local date). */
export function retentionState(config: Pick<ProtocolConfig, "start" | "einde" | "gesloten">, today: string): RetentionState {
  if (config.gesloten) return { code: "gesloten", gesloten: config.gesloten };
  const period = periodState(config, today);
  switch (period.code) {
    case "niet-begonnen":
      return { code: "niet-begonnen", start: config.start, dagenTotStart: period.dagenTotStart };
    case "lopend":
      return { code: "lopend", einde: config.einde, dagenTotEinde: period.dagenTotEinde };
    case "verlopen":
      return { code: "af-te-sluiten", einde: config.einde, dagenVoorbij: period.dagenVoorbij };
  }
}

/** Import and comparison are blocked (guards.ts withinPeriod refuses them; the taskpane greys them out). */
export const importAndCompareBlocked = (s: RetentionState): boolean => s.code !== "lopend";

const days = (n: number) => `${n} dag${n === 1 ? "" : "en"}`;

/** The banner text for this role, or undefined when there is nothing to say. */
export function retentionMessage(s: RetentionState, role: Role): string | undefined {
  switch (s.code) {
    case "gesloten":
      return `Het project werd afgesloten op ${s.gesloten}. De persoonsgegevens zijn verwijderd; de evaluatie en het gepseudonimiseerde Logboek blijven. Importeren en vergelijken kan niet meer.`;
    case "niet-begonnen":
      return `Het protocol loopt pas vanaf ${s.start} (over ${days(s.dagenTotStart)}): importeren en vergelijken kan nog niet.`;
    case "lopend":
      if (s.dagenTotEinde > REMINDER_DAYS) return undefined;
      return role === "dpo"
        ? `De protocolperiode eindigt op ${s.einde} (over ${days(s.dagenTotEinde)}). Plan de afsluiting: Logboek controleren, verzegelen, dan ‘Afsluiten’.`
        : `De protocolperiode eindigt op ${s.einde} (over ${days(s.dagenTotEinde)}). Daarna kan niet meer worden geïmporteerd of vergeleken.`;
    case "af-te-sluiten":
      return role === "dpo"
        ? `De protocolperiode liep af op ${s.einde}: de afsluiting is ${days(s.dagenVoorbij)} te laat. Controleer en verzegel het Logboek en kies ‘Afsluiten’ (evaluatie en anonimisering).`
        : `De protocolperiode liep af op ${s.einde}. Importeren en vergelijken kan niet meer; de gegevens moeten worden afgesloten (evaluatie en anonimisering). Verwittig de functionaris gegevensbescherming als dat nog niet gebeurde.`;
  }
}
