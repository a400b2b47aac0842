import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import path from "path";
import { chromium, type BrowserContext, type FrameLocator, type Page } from "playwright-core";

/** Debian's Chromium with the flags the project runs it with everywhere (no network chatter). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function simulatorUrl(): string {
  const url = process.env.SIMULATOR_URL;
  if (!url) throw new Error("SIMULATOR_URL is not set: run the browser tests with `npm run test:browser`.");
  return url;
}

export interface BrowserSession {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A Chromium with a fresh profile, so no test sees another's roaming settings or cache. */
export async function launchBrowser(): Promise<BrowserSession> {
  const profile = mkdtempSync(path.join(tmpdir(), "decision-ask-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 1100 },
    locale: "en-US",
    timezoneId: "America/New_York",
  });
  // Every step of a flow takes well under a second; fail fast rather than after 30 s.
  context.setDefaultTimeout(10_000);
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens the simulator and waits for the inbox. */
export async function openSimulator(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(simulatorUrl());
  await page.locator("#message-list li").first().waitFor();
  return page;
}

export async function openMessage(page: Page, fileName: string): Promise<void> {
  await page.locator(`#message-list button[data-file="${fileName}"]`).click();
  await page.locator("#item-content h1").waitFor();
}

export async function clickRibbon(page: Page, label: string | RegExp): Promise<void> {
  await page
    .locator("#ribbon")
    .getByRole("button", { name: label, exact: typeof label === "string" })
    .click();
}

export function pane(page: Page): FrameLocator {
  return page.frameLocator("#taskpane-frame");
}

/** The pane's drafted reply: the HTML the "Your reply" section previews. */
export function replyPreview(page: Page) {
  return pane(page).getByRole("region", { name: "Your reply" }).locator("div > p").first();
}

/** Opens the add-in's task pane from the ribbon (its ShowTaskpane button on this surface). */
export async function openPane(page: Page): Promise<void> {
  await page.locator("#ribbon .group button[data-action='taskpane']").click();
  await pane(page).locator("main, [role='alert'], [role='status']").first().waitFor();
}

export async function closePane(page: Page): Promise<void> {
  if (await page.locator("#taskpane").isVisible()) await page.locator("#taskpane-close").click();
}

/** Milliseconds from clicking the pane's ribbon button to the drafted reply shown in the pane. */
export async function timePaneToDraft(page: Page): Promise<number> {
  const started = Date.now();
  await page.locator("#ribbon .group button[data-action='taskpane']").click();
  await replyPreview(page).waitFor({ timeout: 30_000 });
  return Date.now() - started;
}

export async function composeHtml(page: Page): Promise<string> {
  return page.locator("#compose-body").evaluate((el) => el.innerHTML);
}

export async function notifications(page: Page): Promise<Array<{ type: string; text: string }>> {
  return page
    .locator("#notification-bar .notification")
    .evaluateAll((els) =>
      els.map((el) => ({ type: el.getAttribute("data-type") ?? "", text: el.textContent ?? "" })),
    );
}

export const SCREENSHOT_DIR = path.resolve(__dirname, "../../../docs/screenshots");
