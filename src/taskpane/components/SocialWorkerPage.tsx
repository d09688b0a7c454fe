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
import { ProblemBar, useAction } from "./feedback";
import { Section } from "./Section";

const SHOWN_ROWS = 100;

type TabKey = "te-doen" | "clienten" | "voortgezet" | "alle";

const TABS: readonly { key: TabKey; label: string; keep(c: Card): boolean }[] = [
  { key: "te-doen", label: "Te doen", keep: (c) => c.waits },
  { key: "clienten", label: "Cliënten", keep: (c) => !c.waits && c.row.record.status === STATUS.client },
  { key: "voortgezet", label: "Voortgezet", keep: (c) => c.row.record.status === STATUS.continueCollection },
  { key: "alle", label: "Alle", keep: () => true },
];

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  tabs: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

export function SocialWorkerPage({ services, session, config, today, ribbonRequest }: RolePageProps) {
  const styles = useStyles();
  const action = useAction();
  const [cards, setCards] = useState<readonly Card[] | undefined>();
  const [tab, setTab] = useState<TabKey | undefined>();
  const [query, setQuery] = useState("");
  const [done, setDone] = useState<string | undefined>();
  const [comparing, setComparing] = useState(false);
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

  const change = async (card: Card, to: Status, reden: string) => {
    setDone(undefined);
    const r = card.row.record;
    const result = await run("het wijzigen van de status", () => services.setStatus(session, { rowId: r.rowId, to, reden }));
    if (!result) return; // the problem stays visible; "Vernieuwen" reloads the list
    await load();
    setDone(`Dossier ${r.dossiernummer}: ‘${result.from}’ → ‘${result.to}’.`);
  };

  const all = cards ?? [];
  const waiting = all.filter((c) => c.waits).length;
  const current = tab ?? (waiting > 0 ? "te-doen" : "alle");
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
        {/* Toggle buttons rather than a TabList: plain Tab stops, no focus sentinels for screen readers to trip on. */}
        <div className={styles.tabs} role="group" aria-label="Welke dossiers">
          {TABS.map((t) => (
            <ToggleButton key={t.key} size="small" checked={current === t.key} onClick={() => setTab(t.key)} data-testid={`tab-${t.key}`}>
              {`${t.label} (${all.filter(t.keep).length})`}
            </ToggleButton>
          ))}
        </div>
        <SearchBox
          value={query}
          onChange={(_, d) => setQuery(d.value)}
          placeholder="Zoek: dossier, naam, straat, status"
          aria-label="Zoek in de dossiers"
          dismiss={{ "aria-label": "Zoekopdracht wissen" }}
          data-testid="zoeken"
        />
        <ProblemBar shown={action.shown} />
        {done && (
          <Text as="p" role="status" tabIndex={-1} ref={doneRef} style={{ margin: 0 }} data-testid="status-klaar">
            {done}
          </Text>
        )}
        {cards && (
          <Text as="p" size={200} style={{ margin: 0 }} aria-live="polite" data-testid="aantal-dossiers">
            {shown.length === inTab.length ? countText(inTab.length, "dossier", "dossiers") : `${shown.length} van ${countText(inTab.length, "dossier", "dossiers")}`}
            {shown.length > SHOWN_ROWS ? `; de eerste ${SHOWN_ROWS} worden getoond, verfijn de zoekopdracht.` : ""}
            {current === "te-doen" && inTab.length === 0 ? ": er wacht niets op u." : ""}
          </Text>
        )}
        <ul className={styles.list} aria-label="Dossiers">
          {shown.slice(0, SHOWN_ROWS).map((card) => (
            <DossierCard key={card.row.record.rowId} card={card} busy={action.busy} onChange={(to, reden) => void change(card, to, reden)} />
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
