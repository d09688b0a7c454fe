// Grid-edit logging as the task pane sees it: one watcher per workbook (the host wires src/excel-events/gridEvents.ts into
// `start`), told who sits at Excel now, started once a session exists, and reporting edits and loud problems.
import type { Session } from "../app/deps";
import type { AppProblem } from "../app/problems";
import type { GridEditReport, GridRefusal } from "../app/recordGridEdits";

/** What the task pane shows about grid edits: logged and refused cells, a loud problem, or a failure while logging. */
export type GridNotice =
  | { readonly kind: "bewerkingen"; readonly accepted: number; readonly refused: readonly GridRefusal[] }
  | { readonly kind: "probleem"; readonly problem: AppProblem }
  | { readonly kind: "fout"; readonly technical: string };

export interface GridHooks {
  session(): Session | undefined;
  onEdits(report: GridEditReport): void;
  onProblem(problem: AppProblem): void;
  onError(error: unknown): void;
}

/** Starts the host's grid logging; `active` is false where the host has no worksheet events. */
export type GridLoggingStarter = (hooks: GridHooks) => Promise<{ readonly active: boolean }>;

export interface GridWatcher {
  /** Who sits at Excel now; undefined when nobody does (edits are then found by the digest check on the next open). */
  setSession(session: Session | undefined): void;
  /** Starts logging on the first call (after the workbook was opened and reconciled); later calls wait for that start. */
  ensureStarted(): Promise<boolean>;
  subscribe(listener: (notice: GridNotice) => void): () => void;
}

export function createGridWatcher(start: GridLoggingStarter): GridWatcher {
  let session: Session | undefined;
  let started: Promise<boolean> | undefined;
  const listeners = new Set<(notice: GridNotice) => void>();
  const tell = (notice: GridNotice) => listeners.forEach((l) => l(notice));
  return {
    setSession(next) {
      session = next;
    },
    ensureStarted() {
      started ??= start({
        session: () => session,
        onEdits: (r) => tell({ kind: "bewerkingen", accepted: r.accepted, refused: r.refused }),
        onProblem: (problem) => tell({ kind: "probleem", problem }),
        onError: (e) => tell({ kind: "fout", technical: e instanceof Error ? `${e.name}: ${e.message}` : String(e) }),
      }).then(
        (g) => g.active,
        (e: unknown) => {
          // Starting failed (the sheet could not be read): try again with the next session rather than never.
          started = undefined;
          throw e;
        },
      );
      return started;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
