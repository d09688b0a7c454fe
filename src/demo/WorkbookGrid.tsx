// The demo's stand-in for Excel's grid: sheet tabs (very hidden sheets left out, as Excel does) and a simple table
// of the used range. Double-click (or Enter/F2 on the focused cell) edits a cell through host.userEdit, so the
// worksheet protection applies exactly as in Excel; re-renders on every change of the in-memory workbook.
import { useEffect, useMemo, useReducer, useRef, useState, type KeyboardEvent } from "react";
import { MessageBar, MessageBarBody, Tab, TabList, Text, makeStyles, tokens } from "@fluentui/react-components";
import { columnLetter } from "@debiteurencheck/memory-excel/a1";
import { SHEET } from "../domain/layout";
import { listAt, type MemoryExcel } from "@debiteurencheck/memory-excel";

/** Enough for the demo's sheets; a larger sheet shows its first rows and says so. */
const MAX_GRID_ROWS = 400;

const useStyles = makeStyles({
  wrap: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minHeight: 0, flexGrow: 1 },
  scroller: { overflow: "auto", flexGrow: 1, minHeight: 0, border: `1px solid ${tokens.colorNeutralStroke1}`, backgroundColor: tokens.colorNeutralBackground1 },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyBase },
  corner: { position: "sticky", top: 0, left: 0, zIndex: 3, backgroundColor: tokens.colorNeutralBackground3, border: `1px solid ${tokens.colorNeutralStroke2}` },
  colHead: {
    position: "sticky", top: 0, zIndex: 2, backgroundColor: tokens.colorNeutralBackground3, border: `1px solid ${tokens.colorNeutralStroke2}`,
    fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground3, padding: "0 4px",
  },
  rowHead: {
    position: "sticky", left: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground3, border: `1px solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground3, textAlign: "right", padding: "0 4px", fontWeight: tokens.fontWeightRegular,
  },
  cell: { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: "1px 4px", whiteSpace: "nowrap", maxWidth: "260px", overflow: "hidden", textOverflow: "ellipsis", cursor: "cell" },
  locked: { backgroundColor: tokens.colorNeutralBackground5, color: tokens.colorNeutralForeground2 },
  header: { fontWeight: tokens.fontWeightSemibold },
  focused: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  editor: { width: "100%", minWidth: "120px", font: "inherit", border: "none", padding: 0, outline: "none" },
  legend: { color: tokens.colorNeutralForeground3 },
});

interface Focus {
  readonly row: number;
  readonly col: number;
}

export function WorkbookGrid({ host }: { host: MemoryExcel }) {
  const styles = useStyles();
  const [version, bump] = useReducer((n: number) => n + 1, 0);
  useEffect(() => host.subscribe(bump), [host]);
  const sheets = host.model.sheets.filter((s) => s.visibility !== "VeryHidden");
  const [selected, setSelected] = useState<string>(SHEET.debtors);
  const sheet = sheets.find((s) => s.name === selected) ?? sheets[0];
  const [focus, setFocus] = useState<Focus>({ row: 0, col: 0 });
  const [editing, setEditing] = useState<{ row: number; col: number; text: string } | undefined>();
  const [refusal, setRefusal] = useState<string | undefined>();
  const table = useRef<HTMLTableElement>(null);
  // Focus follows the active cell only after keyboard moves or edits, never on first render (it would steal focus).
  const moved = useRef(false);

  const view = useMemo(() => {
    if (!sheet) return undefined;
    const used = sheet.usedRect(true);
    const rows = used ? Math.min(used.row + used.rows, MAX_GRID_ROWS) : 1;
    const cols = used ? used.col + used.cols : 1;
    const address = `A1:${columnLetter(cols - 1)}${rows}`;
    const read = host.model.read(sheet.name, address);
    return { rows, cols, text: read.text, locked: read.locked, protectedSheet: sheet.protection.protected, truncated: used ? used.row + used.rows > MAX_GRID_ROWS : false, total: used ? used.row + used.rows : 0 };
    // `version` changes whenever the model does: the model itself is mutated in place.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [host, sheet, version]);

  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    table.current?.querySelector<HTMLElement>("td[tabindex='0']")?.focus();
  }, [focus]);

  if (!sheet || !view) return null;

  const commit = (row: number, col: number, text: string) => {
    setEditing(undefined);
    moved.current = true;
    setFocus({ row, col });
    const address = `${columnLetter(col)}${row + 1}`;
    const result = host.userEdit(sheet.name, address, [[text]]);
    setRefusal(
      result.ok
        ? undefined
        : `Cel ${address} op ‘${sheet.name}’ is vergrendeld (bladbeveiliging voor de huidige rol). Excel weigert deze wijziging op dezelfde manier.`,
    );
  };

  const startEdit = (row: number, col: number) => {
    setRefusal(undefined);
    setEditing({ row, col, text: view.text[row]?.[col] ?? "" });
  };

  /** The cell an event happened in (one handler on the table instead of three per cell: the grid renders faster). */
  const cellOf = (target: EventTarget): Focus | undefined => {
    const td = (target as HTMLElement).closest?.("td[data-r]");
    return td ? { row: Number(td.getAttribute("data-r")), col: Number(td.getAttribute("data-c")) } : undefined;
  };

  const onKey = (e: KeyboardEvent<HTMLTableElement>) => {
    const at = cellOf(e.target);
    if (!at || editing) return;
    const { row, col } = at;
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      moved.current = true;
      setFocus({ row: Math.max(0, Math.min(view.rows - 1, row + move[0])), col: Math.max(0, Math.min(view.cols - 1, col + move[1])) });
    } else if (e.key === "Enter" || e.key === "F2") {
      e.preventDefault();
      startEdit(row, col);
    }
  };

  return (
    <div className={styles.wrap}>
      <TabList selectedValue={sheet.name} onTabSelect={(_, d) => (setSelected(String(d.value)), setFocus({ row: 0, col: 0 }), setEditing(undefined), setRefusal(undefined))} size="small" aria-label="Werkbladen">
        {sheets.map((s) => (
          <Tab key={s.id} value={s.name} data-testid={`blad-${s.name}`}>
            {s.visibility === "Hidden" ? `${s.name} (verborgen)` : s.name}
          </Tab>
        ))}
      </TabList>
      <Text size={200} className={styles.legend}>
        {view.protectedSheet ? "Blad beveiligd: grijze cellen zijn vergrendeld. " : "Blad niet beveiligd. "}
        Dubbelklik op een cel (of Enter) om ze te wijzigen, zoals in Excel.
        {view.truncated ? ` De eerste ${MAX_GRID_ROWS} van ${view.total} rijen worden getoond.` : ""}
      </Text>
      {refusal && (
        <MessageBar intent="warning" data-testid="raster-geweigerd" layout="multiline">
          <MessageBarBody>{refusal}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.scroller}>
        <table
          ref={table}
          className={styles.table}
          onClick={(e) => {
            const at = cellOf(e.target);
            if (at && !editing) setFocus(at);
          }}
          onDoubleClick={(e) => {
            const at = cellOf(e.target);
            if (at && !editing) startEdit(at.row, at.col);
          }}
          onKeyDown={onKey}
          role="grid" aria-label={`Blad ${sheet.name}`} data-testid="raster" data-blad={sheet.name} data-rijen={view.total}>
          <thead>
            <tr>
              <th className={styles.corner} aria-hidden="true" />
              {Array.from({ length: view.cols }, (_, c) => (
                <th key={c} scope="col" className={styles.colHead}>
                  {columnLetter(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.text.map((cells, r) => (
              <tr key={r}>
                <th scope="row" className={styles.rowHead}>
                  {r + 1}
                </th>
                {cells.map((text, c) => {
                  const isEditing = editing?.row === r && editing.col === c;
                  const locked = view.protectedSheet && view.locked[r][c];
                  const address = `${columnLetter(c)}${r + 1}`;
                  const classes = [styles.cell, locked ? styles.locked : "", r === 0 ? styles.header : "", focus.row === r && focus.col === c ? styles.focused : ""].join(" ");
                  return (
                    <td
                      key={c}
                      className={classes}
                      tabIndex={focus.row === r && focus.col === c ? 0 : -1}
                      data-testid={`cel-${address}`}
                      aria-label={`${address}${locked ? " (vergrendeld)" : ""}: ${text}`}
                      title={text}
                      data-r={r}
                      data-c={c}
                    >
                      {isEditing ? (
                        <>
                        <input
                          className={styles.editor}
                          aria-label={`Nieuwe waarde voor ${address}`}
                          list={listAt(sheet, r, c) ? `keuzes-${address}` : undefined}
                          autoFocus
                          value={editing.text}
                          onChange={(e) => setEditing({ ...editing, text: e.target.value })}
                          onBlur={() => setEditing(undefined)}
                          onKeyDown={(e) => {
                            if (e.key === "Enter") commit(r, c, editing.text);
                            if (e.key === "Escape") {
                              moved.current = true;
                              setEditing(undefined);
                              setFocus({ row: r, col: c });
                            }
                          }}
                        />
                        {/* Excel's in-cell drop-down of a list validation, as the browser offers suggestions. */}
                        {listAt(sheet, r, c) && (
                          <datalist id={`keuzes-${address}`}>
                            {listAt(sheet, r, c)!.map((option) => (
                              <option key={option} value={option} />
                            ))}
                          </datalist>
                        )}
                        </>
                      ) : (
                        text
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
