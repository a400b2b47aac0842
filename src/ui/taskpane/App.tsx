import { useEffect, useState } from "react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { MailHost } from "../../host/mailHost";
import type { PaneServices } from "./services";
import { useFluentTheme } from "./hooks/useFluentTheme";
import { useItemAnalysis } from "./hooks/useItemAnalysis";
import { useTemplateLibrary } from "./hooks/useTemplateLibrary";
import { LoadingState, ReadErrorState } from "./components/PaneStates";
import { PaneErrorBoundary } from "./components/PaneErrorBoundary";
import { ReplyComposer } from "./ReplyComposer";

export function App({ services }: { services: PaneServices }) {
  const kind = useHostTheme(services.host);
  const theme = useFluentTheme(kind);
  const [run, setRun] = useState(0);
  if (!theme) return null;
  return (
    // color-scheme makes the native date picker, select lists and scrollbars follow the theme too.
    <FluentProvider theme={theme} style={{ colorScheme: theme === webLightTheme ? "light" : "dark" }}>
      <PaneErrorBoundary onRestart={() => setRun((count) => count + 1)}>
        <Pane key={run} services={services} />
      </PaneErrorBoundary>
    </FluentProvider>
  );
}

function Pane({ services }: { services: PaneServices }) {
  const state = useItemAnalysis(services);
  // Loaded alongside the item, not after it, and kept when a pinned pane moves to another email.
  const templates = useTemplateLibrary(services);
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
          languageNotLoaded={state.languageNotLoaded}
          templates={templates}
          languageTemplates={state.languageTemplates}
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
