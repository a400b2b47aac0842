import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createOfficeHost } from "../../host/office/officeHost";
import { App } from "./App";
import { ReadErrorState } from "./components/PaneStates";
import { createPaneServices } from "./createPaneServices";

/** Entry of the task pane bundle: Outlook, or the simulator's emulation, provides `Office`. */
const container = document.getElementById("root");
if (!container) throw new Error("taskpane.html has no #root element");
const root = createRoot(container);

function showStartupError(message: string) {
  root.render(
    <FluentProvider theme={webLightTheme}>
      <ReadErrorState message={message} onRetry={() => window.location.reload()} />
    </FluentProvider>,
  );
}

if (typeof Office === "undefined") {
  showStartupError("Outlook's add-in library did not load. Check your connection, then retry.");
} else {
  Office.onReady(() => {
    try {
      root.render(<App services={createPaneServices(createOfficeHost(Office))} />);
    } catch (error) {
      showStartupError(
        error instanceof Error ? error.message : "Outlook did not give Decision Ask access to this email.",
      );
    }
  });
}
