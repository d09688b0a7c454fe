// Task pane entry: waits for Office, then renders the App over real Excel (host.ts). The list-file readers
// (exceljs, papaparse) are not part of this bundle: useCases.ts imports them when a file is chosen.
import { createRoot } from "react-dom/client";
import { FluentProvider, Text, webLightTheme } from "@fluentui/react-components";
import { App } from "./components/App";
import { createOfficeRuntime, createOfficeServices, onRuntimeStart } from "./host";

const container = document.getElementById("root");
if (!container) throw new Error("taskpane.html lacks the #root element");
const root = createRoot(container);

void Office.onReady(async (info) => {
  if (info.host !== Office.HostType.Excel) {
    root.render(
      <FluentProvider theme={webLightTheme}>
        <Text as="p" style={{ margin: 12 }}>
          Debiteurencheck werkt alleen in Excel. Open de werkmap in Excel (Windows, Mac of op het web); zonder Excel kunt u de demo proberen.
        </Text>
      </FluentProvider>,
    );
    return;
  }
  const runtime = createOfficeRuntime();
  // Logged before the start flow asks anyone for a purpose (PRODUCT.md "Access at every open").
  try {
    await onRuntimeStart(runtime);
  } catch (e) {
    console.error("Debiteurencheck: de opening kon niet gelogd worden", e);
  }
  root.render(
    <FluentProvider theme={webLightTheme}>
      <App services={createOfficeServices(runtime)} />
    </FluentProvider>,
  );
});
