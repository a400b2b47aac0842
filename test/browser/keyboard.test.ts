import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { FrameLocator, Locator, Page } from "playwright-core";
import {
  clickRibbon,
  composeHtml,
  launchBrowser,
  openMessage,
  openSimulator,
  pane,
  replyPreview,
  type BrowserSession,
} from "./support/browser";
import { insertionDiff, textOf } from "./support/html";

/** Presses Tab until `target` has focus; fails after `limit` presses. */
async function tabTo(page: Page, target: Locator, limit = 120): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === el.ownerDocument.activeElement).catch(() => false)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

async function focusedName(frame: FrameLocator): Promise<string> {
  return frame.locator(":focus").evaluate((el) => el.getAttribute("aria-label") ?? el.textContent ?? "");
}

describe("the whole pane by keyboard alone", () => {
  let session: BrowserSession;
  let page: Page;

  before(async () => {
    session = await launchBrowser();
    page = await openSimulator(session.context);
    await openMessage(page, "02-pricing.eml");
    await clickRibbon(page, "Reply");
  });
  after(async () => session?.close());

  test("open the pane, edit the request, pick a decision and date, and insert, with Tab/Enter/Space/arrows", async () => {
    const before = await composeHtml(page);
    const paneButton = page.locator("#ribbon .group button[data-action='taskpane']");
    await tabTo(page, paneButton);
    await page.keyboard.press("Enter");
    const frame = pane(page);
    await replyPreview(page).waitFor();

    await tabTo(page, frame.getByRole("combobox", { name: "Type" }).first());
    await tabTo(page, frame.getByRole("textbox", { name: "Item to confirm" }).first());
    await page.keyboard.press("End");
    await page.keyboard.type(" for 40 seats");

    // Tab enters a radio group on its checked radio, or on the first when none is checked.
    const checked = frame.getByRole("radio", { checked: true });
    await tabTo(page, (await checked.count()) > 0 ? checked : frame.getByRole("radio").first());
    const decisionBefore = await frame.getByRole("radio", { checked: true }).getAttribute("value");
    await page.keyboard.press("ArrowDown");
    const decisionAfter = await frame.getByRole("radio", { checked: true }).getAttribute("value");
    assert.notEqual(decisionAfter, decisionBefore, "arrow keys move the decision");

    await tabTo(page, frame.getByLabel("Decide by"));
    await page.keyboard.type("12182026");
    assert.equal(await frame.getByLabel("Decide by").inputValue(), "2026-12-18");

    await tabTo(page, frame.getByRole("button", { name: "Insert reply" }));
    assert.match(await focusedName(frame), /Insert reply/);
    await page.keyboard.press("Space");
    await page.waitForFunction((b) => document.querySelector("#compose-body")?.innerHTML !== b, before);
    const { prefix, inserted, suffix } = insertionDiff(before, await composeHtml(page));
    assert.equal(prefix + suffix, before);
    assert.match(textOf(inserted), /for 40 seats/);
    assert.match(textOf(inserted), /December 18/);
  });
});
