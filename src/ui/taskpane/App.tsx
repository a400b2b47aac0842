import { useMemo } from "react";
import { FluentProvider } from "@fluentui/react-components";
import type { PaneServices } from "./services";
import { themeFor } from "./theme";
import { useItemAnalysis } from "./hooks/useItemAnalysis";
import { LoadingState, ReadErrorState } from "./components/PaneStates";
import { ReplyComposer } from "./ReplyComposer";

export function App({ services }: { services: PaneServices }) {
  const kind = useMemo(() => services.host.theme().kind, [services]);
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
