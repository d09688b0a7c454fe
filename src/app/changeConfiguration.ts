// Writes a new protocol configuration with one log row per edit, in one apply. Every configuration change (the
// Instellingen use cases) goes through here, so the configuration's integrity can be bound to the chain in one place.
import { LOG_ACTION } from "../domain/log";
import type { ProtocolConfig } from "../domain/protocol";
import type { StoredState } from "../ports/workbook";
import { commit, draft } from "./commit";
import type { AppDeps, Session } from "./deps";

export interface ConfigurationEdit {
  readonly field: string;
  readonly before: string;
  readonly after: string;
}

/** Writes `next` (already validated) with one log row per edit, in one apply (issue 11 adds the configuration digest). */
export async function changeConfiguration(
  deps: AppDeps,
  session: Session,
  state: StoredState,
  next: ProtocolConfig,
  edits: readonly ConfigurationEdit[],
  reason?: string,
): Promise<void> {
  const because = reason ? ` — reden: ${reason}` : "";
  const drafts = edits.map((e) => draft(session, { actie: LOG_ACTION.configuratieGewijzigd, veld: e.field, oudeWaarde: e.before, nieuweWaarde: `${e.after}${because}` }));
  await commit(deps, session, state, drafts, { config: next });
}
