// The DPO's page: check, seal and export the Logboek, the compliance report, the latest log entries with filters,
// and Afsluiten. Every tool adds a log row, so the log view reloads after each one.
import { useCallback, useEffect, useState } from "react";
import type { LogEntry } from "../../domain/log";
import type { RolePageProps } from "./types";
import { CloseSection } from "./CloseSection";
import { LogExportSection, ReportSection, SealSection, VerifySection } from "./DpoTools";
import { useAction } from "./feedback";
import { LogView } from "./LogView";

export function DpoPage({ services, session, config, focus, onConfigChanged }: RolePageProps) {
  const action = useAction();
  const [entries, setEntries] = useState<readonly LogEntry[]>([]);
  const { run } = action;
  // Bumped by Afsluiten: the tools remount, so no result from before the close stays on screen.
  const [generation, setGeneration] = useState(0);

  const load = useCallback(async () => {
    const log = await run("het lezen van het logboek", () => services.readLog(session));
    if (log) setEntries(log);
  }, [run, services, session]);

  useEffect(() => {
    void load();
  }, [load]);

  const tools = { services, session, onLogged: () => void load() };
  return (
    <>
      <VerifySection key={`controle-${generation}`} {...tools} />
      <SealSection key={`zegel-${generation}`} {...tools} />
      <LogExportSection key={`export-${generation}`} {...tools} />
      <ReportSection key={`rapport-${generation}`} {...tools} />
      <LogView entries={entries} busy={action.busy} shown={action.shown} onRefresh={() => void load()} />
      <CloseSection
        services={services}
        session={session}
        closedOn={config.gesloten}
        focus={focus === "close"}
        onClosed={() => {
          setGeneration((g) => g + 1);
          void load();
          void onConfigChanged();
        }}
      />
    </>
  );
}
