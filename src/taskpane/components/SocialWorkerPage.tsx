// The social worker's page: Vergelijk with her own client list (read in memory only), then only the rows listDebtors
// returns (flagged rows first, then client, possible match, continue), searchable, each with the status changes nextStatuses allows — every
// change behind a confirmation.
import { useCallback, useEffect, useState } from "react";
import { Badge, Button, SearchBox, Text, makeStyles, tokens } from "@fluentui/react-components";
import { isFlagged } from "../../domain/recomparison";
import { nextStatuses, type Status } from "../../domain/status";
import type { DebtorRow } from "../../ports/workbook";
import { compareBlockedReason } from "../dpoViewModel";
import { filterDebtors, STATUS_BADGE, transitionLabel, transitionQuestion } from "../viewModel";
import type { RolePageProps } from "./rolePageProps";
import { CompareSection } from "./CompareSection";
import { ConfirmButton } from "./ConfirmButton";
import { ProblemBar, useAction } from "./feedback";
import { Section } from "./Section";

const SHOWN_ROWS = 100;

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  head: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS, alignItems: "baseline", flexWrap: "wrap" },
  actions: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap", marginTop: tokens.spacingVerticalXXS },
});

export function SocialWorkerPage({ services, session, config, today, ribbonRequest }: RolePageProps) {
  const styles = useStyles();
  const action = useAction();
  const [rows, setRows] = useState<readonly DebtorRow[] | undefined>();
  const [query, setQuery] = useState("");
  const [done, setDone] = useState<string | undefined>();
  const { run } = action;

  const load = useCallback(async () => {
    const list = await run("het ophalen van de dossiers", () => services.listDebtors(session));
    if (list) setRows(list);
  }, [run, services, session]);

  useEffect(() => {
    void load();
  }, [load]);

  const change = async (row: DebtorRow, to: Status) => {
    setDone(undefined);
    const result = await run("het wijzigen van de status", () => services.setStatus(session, { rowId: row.record.rowId, to }));
    if (!result) return; // the problem stays visible; "Vernieuwen" reloads the list
    setDone(`Dossier ${row.record.dossiernummer}: ‘${result.from}’ → ‘${result.to}’.`);
    await load();
  };

  const shown = rows ? filterDebtors(rows, query) : [];
  return (
    <>
      <CompareSection
        services={services}
        session={session}
        ribbonRequest={ribbonRequest}
        blockedReason={compareBlockedReason(config, today)}
        onCompared={() => void load()}
      />
      <Section title="Dossiers die het OCMW aangaan" id="dossiers">
        <Text as="p" size={200} style={{ margin: 0 }}>
          Alleen debiteuren die (mogelijk) cliënt zijn van het OCMW. Elke wijziging komt met uw naam, rol en doel in het logboek.
        </Text>
        <SearchBox
          value={query}
          onChange={(_, d) => setQuery(d.value)}
          placeholder="Zoek op dossier, naam, straat of status"
          aria-label="Zoek in de dossiers"
          data-testid="zoeken"
        />
        <ProblemBar shown={action.shown} />
        {done && (
          <Text as="p" role="status" style={{ margin: 0 }} data-testid="status-klaar">
            {done}
          </Text>
        )}
        {rows && (
          <Text as="p" size={200} style={{ margin: 0 }} aria-live="polite" data-testid="aantal-dossiers">
            {shown.length === rows.length ? `${rows.length} dossier(s)` : `${shown.length} van ${rows.length} dossier(s)`}
            {shown.length > SHOWN_ROWS ? `; de eerste ${SHOWN_ROWS} worden getoond, verfijn de zoekopdracht.` : ""}
          </Text>
        )}
        <ul className={styles.list} aria-label="Dossiers">
          {shown.slice(0, SHOWN_ROWS).map((row) => {
            const r = row.record;
            const flagged = isFlagged(r.match);
            return (
              <li key={r.rowId} className={styles.item} data-testid={`dossier-${r.dossiernummer}`} data-gemarkeerd={flagged || undefined}>
                {flagged && (
                  <Badge appearance="filled" color="danger" data-testid="nieuwe-aanwijzing">
                    Nieuwe aanwijzing – te beoordelen; invordering stopgezet tot u beslist
                  </Badge>
                )}
                <div className={styles.head}>
                  <Text weight="semibold">{r.dossiernummer || "(geen dossiernummer)"}</Text>
                  <Badge appearance="tint" color={STATUS_BADGE[r.status]} data-testid="status">
                    {r.status}
                  </Badge>
                </div>
                <Text>
                  {r.voornaam} {r.achternaam}
                </Text>
                <Text size={200}>
                  {r.straat} {r.huisnummer}
                </Text>
                {r.match && (
                  <Text size={200} style={{ color: tokens.colorNeutralForeground3 }}>
                    Match: {r.match}
                  </Text>
                )}
                <div className={styles.actions}>
                  {nextStatuses(r.status, session.rol, flagged).map((to) => (
                    <ConfirmButton
                      key={to}
                      label={transitionLabel(r.status, to)}
                      title="Status wijzigen"
                      question={transitionQuestion(r.dossiernummer, r.status, to)}
                      disabled={action.busy}
                      testId={`naar-${to}`}
                      onConfirm={() => void change(row, to)}
                    />
                  ))}
                </div>
              </li>
            );
          })}
        </ul>
        <div>
          <Button size="small" onClick={() => void load()} disabled={action.busy}>
            Vernieuwen
          </Button>
        </div>
      </Section>
    </>
  );
}
