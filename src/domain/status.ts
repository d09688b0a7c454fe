// The statuses of a debtor row (exact Dutch texts, from the protocol where it has them) and who may move between them.
import { err, ok, type Result } from "./result";
import type { Role } from "./roles";

export const STATUS = {
  notCompared: "nog niet vergeleken",
  noClient: "geen cliënt",
  client: "cliënt OCMW",
  possibleMatch: "mogelijke match – te bevestigen",
  continueCollection: "invorderingsprocedure voortzetten",
} as const;

export type Status = (typeof STATUS)[keyof typeof STATUS];

export const ALL_STATUSES: readonly Status[] = Object.values(STATUS);

export function isStatus(value: unknown): value is Status {
  return typeof value === "string" && (ALL_STATUSES as readonly string[]).includes(value);
}

/** Statuses that concern the OCMW: the only rows a social worker sees. */
export function concernsOcmw(status: Status): boolean {
  return status === STATUS.client || status === STATUS.possibleMatch || status === STATUS.continueCollection;
}

/** Collection is halted (no dwangbevel) while the debtor is, or may be, an OCMW client. */
export function collectionHalted(status: Status): boolean {
  return status === STATUS.client || status === STATUS.possibleMatch;
}

/** Transitions a person makes by hand (the comparison's own transitions are in matching). */
const MANUAL_TRANSITIONS: ReadonlyArray<{ from: Status; to: Status; by: Role }> = [
  { from: STATUS.possibleMatch, to: STATUS.client, by: "maatschappelijk-werker" },
  { from: STATUS.possibleMatch, to: STATUS.noClient, by: "maatschappelijk-werker" },
  { from: STATUS.client, to: STATUS.continueCollection, by: "maatschappelijk-werker" },
  { from: STATUS.continueCollection, to: STATUS.client, by: "maatschappelijk-werker" },
];

export type TransitionRefusal =
  | { code: "zelfde-status"; status: Status }
  | { code: "overgang-niet-toegestaan"; from: Status; to: Status }
  | { code: "rol-mag-niet"; from: Status; to: Status; role: Role };

/**
 * A row flagged for review ("nieuwe aanwijzing – te beoordelen", see recomparison.ts) is decided again by the social
 * worker: she keeps her decision (the same status) or chooses client or no client, besides the usual transitions.
 */
function transitionsFrom(from: Status, flagged: boolean): ReadonlyArray<{ from: Status; to: Status; by: Role }> {
  const usual = MANUAL_TRANSITIONS.filter((t) => t.from === from);
  if (!flagged) return usual;
  const by = "maatschappelijk-werker" as const;
  const review = [...new Set([from, STATUS.client, STATUS.noClient])].filter((to) => !usual.some((t) => t.to === to)).map((to) => ({ from, to, by }));
  return [...review, ...usual];
}

export function checkTransition(from: Status, to: Status, role: Role, flagged = false): Result<void, TransitionRefusal> {
  if (from === to && !flagged) return err({ code: "zelfde-status", status: from });
  const allowed = transitionsFrom(from, flagged).filter((t) => t.to === to);
  if (allowed.length === 0) return err({ code: "overgang-niet-toegestaan", from, to });
  if (!allowed.some((t) => t.by === role)) return err({ code: "rol-mag-niet", from, to, role });
  return ok(undefined);
}

/** The statuses a role may choose for a row that now has `from` (for a flagged row, `from` itself: keep the decision). */
export function nextStatuses(from: Status, role: Role, flagged = false): Status[] {
  return transitionsFrom(from, flagged)
    .filter((t) => t.by === role)
    .map((t) => t.to);
}
