// The social worker's page: first what waits on her (new indications, possible matches to confirm or reject), then
// the other dossiers that concern the OCMW, as cards (DossierCard) behind filters with counts; the cards follow grid edits
// live. Comparing with her own client list sits folded below the list.
import { useCallback, useEffect, useRef, useState } from "react";
import { Button, SearchBox, Text, ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import type { DossierCard as Card } from "../../app/workerDossiers";
import { STATUS, type Status } from "../../domain/status";
import { compareBlockedReason } from "../dpoViewModel";
import { countText, filterDebtors } from "../viewModel";
import type { RolePageProps } from "./types";
import { CompareSection } from "./CompareSection";
import { DossierCard } from "./DossierCard";
import { ProblemBar, useAction, type Action } from "./feedback";
import { Section } from "./Section";

const SHOWN_ROWS = 100;

type TabKey = "to-do" | "clients" | "continued" | "all";

const TABS: readonly { key: TabKey; testId: string; label: string; keep(c: Card): boolean }[] = [
  { key: "to-do", testId: "te-doen", label: "Te doen", keep: (c) => c.waits },
  { key: "clients", testId: "clienten", label: "Cliënten", keep: (c) => !c.waits && c.row.record.status === STATUS.client },
  { key: "continued", testId: "voortgezet", label: "Voortgezet", keep: (c) => c.row.record.status === STATUS.continueCollection },
  { key: "all", testId: "alle", label: "Alle", keep: () => true },
];

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  tabs: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

export function SocialWorkerPage({ services, session, config, today, ribbonRequest }: RolePageProps) {
  const styles = useStyles();
  const dossiers = useDossierCards(services, session);
  const { action, load } = dossiers;
  const [tab, setTab] = useState<TabKey | undefined>();
  const [query, setQuery] = useState("");
  const [comparing, setComparing] = useState(false);

  const all = dossiers.cards ?? [];
  const waiting = all.filter((c) => c.waits).length;
  const current = tab ?? (waiting > 0 ? "to-do" : "all");
  const inTab = all.filter(TABS.find((t) => t.key === current)!.keep);
  const shownRows = new Set(filterDebtors(inTab.map((c) => c.row), query));
  const shown = inTab.filter((c) => shownRows.has(c.row));
  return (
    <>
      <Section title="Dossiers die het OCMW aangaan" id="dossiers">
        <Text as="p" size={200} style={{ margin: 0 }}>
          Alleen debiteuren die (mogelijk) cliënt zijn van het OCMW. Wat op u wacht, staat onder ‘Te doen’. Elke wijziging komt met uw naam, rol en doel in het
          logboek.
        </Text>
        <DossierFilters cards={all} current={current} onTab={setTab} query={query} onQuery={setQuery} />
        <ProblemBar shown={action.shown} />
        {dossiers.done && (
          <Text as="p" role="status" tabIndex={-1} ref={dossiers.doneRef} style={{ margin: 0 }} data-testid="status-klaar">
            {dossiers.done}
          </Text>
        )}
        {dossiers.cards && <DossierCount shown={shown.length} inTab={inTab.length} nothingToDo={current === "to-do" && inTab.length === 0} />}
        <ul className={styles.list} aria-label="Dossiers">
          {shown.slice(0, SHOWN_ROWS).map((card) => (
            <DossierCard key={card.row.record.rowId} card={card} busy={action.busy} onChange={(to, reason) => dossiers.change(card, to, reason)} />
          ))}
        </ul>
        <div>
          <Button size="small" onClick={() => void load()} disabled={action.busy}>
            Vernieuwen
          </Button>
        </div>
      </Section>
      {comparing || ribbonRequest ? (
        <CompareSection
          services={services}
          session={session}
          ribbonRequest={ribbonRequest}
          blockedReason={compareBlockedReason(config, today)}
          onCompared={() => void load()}
        />
      ) : (
        <div>
          <Button onClick={() => setComparing(true)} aria-expanded={false} data-testid="eigen-lijst-openen">
            Vergelijk met een eigen cliëntenlijst
          </Button>
        </div>
      )}
    </>
  );
}

interface DossierFiltersProps {
  readonly cards: readonly Card[];
  readonly current: TabKey;
  onTab(tab: TabKey): void;
  readonly query: string;
  onQuery(query: string): void;
}

/** The tabs with their counts, and the search over the tab's dossiers. */
function DossierFilters({ cards, current, onTab, query, onQuery }: DossierFiltersProps) {
  const styles = useStyles();
  return (
    <>
      {/* Toggle buttons rather than a TabList: plain Tab stops, no focus sentinels for screen readers to trip on. */}
      <div className={styles.tabs} role="group" aria-label="Welke dossiers">
        {TABS.map((t) => (
          <ToggleButton key={t.key} size="small" checked={current === t.key} onClick={() => onTab(t.key)} data-testid={`tab-${t.testId}`}>
            {`${t.label} (${cards.filter(t.keep).length})`}
          </ToggleButton>
        ))}
      </div>
      <SearchBox
        value={query}
        onChange={(_, d) => onQuery(d.value)}
        placeholder="Zoek: dossier, naam, straat, status"
        aria-label="Zoek in de dossiers"
        dismiss={{ "aria-label": "Zoekopdracht wissen" }}
        data-testid="zoeken"
      />
    </>
  );
}

/** "3 dossiers", or "2 van 3 dossiers" while searching; more than SHOWN_ROWS asks to search. */
function DossierCount({ shown, inTab, nothingToDo }: { shown: number; inTab: number; nothingToDo: boolean }) {
  return (
    <Text as="p" size={200} style={{ margin: 0 }} aria-live="polite" data-testid="aantal-dossiers">
      {shown === inTab ? countText(inTab, "dossier", "dossiers") : `${shown} van ${countText(inTab, "dossier", "dossiers")}`}
      {shown > SHOWN_ROWS ? `; de eerste ${SHOWN_ROWS} worden getoond, verfijn de zoekopdracht.` : ""}
      {nothingToDo ? ": er wacht niets op u." : ""}
    </Text>
  );
}

interface DossierCards {
  readonly action: Action;
  readonly cards: readonly Card[] | undefined;
  /** The last status change, read out and focused. */
  readonly done: string | undefined;
  readonly doneRef: React.RefObject<HTMLParagraphElement | null>;
  load(): Promise<void>;
  change(card: Card, to: Status, reason: string): void;
}

/** The cards, read again after a status change and after every grid edit (logged or refused). */
function useDossierCards(services: RolePageProps["services"], session: RolePageProps["session"]): DossierCards {
  const action = useAction();
  const [cards, setCards] = useState<readonly Card[] | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const doneRef = useRef<HTMLParagraphElement>(null);
  const { run } = action;

  const load = useCallback(async () => {
    const list = await run("het ophalen van de dossiers", () => services.listDossierCards(session));
    if (list) setCards(list);
  }, [run, services, session]);

  useEffect(() => {
    void load();
  }, [load]);
  // Live: an edit in the grid (logged or refused) may change a status, so the cards are read again.
  useEffect(() => services.onGridNotice((n) => n.kind === "bewerkingen" && void load()), [services, load]);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const change = async (card: Card, to: Status, reason: string) => {
    setDone(undefined);
    const r = card.row.record;
    const result = await run("het wijzigen van de status", () => services.setStatus(session, { rowId: r.rowId, to, reden: reason }));
    if (!result) return; // the problem stays visible; "Vernieuwen" reloads the list
    await load();
    setDone(`Dossier ${r.dossiernummer}: ‘${result.from}’ → ‘${result.to}’.`);
  };
  return { action, cards, done, doneRef, load, change: (card, to, reason) => void change(card, to, reason) };
}
