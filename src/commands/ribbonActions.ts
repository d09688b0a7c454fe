// What the ribbon's function commands do. A hook for the lead: it will run the use cases in the shared
// runtime (same page and module instances as the task pane), so the ribbon and the task pane share state.

/**
 * Runs "Vergelijk" from the ribbon button (manifest: ExecuteFunction "vergelijk").
 * TODO(lead): wire to the compare use case of the shared runtime and show the outcome (or a Dutch error
 * message) in the task pane; expected failures should come back as typed results, not as exceptions.
 */
export async function runCompareFromRibbon(): Promise<void> {
  throw new Error("runCompareFromRibbon is not wired yet");
}
