// Types the task pane's components share, in their own module so that App, the role pages and their sections never
// import each other for a type (`npm run boundaries` counts type-only cycles).
import type { Session } from "../../app/deps";
import type { ProtocolConfig } from "../../domain/protocol";
import type { Role } from "../../domain/roles";
import type { TaskpaneServices } from "../useCases";

/** A part of a role page to bring into view and focus when it opens: the DPO's close, after "Afsluiten". */
export type PageFocus = "close";

/** A role switch offered for a purpose: the debtor team's "Afsluiten" link preselects the DPO and opens its close. */
export interface SwitchRequest {
  readonly role?: Role;
  readonly reason?: string;
  readonly then?: PageFocus;
}

/** The ribbon asked for Vergelijk: run it from the OCMW-cliënten sheet, then call done (Office waits for it). */
export interface RibbonCompareRequest {
  readonly id: number;
  done(): void;
}

export interface RolePageProps {
  readonly services: TaskpaneServices;
  readonly session: Session;
  readonly config: ProtocolConfig;
  readonly today: string;
  readonly focus?: PageFocus;
  readonly ribbonRequest?: RibbonCompareRequest;
  /** The workbook's configuration changed (closed, or changed on the Instellingen page): read it again. */
  onConfigChanged(): Promise<void>;
  onSwitchRole(request: SwitchRequest): void;
}
