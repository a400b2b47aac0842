import { SimulatorApp } from "./app";

const app = new SimulatorApp();
(window as unknown as { decisionAskSimulator: SimulatorApp }).decisionAskSimulator = app;
app.start().catch((error: unknown) => {
  document.body.prepend(
    `The simulator failed to start: ${error instanceof Error ? error.message : String(error)}`,
  );
});
