import { useMemo } from "react";
import { FluentProvider } from "@fluentui/react-components";
import type { PaneServices } from "./services";
import { themeFor } from "./theme";
import { useItemAnalysis } from "./hooks/useItemAnalysis";
import { LoadingState, ReadErrorState } from "./components/PaneStates";
import { ReplyComposer } from "./ReplyComposer";

export function App({ services }: { services: PaneServices }) {
  const theme = useMemo(() => themeFor(services.host.theme().kind), [services]);
  return (
    <FluentProvider theme={theme}>
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
