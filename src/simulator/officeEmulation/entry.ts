/**
 * Stands in for office.js inside the add-in's frames when they run in the simulator: the server
 * swaps the office.js script tag for this file, and the bundles themselves are unchanged.
 */
import { createOffice } from "./createOffice";
import type { SimulatorBridge } from "./types";

export interface SimulatorHostWindow {
  decisionAskSimulator?: { bridgeFor(frame: Window): SimulatorBridge };
}

function install(): void {
  const host = window.parent as unknown as SimulatorHostWindow;
  const bridge = window.parent !== window ? host.decisionAskSimulator?.bridgeFor(window) : undefined;
  if (!bridge) {
    document.documentElement.setAttribute("data-office-emulation", "no-simulator");
    throw new Error("The Office.js emulation only runs inside the Decision Ask simulator page.");
  }
  const { office, start } = createOffice({ bridge, storage: window.localStorage, addinId: "decision-ask" });
  (window as unknown as { Office: unknown }).Office = office;
  start();
}

install();
