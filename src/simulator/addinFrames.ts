import { h } from "./dom";
import type { FunctionCommandHandler, SimulatorBridge } from "./officeEmulation/types";

/** Outlook gives a function command about this long before it reports the add-in as not responding. */
const COMMAND_TIMEOUT_MS = 30_000;
const ASSOCIATE_TIMEOUT_MS = 10_000;

/**
 * The add-in's frames: the task pane and the hidden function-file frames. Each frame gets the
 * bridge of the surface it was opened on, looked up by its window when the emulation starts.
 */
export class AddinFrames {
  private readonly bridges = new Map<HTMLIFrameElement, SimulatorBridge>();

  bridgeFor(win: Window): SimulatorBridge {
    for (const [frame, bridge] of this.bridges) if (frame.contentWindow === win) return bridge;
    throw new Error("This frame was not opened by the simulator.");
  }

  openPane(frame: HTMLIFrameElement, url: string, bridge: SimulatorBridge): void {
    this.bridges.set(frame, bridge);
    frame.src = url;
  }

  closePane(frame: HTMLIFrameElement): void {
    this.bridges.delete(frame);
    frame.removeAttribute("src");
    frame.src = "about:blank";
  }

  /**
   * Loads the function file in a fresh hidden frame, as Outlook on the web does, waits for it to
   * associate the action, runs it and waits for event.completed().
   */
  async runCommand(
    container: HTMLElement,
    functionFile: string,
    functionName: string,
    makeBridge: (associations: Map<string, FunctionCommandHandler>) => SimulatorBridge,
  ): Promise<void> {
    const associations = new Map<string, FunctionCommandHandler>();
    const frame = h("iframe", { title: "Add-in function file", "data-command": functionName });
    this.bridges.set(frame, makeBridge(associations));
    frame.src = functionFile;
    container.append(frame);
    try {
      const handler = await waitFor(() => associations.get(functionName), ASSOCIATE_TIMEOUT_MS);
      if (!handler) throw new Error(`The add-in's function file never associated "${functionName}".`);
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () =>
            reject(
              new Error(`The add-in did not finish "${functionName}" (event.completed() never called).`),
            ),
          COMMAND_TIMEOUT_MS,
        );
        handler({
          completed: () => {
            clearTimeout(timer);
            resolve();
          },
        });
      });
    } finally {
      this.bridges.delete(frame);
      frame.remove();
    }
  }
}

async function waitFor<T>(probe: () => T | undefined, timeoutMs: number): Promise<T | undefined> {
  const started = Date.now();
  for (;;) {
    const value = probe();
    if (value !== undefined || Date.now() - started > timeoutMs) return value;
    await new Promise((r) => setTimeout(r, 20));
  }
}
