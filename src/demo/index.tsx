// Demo page entry (npm start): the workbook with fictitious data on the left, the task pane on the right.
// Placeholder layout until the in-memory workbook and the real task pane are wired in.
import { createRoot } from "react-dom/client";
import { FluentProvider, Text, Title3, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", height: "100vh", backgroundColor: tokens.colorNeutralBackground2 },
  banner: { display: "block", margin: 0, padding: "8px 16px", backgroundColor: tokens.colorPaletteYellowBackground2 },
  columns: { display: "flex", flexGrow: 1, gap: "8px", padding: "8px", minHeight: 0 },
  workbook: { flexGrow: 1, overflow: "auto", padding: "12px", backgroundColor: tokens.colorNeutralBackground1 },
  taskpane: { width: "360px", flexShrink: 0, overflow: "auto", padding: "12px", backgroundColor: tokens.colorNeutralBackground1 },
  block: { display: "block", margin: "0 0 8px" },
});

function DemoPage() {
  const styles = useStyles();
  return (
    <div className={styles.page}>
      <Text as="p" className={styles.banner}>
        Demo-modus: alle namen en nummers zijn fictief. Er is geen Excel nodig en er verlaat niets deze pagina.
      </Text>
      <div className={styles.columns}>
        <main className={styles.workbook} aria-labelledby="demo-werkmap">
          <Title3 as="h1" id="demo-werkmap" className={styles.block}>Werkmap (fictieve gegevens)</Title3>
        </main>
        <aside className={styles.taskpane} aria-labelledby="demo-taakvenster" id="taskpane">
          <Title3 as="h2" id="demo-taakvenster" className={styles.block}>Taakvenster</Title3>
          <Text as="p" className={styles.block}>
            Debiteurencheck wordt geladen…
          </Text>
        </aside>
      </div>
    </div>
  );
}

const container = document.getElementById("root");
if (!container) throw new Error("demo.html lacks the #root element");

createRoot(container).render(
  <FluentProvider theme={webLightTheme}>
    <DemoPage />
  </FluentProvider>,
);
