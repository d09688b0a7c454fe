// Guessing role codes: the first 5 wrong codes in a row cost nothing; after that each attempt waits, 30 s after the
// 5th wrong code, doubling with every further one, at most 15 minutes. A right code starts the count again.
// Pure: the caller keeps the record and passes the time (ms since the epoch).

export interface RoleCodeAttempts {
  /** Wrong codes in a row. */
  readonly failures: number;
  /** When the last wrong code was typed (ms since the epoch). */
  readonly lastFailureAt?: number;
}

export const NO_FAILURES: RoleCodeAttempts = Object.freeze({ failures: 0 });

export const FREE_ATTEMPTS = 5;
export const FIRST_DELAY_SECONDS = 30;
export const MAX_DELAY_SECONDS = 15 * 60;

/** The wait imposed after `failures` wrong codes in a row, in seconds (0 up to FREE_ATTEMPTS). */
export function delayAfter(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(MAX_DELAY_SECONDS, FIRST_DELAY_SECONDS * 2 ** Math.min(failures - FREE_ATTEMPTS, 10));
}

/** Whole seconds left before the next code may be checked (0: now). */
export function secondsToWait(attempts: RoleCodeAttempts, nowMs: number): number {
  if (attempts.lastFailureAt === undefined) return 0;
  const until = attempts.lastFailureAt + delayAfter(attempts.failures) * 1000;
  return Math.max(0, Math.ceil((until - nowMs) / 1000));
}

export function afterFailure(attempts: RoleCodeAttempts, nowMs: number): RoleCodeAttempts {
  return { failures: attempts.failures + 1, lastFailureAt: nowMs };
}
