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

  test("open the pane, edit, add and remove requests, pick a decision and date, insert: Tab/Enter/Space/arrows only", async () => {
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

    // Add a request, give it a type and an item, then remove it again, all from the keyboard.
    await tabTo(page, frame.getByRole("button", { name: "Add a request" }));
    await page.keyboard.press("Enter");
    const secondType = frame.getByRole("combobox", { name: "Type" }).nth(1);
    await secondType.waitFor();
    assert.equal(
      await secondType.evaluate((el) => el === el.ownerDocument.activeElement),
      true,
      "focus on the new row",
    );
    await page.keyboard.press("ArrowDown");
    assert.notEqual(await secondType.inputValue(), "", "arrow keys pick a type");
    await page.keyboard.press("Tab");
    await page.keyboard.type("a security questionnaire");
    assert.equal(
      await frame.getByRole("textbox", { name: "Item to confirm" }).nth(1).inputValue(),
      "a security questionnaire",
    );
    await tabTo(page, frame.getByRole("button", { name: "Remove request 2" }));
    await page.keyboard.press("Enter");
    await frame.getByRole("button", { name: "Remove request 2" }).waitFor({ state: "detached" });
    assert.match(await focusedName(frame), /Add a request/, "focus returns to Add after removing");

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
