// Use case: the debtor team sets up a new workbook (layout, protocol configuration, role codes), logged.
import { LOG_ACTION } from "../domain/log";
import { countOf } from "../domain/messages";
import { validateConfig, type ProtocolConfig } from "../domain/protocol";
import { err, ok, type Result } from "../domain/result";
import { hashRoleCode, roleCodeProblem, type RoleCodeHash } from "../domain/roleCode";
import { ROLE_LABEL, type Role } from "../domain/roles";
import { GENESIS } from "../domain/chain";
import { configDigest } from "../domain/configDigest";
import { configurationRecordDraft } from "./changeConfiguration";
import { commit, draft } from "./commit";
import type { AppDeps, Session } from "./deps";
import { allowed } from "./guards";
import type { AppProblem } from "./problems";

export interface SetUpInput {
  readonly config: ProtocolConfig;
  /** Plain role codes, hashed here; only the salted slow hash is stored. */
  readonly roleCodes: Partial<Record<Role, string>>;
}

export async function setUpWorkbook(deps: AppDeps, session: Session, input: SetUpInput): Promise<Result<ProtocolConfig, AppProblem>> {
  const permitted = allowed(session, "werkmap-instellen");
  if (!permitted.ok) return permitted;
  const existing = await deps.workbook.readState();
  if (existing.ok) return err({ code: "al-ingesteld" });
  if (existing.error.code !== "niet-ingesteld") return existing;

  for (const code of Object.values(input.roleCodes)) {
    const problem = code === undefined ? undefined : roleCodeProblem(code);
    if (problem) return err({ code: "ongeldige-configuratie", detail: problem });
  }
  const rolcodes: Partial<Record<Role, RoleCodeHash>> = {};
  for (const [role, code] of Object.entries(input.roleCodes) as [Role, string | undefined][]) {
    if (code) rolcodes[role] = await hashRoleCode(code, deps.crypto, deps.roleCodeIterations);
  }
  const checked = validateConfig({ ...input.config, rolcodes });
  if (!checked.ok) return err({ code: "ongeldige-configuratie", detail: checked.error.detail });
  const config = checked.value;

  const drafts = [
    draft(session, {
      actie: LOG_ACTION.werkmapIngesteld,
      veld: "protocolperiode",
      nieuweWaarde: `${config.naam}: ${config.start} – ${config.einde}`,
    }),
    draft(session, { actie: LOG_ACTION.configuratieGewijzigd, veld: "leden", nieuweWaarde: countOf(config.leden.length, "lid", "leden") }),
    ...(Object.keys(rolcodes) as Role[]).map((role) =>
      draft(session, { actie: LOG_ACTION.configuratieGewijzigd, veld: "rolcode", nieuweWaarde: `rolcode ingesteld voor ${ROLE_LABEL[role]}` }),
    ),
  ];
  // The protection password is made here, not in the adapter, so that its digest is in the set-up's configuration row.
  const password = deps.crypto.randomHex(16);
  await commit(deps, session, { head: GENESIS }, [...drafts, configurationRecordDraft(session, configDigest(config, password))], { setup: { config, password } });
  return ok(config);
}
