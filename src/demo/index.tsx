// Demo page entry (npm start): builds the in-memory workbook with fictitious data through the real use cases,
// then shows it next to the real task pane. Nothing is stored and no request leaves the page.
import { createRoot } from "react-dom/client";
import { FluentProvider, Spinner, Text, webLightTheme } from "@fluentui/react-components";
import { systemClock, webCrypto } from "../platform/webCrypto";
import { createDemoWorkbook } from "./demoWorkbook";
import { DemoPage } from "./DemoPage";

const container = document.getElementById("root");
if (!container) throw new Error("demo.html lacks the #root element");
const root = createRoot(container);
const render = (node: React.ReactNode) => root.render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);

render(<Spinner label="De demowerkmap met fictieve gegevens wordt klaargezet…" style={{ marginTop: 48 }} />);

createDemoWorkbook({ crypto: webCrypto, clock: systemClock })
  .then((demo) => {
    // For measuring the start-up (browser tests, DevTools): when the fictitious workbook was ready.
    performance.mark("debiteurencheck:demo-werkmap-klaar");
    render(<DemoPage demo={demo} />);
  })
  .catch((e: unknown) =>
    render(
      <Text as="p" role="alert" style={{ margin: 24 }}>
        De demo kon niet starten. Vernieuw de pagina; blijft het probleem, meld het aan de IT-dienst. Technische melding:{" "}
        {e instanceof Error ? e.message : String(e)}
      </Text>,
    ),
  );
