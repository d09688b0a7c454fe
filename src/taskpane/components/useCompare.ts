// Vergelijk's state and steps: the source (a file read in memory, or the OCMW-cliënten sheet), the run with its
// progress, the result, the ribbon's requests, and deleting the client sheet afterwards.
import { useEffect, useRef, useState } from "react";
import type { ClientSource, CompareReport } from "../../app/compare";
import type { Session } from "../../app/deps";
import { appProblemMessage } from "../../app/problems";
import type { CompareScope } from "../../app/roleView";
import { fileProblemMessage } from "../../domain/messages";
import type { ChosenFile, Progress, TaskpaneServices } from "../useCases";
import { useAction, type Action } from "./feedback";
import { resultAnnouncement } from "./CompareResult";
import type { RibbonCompareRequest } from "./types";

/** The ribbon's Vergelijk found no client sheet (deleted after the last comparison, as advised). */
export const RIBBON_WITHOUT_SHEET =
  "Het blad ‘OCMW-cliënten’ staat niet (meer) in deze werkmap. Kies hieronder het bestand met de OCMW-cliënten en klik op Vergelijk: het wordt alleen gelezen, niet in de werkmap bewaard.";

export interface CompareInput {
  readonly services: TaskpaneServices;
  readonly session: Session;
  readonly scope: CompareScope;
  readonly ribbonRequest?: RibbonCompareRequest;
  onCompared?(): void;
}

export interface Compare {
  readonly action: Action;
  readonly mode: ClientSource["kind"];
  setMode(mode: ClientSource["kind"]): void;
  setFile(file: ChosenFile | undefined): void;
  readonly progress: Progress | undefined;
  readonly report: CompareReport | undefined;
  readonly fromRibbon: boolean;
  readonly sheetDeleted: boolean;
  /** What the live region reads out when a comparison is done. */
  readonly announced: string;
  /** The section (scrolled to for the ribbon) and the result (focused when it arrives). */
  readonly section: React.RefObject<HTMLDivElement | null>;
  readonly result: React.RefObject<HTMLDivElement | null>;
  run(): void;
  deleteSheet(): void;
}

export function useCompare({ services, session, scope, ribbonRequest, onCompared }: CompareInput): Compare {
  const action = useAction();
  const [mode, setMode] = useState<ClientSource["kind"]>("bestand");
  const [file, setFile] = useState<ChosenFile | undefined>();
  const [progress, setProgress] = useState<Progress | undefined>();
  const [report, setReport] = useState<CompareReport | undefined>();
  const [fromRibbon, setFromRibbon] = useState(false);
  const [sheetDeleted, setSheetDeleted] = useState(false);
  const [announced, setAnnounced] = useState("");
  const section = useRef<HTMLDivElement>(null);
  const result = useRef<HTMLDivElement>(null);

  // Focus moves to the result and the live region reads it out, so nobody has to search the pane for it.
  useEffect(() => {
    if (report) result.current?.focus();
  }, [report]);

  const compareWith = async (source: ClientSource, { viaRibbon = false } = {}) => {
    setAnnounced("");
    let noSheet = false;
    const message = (p: Parameters<typeof appProblemMessage>[0]) => {
      noSheet = viaRibbon && p.code === "geen-clientenlijst";
      return noSheet ? RIBBON_WITHOUT_SHEET : appProblemMessage(p);
    };
    const compared = await action.run("het vergelijken", () => services.compare(session, source, setProgress), message);
    setProgress(undefined);
    if (!compared) {
      if (noSheet) askForFile();
      return;
    }
    setReport(compared);
    setAnnounced(resultAnnouncement(compared, scope));
    onCompared?.();
  };

  /** The ribbon found no client sheet: ask for the file here instead, with focus on its button. */
  const askForFile = () => {
    setMode("bestand");
    setFromRibbon(false);
    setTimeout(() => section.current?.querySelector<HTMLButtonElement>("[data-bestand-knop]")?.focus(), 0);
  };

  const start = (viaRibbon: boolean) => {
    setReport(undefined);
    setSheetDeleted(false);
    setFromRibbon(viaRibbon);
  };

  const run = async () => {
    start(false);
    if (mode === "blad") return compareWith({ kind: "blad" });
    if (!file) return action.show({ kind: "problem", text: scope === "own-list" ? "Kies eerst het bestand met uw cliëntenlijst." : "Kies eerst het bestand met de OCMW-cliënten." });
    setProgress({ stap: "Het bestand wordt gelezen…" });
    const list = await action.run("het lezen van de cliëntenlijst", () => services.readListFile(file, "clienten"), fileProblemMessage);
    if (!list) return setProgress(undefined);
    // The rows live only in this call: the file is never written to the workbook or kept by the task pane.
    await compareWith({ kind: "bestand", fileName: file.name, headers: list.headers, rows: list.rows });
  };

  useRibbonRequest(ribbonRequest, () => {
    start(true);
    if (scope === "all-debtors") setMode("blad");
    section.current?.scrollIntoView?.({ block: "start" });
    return compareWith({ kind: "blad" }, { viaRibbon: true });
  });

  const deleteSheet = async () => {
    if (await action.attempt("het verwijderen van het blad OCMW-cliënten", () => services.deleteClientSheet(session))) setSheetDeleted(true);
  };

  return { action, mode, setMode, setFile, progress, report, fromRibbon, sheetDeleted, announced, section, result, run: () => void run(), deleteSheet: () => void deleteSheet() };
}

/** Runs `compare` once per ribbon request, then tells the ribbon it is done (Office waits for it). */
function useRibbonRequest(request: RibbonCompareRequest | undefined, compare: () => Promise<void>): void {
  const handled = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (!request || handled.current === request.id) return;
    handled.current = request.id;
    void compare().finally(() => request.done());
    // Only a new request starts a run; compare is re-created on every render and needs no tracking here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request]);
}
