// Use case: every configuration write (set-up, the Instellingen page, closing) goes through here, so the log records
// each edit and the digest of the configuration as written (PRODUCT.md "Configuration is in the chain").
import { configDigestText, withProtection, type ConfigDigest } from "../domain/configDigest";
import { LOG_ACTION, type LogDraft } from "../domain/log";
import type { ProtocolConfig } from "../domain/protocol";
import type { StoredState } from "../ports/workbook";
import { commit, draft } from "./commit";
import type { AppDeps, Session } from "./deps";

export interface ConfigurationEdit {
  readonly field: string;
  readonly before: string;
  readonly after: string;
}

/**
 * The row that carries the configuration digest: Veld "configuratie", Nieuwe waarde configDigestText. Verification
 * compares the configuration in the state sheet with the last such row.
 */
export function configurationRecordDraft(session: Session, digest: ConfigDigest): LogDraft {
  return draft(session, { actie: LOG_ACTION.configuratieVastgelegd, veld: "configuratie", nieuweWaarde: configDigestText(digest) });
}

/** The digest `next` will have in the state sheet: the protection password does not change with the configuration. */
export const digestAfterChange = (state: Pick<StoredState, "configDigest">, next: ProtocolConfig): ConfigDigest => withProtection(next, state.configDigest.beveiliging);

/**
 * Writes `next` (already validated) with one log row per edit plus the configuration digest, in one apply. A reason
 * is appended to each edit's Nieuwe waarde (" — reden: …"), as the Instellingen page's rows show it.
 */
export async function changeConfiguration(
  deps: AppDeps,
  session: Session,
  state: StoredState,
  next: ProtocolConfig,
  edits: readonly ConfigurationEdit[],
  reason?: string,
): Promise<void> {
  if (state.config.gesloten) throw new Error("changeConfiguration: the project is closed; the caller must refuse (project-afgesloten).");
  if (edits.length === 0) throw new Error("changeConfiguration: no edits to record.");
  const because = reason ? ` — reden: ${reason}` : "";
  const rows = edits.map((e) => draft(session, { actie: LOG_ACTION.configuratieGewijzigd, veld: e.field, oudeWaarde: e.before, nieuweWaarde: `${e.after}${because}` }));
  await commit(deps, session, state, [...rows, configurationRecordDraft(session, digestAfterChange(state, next))], { config: next });
}
