// The demo page: a banner, the switch between three fictitious users (one per role), the in-memory workbook on the
// left and the real task pane on the right — no Excel, no network.
import { startTransition, useEffect, useMemo, useState } from "react";
import { Button, Radio, RadioGroup, Text, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { runCompareFromRibbon } from "../commands/ribbonActions";
import { ROLE_LABEL } from "../domain/roles";
import { App } from "../taskpane/components/App";
import { browserDownload } from "../taskpane/useCases";
import { DEMO_ROLE_CODES, DEMO_USERS, demoServices, type DemoWorkbook } from "./demoWorkbook";
import { WorkbookGrid } from "./WorkbookGrid";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", height: "100vh", backgroundColor: tokens.colorNeutralBackground2 },
  top: {
    display: "flex", flexWrap: "wrap", alignItems: "center", gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`, padding: "8px 16px",
    backgroundColor: tokens.colorPaletteYellowBackground2, borderBottom: `1px solid ${tokens.colorPaletteYellowBorder2}`,
  },
  banner: { fontWeight: tokens.fontWeightSemibold },
  users: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  codes: { color: tokens.colorNeutralForeground2 },
  columns: { display: "flex", flexGrow: 1, gap: "8px", padding: "8px", minHeight: 0 },
  workbook: { flexGrow: 1, display: "flex", flexDirection: "column", gap: "8px", minWidth: 0, padding: "12px", backgroundColor: tokens.colorNeutralBackground1 },
  taskpane: { width: "380px", flexShrink: 0, overflowY: "auto", backgroundColor: tokens.colorNeutralBackground1, borderLeft: `1px solid ${tokens.colorNeutralStroke1}` },
  block: { margin: 0 },
});

export function DemoPage({ demo }: { demo: DemoWorkbook }) {
  const styles = useStyles();
  const [userIndex, setUserIndex] = useState(0);
  const user = DEMO_USERS[userIndex];
  const services = useMemo(() => demoServices(demo, user), [demo, user]);
  // The grid (hundreds of cells) renders as a transition after the first paint, so the task pane is usable sooner.
  const [showGrid, setShowGrid] = useState(false);
  useEffect(() => startTransition(() => setShowGrid(true)), []);
  return (
    <div className={styles.page}>
      <div className={styles.top} role="region" aria-label="Demo-instellingen">
        <Text className={styles.banner} data-testid="demo-banner">
          Demo – fictieve gegevens, geen Excel nodig
        </Text>
        <div className={styles.users}>
          <Text id="demo-speler">Speel als:</Text>
          <RadioGroup layout="horizontal" aria-labelledby="demo-speler" value={String(userIndex)} onChange={(_, d) => setUserIndex(Number(d.value))} data-testid="demo-gebruiker">
            {DEMO_USERS.map((u, i) => (
              <Radio key={u.email} value={String(i)} label={u.label} />
            ))}
          </RadioGroup>
        </div>
        <Text size={200} className={styles.codes} data-testid="demo-rolcodes">
          Rolcodes in deze demo: {Object.entries(DEMO_ROLE_CODES).map(([role, code]) => `${ROLE_LABEL[role as keyof typeof ROLE_LABEL]} ‘${code}’`).join(", ")}.
        </Text>
        <Button size="small" onClick={() => browserDownload("demo-ocmw-clienten-fictief.csv", demo.clientCsv)} data-testid="demo-clientenbestand">
          Fictieve cliëntenlijst (CSV) downloaden
        </Button>
        {/* Excel's ribbon button, as the shared runtime runs it: the task pane is already open here. */}
        <Button size="small" onClick={() => void runCompareFromRibbon({ showTaskpane: async () => undefined })} data-testid="demo-lint-vergelijk">
          Lint: Vergelijk
        </Button>
      </div>
      <div className={styles.columns}>
        <main className={styles.workbook} aria-labelledby="demo-werkmap">
          <Title3 as="h1" id="demo-werkmap" className={styles.block}>
            Werkmap (fictieve gegevens)
          </Title3>
          {showGrid && <WorkbookGrid host={demo.host} />}
        </main>
        <aside className={styles.taskpane} aria-label="Taakvenster Debiteurencheck" id="taskpane">
          {/* A new user is a new start: the task pane opens again for them, as Excel would. */}
          <App key={user.email} services={services} />
        </aside>
      </div>
    </div>
  );
}
