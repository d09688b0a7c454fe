// The latest log entries, newest first, with filters by action, user and text (the DPO reads; nothing is changed here).
// Made for a 320–450 px pane: one entry per row (what, about whom; when, who), the rest on expanding it; no table.
import { Fragment, useMemo, useState } from "react";
import { Button, Field, SearchBox, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { NOT_ABOUT_A_DEBTOR, type LogEntry } from "../../domain/log";
import { formatMoment } from "../dates";
import { countText, distinct, filterLog, NO_LOG_FILTER, type LogFilter } from "../viewModel";
import { ProblemBar, type Shown } from "./feedback";
import { Section } from "./Section";

const SHOWN_ENTRIES = 200;

const useStyles = makeStyles({
  filters: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  entry: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, overflowWrap: "anywhere" },
  summary: { cursor: "pointer", padding: `${tokens.spacingVerticalXS} 0`, display: "list-item" },
  line: { display: "block" },
  muted: { color: tokens.colorNeutralForeground3 },
  // Labels take at most 40% (they wrap between words), so at 320 px a value such as a role name keeps its words whole.
  details: { margin: `0 0 ${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`, display: "grid", gridTemplateColumns: "fit-content(40%) 1fr", columnGap: tokens.spacingHorizontalS, rowGap: "2px", fontSize: tokens.fontSizeBase200 },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, minWidth: 0 },
});

/** About whom, as a reader says it: the dossier number without the Rij-ID; nothing for events about no debtor. */
const aboutWhom = (over: string): string => (over === NOT_ABOUT_A_DEBTOR ? "" : over.replace(/ \[R\d+\]$/, ""));

/** The details behind one entry, in the order a reader asks. */
function detailsOf(e: LogEntry): [string, string][] {
  const rows: [string, string][] = [
    ["Rol", e.rol],
    ["Over", e.over],
    ["Veld", e.veld],
    ["Oude waarde", e.oudeWaarde],
    ["Nieuwe waarde", e.nieuweWaarde],
    ["Doel", e.doel],
    ["Bron", e.bron],
    ["Identiteit", e.identiteit],
    ["Nr", String(e.nr)],
    ["Tijdstip (zoals gelogd)", e.tijdstip],
  ];
  return rows.filter(([, v]) => v !== "" && v !== NOT_ABOUT_A_DEBTOR);
}

export interface LogViewProps {
  readonly entries: readonly LogEntry[];
  readonly busy: boolean;
  readonly shown: Shown | undefined;
  onRefresh(): void;
}

export function LogView({ entries, busy, shown: problem, onRefresh }: LogViewProps) {
  const styles = useStyles();
  const [filter, setFilter] = useState<LogFilter>(NO_LOG_FILTER);
  const shown = useMemo(() => filterLog(entries, filter, SHOWN_ENTRIES), [entries, filter]);
  const actions = useMemo(() => distinct(entries, "actie"), [entries]);
  const users = useMemo(() => distinct(entries, "gebruiker"), [entries]);

  return (
    <Section title="Logboek" id="logboek">
      <Text as="p" size={200} style={{ margin: 0 }}>
        De laatste gebeurtenissen eerst ({entries.length} in totaal); open een gebeurtenis voor alle gegevens. Het logboek zelf staat beveiligd op het blad
        ‘Logboek’.
      </Text>
      <div className={styles.filters}>
        <Field label="Actie">
          <Select value={filter.actie} onChange={(_, d) => setFilter({ ...filter, actie: d.value })} data-testid="filter-actie">
            <option value="">Alle acties</option>
            {actions.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Gebruiker">
          <Select value={filter.gebruiker} onChange={(_, d) => setFilter({ ...filter, gebruiker: d.value })} data-testid="filter-gebruiker">
            <option value="">Alle gebruikers</option>
            {users.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <SearchBox
        value={filter.tekst}
        onChange={(_, d) => setFilter({ ...filter, tekst: d.value })}
        placeholder="Zoek in het logboek"
        aria-label="Zoek in het logboek"
        dismiss={{ "aria-label": "Zoekopdracht wissen" }}
        data-testid="filter-tekst"
      />
      <ProblemBar shown={problem} />
      <Text as="p" size={200} style={{ margin: 0 }} aria-live="polite" data-testid="aantal-logrijen">
        {shown.length === SHOWN_ENTRIES ? `De laatste ${SHOWN_ENTRIES} passende gebeurtenissen.` : countText(shown.length, "gebeurtenis", "gebeurtenissen")}
      </Text>
      <ul className={styles.list} aria-label="Gebeurtenissen in het logboek, de nieuwste eerst" data-testid="logboek-lijst">
        {shown.map((e) => (
          <LogItem key={e.nr} entry={e} />
        ))}
      </ul>
      <div>
        <Button size="small" onClick={onRefresh} disabled={busy}>
          Vernieuwen
        </Button>
      </div>
    </Section>
  );
}

/** One entry: what and about whom, when and who; the rest when it is opened. */
function LogItem({ entry: e }: { entry: LogEntry }) {
  const styles = useStyles();
  const about = aboutWhom(e.over);
  return (
    <li className={styles.entry} data-testid="logrij">
      <details>
        <summary className={styles.summary}>
          <span className={styles.line}>
            <strong data-testid="log-wat">{e.actie}</strong>
            {about && <span data-testid="log-over"> · {about}</span>}
          </span>
          <span className={`${styles.line} ${styles.muted}`}>
            <span data-testid="log-wanneer">{formatMoment(e.tijdstip)}</span> · <span data-testid="log-wie">{e.gebruiker}</span>
          </span>
        </summary>
        <dl className={styles.details}>
          {detailsOf(e).map(([term, value]) => (
            <Fragment key={term}>
              <dt className={styles.term}>{term}</dt>
              <dd className={styles.value}>{value}</dd>
            </Fragment>
          ))}
        </dl>
      </details>
    </li>
  );
}
