// The latest log entries, newest first, with filters by action, user and text (the DPO reads; nothing is changed here).
import { useMemo, useState } from "react";
import { Button, Field, SearchBox, Select, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { LogEntry } from "../../domain/log";
import { distinct, filterLog, NO_LOG_FILTER, type LogFilter } from "../viewModel";
import { ProblemBar, type Shown } from "./feedback";
import { Section } from "./Section";

const SHOWN_ENTRIES = 200;
const COLUMNS = ["Nr", "Tijdstip", "Gebruiker", "Rol", "Actie", "Over", "Veld", "Oude", "Nieuwe"] as const;
/** Short columns never wrap (Nr, Tijdstip, Actie); the others wrap at a readable width. */
const NOWRAP = new Set([0, 1, 4]);

const useStyles = makeStyles({
  filters: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  scroller: { overflowX: "auto", maxHeight: "420px", overflowY: "auto", border: `1px solid ${tokens.colorNeutralStroke2}` },
  table: { width: "max-content", tableLayout: "auto" },
  cell: { fontSize: tokens.fontSizeBase200, verticalAlign: "top", maxWidth: "220px", overflowWrap: "anywhere" },
  nowrap: { fontSize: tokens.fontSizeBase200, verticalAlign: "top", whiteSpace: "nowrap" },
});

const cells = (e: LogEntry): string[] => [String(e.nr), e.tijdstip.replace("T", " "), e.gebruiker, e.rol, e.actie, e.over, e.veld, e.oudeWaarde, e.nieuweWaarde];

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
        De laatste gebeurtenissen eerst ({entries.length} in totaal). Het logboek zelf staat beveiligd op het blad ‘Logboek’.
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
        data-testid="filter-tekst"
      />
      <ProblemBar shown={problem} />
      <Text as="p" size={200} style={{ margin: 0 }} aria-live="polite">
        {shown.length === SHOWN_ENTRIES ? `De laatste ${SHOWN_ENTRIES} passende rijen.` : `${shown.length} rij(en).`}
      </Text>
      <div className={styles.scroller} tabIndex={0} role="region" aria-label="Logboekrijen (horizontaal scrollen)">
        <Table size="extra-small" className={styles.table} aria-label="Logboek" data-testid="logboek-tabel">
          <TableHeader>
            <TableRow>
              {COLUMNS.map((c) => (
                <TableHeaderCell key={c}>{c}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {shown.map((e) => (
              <TableRow key={e.nr} data-testid="logrij">
                {cells(e).map((text, i) => (
                  <TableCell key={COLUMNS[i]} className={NOWRAP.has(i) ? styles.nowrap : styles.cell}>
                    {text}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <div>
        <Button size="small" onClick={onRefresh} disabled={busy}>
          Vernieuwen
        </Button>
      </div>
    </Section>
  );
}
