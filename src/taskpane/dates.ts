// Dates as people read them in the task pane: dd/mm/jjjj and dd/mm/jjjj uu:mm in Europe/Brussels time. The log keeps
// (and hashes) its ISO 8601 form; this is only how it is shown.

const BRUSSELS = new Intl.DateTimeFormat("nl-BE", {
  timeZone: "Europe/Brussels",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** "2026-12-04T16:52:18+00:00" → "04/12/2026 17:52" (Brussels time); text that is no moment is returned as it is. */
export function formatMoment(iso: string): string {
  const time = Date.parse(iso);
  if (!/^\d{4}-\d\d-\d\dT/.test(iso) || Number.isNaN(time)) return iso;
  const part = Object.fromEntries(BRUSSELS.formatToParts(new Date(time)).map((p) => [p.type, p.value]));
  return `${part.day}/${part.month}/${part.year} ${part.hour}:${part.minute}`;
}

/** "2026-12-04" → "04/12/2026" (a calendar date: no time zone involved); other text is returned as it is. */
export function formatDay(isoDate: string): string {
  const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(isoDate);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : isoDate;
}

/** "04/12/2026" for every ISO date in a sentence (messages of the app quote the configuration's ISO dates). */
export const withDutchDays = (text: string): string => text.replace(/\b\d{4}-\d\d-\d\d\b/g, formatDay);
