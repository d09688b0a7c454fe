// Task pane entry: mounts the React root into taskpane.html. Placeholder content until the real task pane lands.
import { createRoot } from "react-dom/client";
import { FluentProvider, Text, webLightTheme } from "@fluentui/react-components";

const container = document.getElementById("root");
if (!container) throw new Error("taskpane.html lacks the #root element");

createRoot(container).render(
  <FluentProvider theme={webLightTheme}>
    <Text as="p">Debiteurencheck wordt geladen…</Text>
  </FluentProvider>,
);
