import assert from "node:assert/strict";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import {
  SCREENSHOT_DIR,
  clickRibbon,
  closePane,
  launchBrowser,
  openMessage,
  openPane,
  openSimulator,
  replyPreview,
  type BrowserSession,
} from "./support/browser";

const THEMES = [
  { value: "light", file: "pane-light.png", forcedColors: "none", colorScheme: "light" },
  { value: "dark", file: "pane-dark.png", forcedColors: "none", colorScheme: "dark" },
  // Windows' high-contrast themes force the system colours; the dark scheme picks the black one.
  { value: "highContrast", file: "pane-high-contrast.png", forcedColors: "active", colorScheme: "dark" },
] as const;

describe("the pane's accessibility (axe-core)", () => {
  let session: BrowserSession;
  let page: Page;

  before(async () => {
    session = await launchBrowser();
    page = await openSimulator(session.context);
    await openMessage(page, "01-demo.eml");
    await clickRibbon(page, "Reply");
  });
  after(async () => session?.close());

  for (const theme of THEMES) {
    test(`no serious or critical violation in the ${theme.value} theme`, async () => {
      await closePane(page);
      await page.emulateMedia({ forcedColors: theme.forcedColors, colorScheme: theme.colorScheme });
      await page.locator("#sim-theme").selectOption(theme.value);
      await openPane(page);
      await replyPreview(page).waitFor();
      await page.locator("#taskpane").screenshot({ path: path.join(SCREENSHOT_DIR, theme.file) });
      const results = await new AxeBuilder({ page }).include("#taskpane-frame").analyze();
      const blocking = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      const report = blocking.map(
        (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
      );
      assert.deepEqual(report, []);
      assert.ok(results.passes.length > 0, "axe ran inside the pane");
    });
  }
});
