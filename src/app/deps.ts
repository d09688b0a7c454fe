// What every use case gets: the workbook port, crypto and clock — and the session of the person acting.
import type { Clock, CryptoPort } from "../domain/crypto";
import type { IdentitySource, LogSource } from "../domain/log";
import type { Role } from "../domain/roles";
import type { RoleCodeAttempts } from "../domain/roleCodeThrottle";
import type { WorkbookPort } from "../ports/workbook";

export interface AppDeps {
  readonly workbook: WorkbookPort;
  readonly crypto: CryptoPort;
  readonly clock: Clock;
  /** Minutes east of UTC for log timestamps; defaults to the machine's offset. */
  readonly offsetMinutes?: number;
  /** PBKDF2 iterations for new role codes (tests lower it). */
  readonly roleCodeIterations?: number;
  /**
   * Wrong role codes in a row, for the waiting time (src/domain/roleCodeThrottle.ts). Kept in memory; without it,
   * startSession keeps one record per workbook adapter, i.e. per add-in runtime (see docs/security.md).
   */
  readonly roleCodeAttempts?: { current: RoleCodeAttempts };
}

/** Who acts, in which role, and why: the who/why of every log row. */
export interface Session {
  readonly gebruiker: string;
  readonly identiteit: IdentitySource;
  readonly rol: Role;
  readonly doel: string;
  readonly bron: LogSource;
}

/** Today's date (YYYY-MM-DD) in local time, for protocol period checks. */
export function localDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
