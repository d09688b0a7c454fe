// The props every role page gets from App, in their own module so App and the pages do not import each other.
import type { Session } from "../../app/deps";
import type { ProtocolConfig } from "../../domain/protocol";
import type { Role } from "../../domain/roles";
import type { TaskpaneServices } from "../useCases";
import type { RibbonCompareRequest } from "./CompareSection";

/** A role switch offered for a purpose: the debtor team's "Afsluiten" link preselects the DPO and opens its close. */
export interface SwitchRequest {
  readonly role?: Role;
  readonly reason?: string;
  readonly then?: "afsluiten";
}

export interface RolePageProps {
  readonly services: TaskpaneServices;
  readonly session: Session;
  readonly config: ProtocolConfig;
  readonly today: string;
  readonly focus?: "afsluiten";
  readonly ribbonRequest?: RibbonCompareRequest;
  /** The workbook's configuration changed (closed, or changed on the Instellingen page): read it again. */
  onConfigChanged(): Promise<void>;
  onSwitchRole(request: SwitchRequest): void;
}
