// The pane and the shared runtime start with the workbook (PRODUCT.md "Interfaces", "Access at every open").
// - Office.AutoShowTaskpaneWithDocument: a document setting that opens the pane whose TaskpaneId has that reserved
//   name (manifest.xml) when the file opens; it must be saved with settings.saveAsync (docs/develop/
//   automatically-open-a-task-pane-with-a-document.md; MS-OWEMXML TaskpaneId).
// - Office.addin.setStartupBehavior(load): the shared runtime loads with the document next time, so grid logging and
//   the opening log run before anyone opens the pane; document-scoped, and the add-in must have been opened once by
//   hand (docs/develop/run-code-on-document-open.md). SharedRuntime 1.1; elsewhere the pane still auto-opens.

export const AUTO_SHOW_SETTING = "Office.AutoShowTaskpaneWithDocument";

export interface StartupOutcome {
  /** The auto-open setting was written and saved in the document. */
  readonly autoOpen: boolean;
  /** The runtime loads with the document (SharedRuntime 1.1 present and accepted). */
  readonly loadsWithDocument: boolean;
  /** What did not work, in Dutch, for a banner; empty when both did. */
  readonly problems: readonly string[];
}

type OfficeApi = Pick<typeof Office, "context" | "addin" | "StartupBehavior" | "AsyncResultStatus">;

function saveSettings(settings: Office.Settings, status: typeof Office.AsyncResultStatus): Promise<string | undefined> {
  return new Promise((resolve) => {
    settings.saveAsync((result) => resolve(result.status === status.Succeeded ? undefined : (result.error?.message ?? "onbekende fout")));
  });
}

/** At set-up and on every open of a set-up workbook: both calls are idempotent. */
export async function startWithWorkbook(office: OfficeApi): Promise<StartupOutcome> {
  const problems: string[] = [];
  const settings = office.context.document.settings;
  settings.set(AUTO_SHOW_SETTING, true);
  const saveError = await saveSettings(settings, office.AsyncResultStatus);
  if (saveError) problems.push(`Het taakvenster opent niet vanzelf met de werkmap: de instelling kon niet bewaard worden (${saveError}).`);
  let loadsWithDocument = false;
  if (office.context.requirements.isSetSupported("SharedRuntime", "1.1")) {
    try {
      await office.addin.setStartupBehavior(office.StartupBehavior.load);
      loadsWithDocument = true;
    } catch (e) {
      problems.push(`De add-in start niet mee met de werkmap (${(e as Error)?.message ?? String(e)}): openingen zonder taakvenster worden niet gelogd.`);
    }
  } else {
    problems.push("Deze Excel-versie mist SharedRuntime 1.1: de add-in start pas als iemand het taakvenster opent, dus wie de werkmap opent zonder het taakvenster, wordt niet gelogd.");
  }
  return { autoOpen: !saveError, loadsWithDocument, problems };
}
