// Ribbon function commands (manifest ExecuteFunction). The build loads this on taskpane.html too, which is
// also the shared runtime's page, so the commands share module state with the task pane; commands.html
// loads it alone for debugging without the task pane.
import { runCompareFromRibbon } from "./ribbonActions";

/** Ribbon button "Vergelijk". Office waits for event.completed(), also when the comparison fails. */
export async function vergelijk(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await runCompareFromRibbon();
  } finally {
    event.completed();
  }
}

// office.js is absent when the bundle runs outside Office (tests, a page opened directly in a browser).
if (typeof Office !== "undefined") {
  Office.actions.associate("vergelijk", vergelijk);
}
