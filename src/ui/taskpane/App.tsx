import { useEffect, useState } from "react";
import { FluentProvider } from "@fluentui/react-components";
import type { MailHost } from "../../host/mailHost";
import type { PaneServices } from "./services";
import { themeFor } from "./theme";
import { useItemAnalysis } from "./hooks/useItemAnalysis";
import { LoadingState, ReadErrorState } from "./components/PaneStates";
import { ReplyComposer } from "./ReplyComposer";

export function App({ services }: { services: PaneServices }) {
  const kind = useHostTheme(services.host);
  return (
    // color-scheme makes the native date picker, select lists and scrollbars follow the theme too.
    <FluentProvider theme={themeFor(kind)} style={{ colorScheme: kind === "light" ? "light" : "dark" }}>
      <Pane services={services} />
    </FluentProvider>
  );
}

function Pane({ services }: { services: PaneServices }) {
  const state = useItemAnalysis(services);
  switch (state.status) {
    case "loading":
      return <LoadingState />;
    case "error":
      return <ReadErrorState message={state.message} onRetry={state.retry} />;
    case "ready":
      return (
        <ReplyComposer
          services={services}
          item={state.item}
          analysis={state.analysis}
          source={state.source}
        />
      );
  }
}

/** Outlook's theme now, and again whenever the rep switches it while the pane is open. */
function useHostTheme(host: MailHost) {
  const [kind, setKind] = useState(() => host.theme().kind);
  useEffect(() => host.onThemeChanged?.((theme) => setKind(theme.kind)), [host]);
  return kind;
}
