import assert from "node:assert/strict";
import path from "node:path";
import { after, before, beforeEach, describe, test } from "node:test";
import type { Page } from "playwright-core";
import {
  SCREENSHOT_DIR,
  clickRibbon,
  closePane,
  composeHtml,
  launchBrowser,
  notifications,
  openMessage,
  openPane,
  openSimulator,
  pane,
  replyPreview,
  type BrowserSession,
} from "./support/browser";
import { WRITTEN_DATE, insertedRightAfter, insertionDiff, splitReply, textOf } from "./support/html";

/** The clauses the English replies ask a decision with (src/core/decision/decisionTypes.ts). */
const DECISION_ASK =
  /whether (?:you want to move forward|you'd like to take the next step|we make your shortlist|the budget for this can be approved)|decision makers|decide/i;

async function plainReplyQuote(page: Page, file: string): Promise<string> {
  await openMessage(page, file);
  await clickRibbon(page, "Reply");
  const { quote } = splitReply(await composeHtml(page));
  await page.getByRole("button", { name: "Discard" }).click();
  return quote;
}

async function replyWithCursorAfter(page: Page, file: string, typed: string): Promise<void> {
  await openMessage(page, file);
  await clickRibbon(page, "Reply");
  await page.locator("#compose-body").click({ position: { x: 4, y: 4 } });
  await page.keyboard.type(typed);
}

function addinCommand(page: Page, name: RegExp) {
  return page.locator("#ribbon .group button[data-action='function']").filter({ hasText: name });
}

describe("the add-in in the simulated Outlook", () => {
  let session: BrowserSession;
  let page: Page;

  before(async () => {
    session = await launchBrowser();
    page = await openSimulator(session.context);
  });
  after(async () => session?.close());
  beforeEach(async () => {
    await closePane(page);
    await page.locator("#sim-theme").selectOption("light");
  });

  test("read → one click on Reply with decision ask → a drafted reply above the quoted original", async () => {
    const expectedQuote = await plainReplyQuote(page, "01-demo.eml");
    await openMessage(page, "01-demo.eml");
    await addinCommand(page, /reply with/i).click();
    await page.locator("#compose-body").waitFor();
    await page.waitForFunction(() => !document.querySelector("#command-frames iframe"));
    const { reply, quote } = splitReply(await composeHtml(page));
    const text = textOf(reply);
    assert.match(text, /demo/i, "the reply confirms the demo");
    assert.match(text, DECISION_ASK, "the reply asks for a decision");
    assert.match(text, WRITTEN_DATE, "the reply names a date");
    assert.equal(quote, expectedQuote, "the quoted original is Outlook's own, unchanged");
    await page.locator(".item-area").screenshot({ path: path.join(SCREENSHOT_DIR, "reply-drafted.png") });
  });

  test("compose reply → pane → change item, decision and date → insert at the cursor; nothing else changes", async () => {
    await replyWithCursorAfter(page, "02-pricing.eml", "Hi Marcus, thanks for the note.");
    const before = await composeHtml(page);
    await openPane(page);
    const frame = pane(page);
    await replyPreview(page).waitFor();
    await frame
      .getByRole("textbox", { name: "Item to confirm" })
      .first()
      .fill("pricing for 40 seats with analytics");
    await frame.getByRole("radio", { name: "Budget approval" }).check();
    await frame.getByLabel("Decide by").fill("2026-12-18");
    await frame
      .getByRole("region", { name: "Your reply" })
      .getByText(/with analytics/)
      .first()
      .waitFor();
    await page.locator("#taskpane").screenshot({ path: path.join(SCREENSHOT_DIR, "pane-compose.png") });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, "simulator.png") });
    await frame.getByRole("button", { name: "Insert reply" }).click();
    await page.waitForFunction((b) => document.querySelector("#compose-body")?.innerHTML !== b, before);
    const afterHtml = await composeHtml(page);
    const { prefix, inserted, suffix } = insertionDiff(before, afterHtml);
    assert.equal(prefix + suffix, before, "everything outside the insertion is byte for byte as before");
    assert.ok(
      insertedRightAfter(before, afterHtml, "thanks for the note."),
      "the reply went in at the rep's cursor",
    );
    const text = textOf(inserted);
    assert.match(text, /pricing for 40 seats with analytics/);
    assert.match(text, /budget/i);
    assert.match(text, /December 18/);
    assert.match(splitReply(afterHtml).quote, /pricing for about 40 seats/);
  });

  test("compose: one click on Insert decision ask inserts the default reply and says what it inserted", async () => {
    await replyWithCursorAfter(page, "09-contract.eml", "Hi Hannah,");
    const before = await composeHtml(page);
    await addinCommand(page, /insert/i).click();
    await page.waitForFunction(() => !document.querySelector("#command-frames iframe"));
    const afterHtml = await composeHtml(page);
    const { prefix, inserted, suffix } = insertionDiff(before, afterHtml);
    assert.equal(prefix + suffix, before);
    assert.match(textOf(inserted), /contract/i);
    assert.match(textOf(inserted), DECISION_ASK);
    const shown = await notifications(page);
    assert.ok(
      shown.some((n) => n.type === "informationalMessage" && /contract/i.test(n.text)),
      JSON.stringify(shown),
    );
  });

  test("an email with no request: the commands say so and insert nothing", async () => {
    await openMessage(page, "11-no-request.eml");
    await addinCommand(page, /reply with/i).click();
    await page.waitForFunction(() => !document.querySelector("#command-frames iframe"));
    assert.equal(await page.locator("#compose-body").count(), 0, "no reply form opened");
    const explained = await notifications(page);
    assert.ok(
      explained.some((n) => /no request/i.test(n.text)),
      `a notification explains why: ${JSON.stringify(explained)}`,
    );

    await clickRibbon(page, "Reply");
    const before = await composeHtml(page);
    await addinCommand(page, /insert/i).click();
    await page.waitForFunction(() => !document.querySelector("#command-frames iframe"));
    assert.equal(await composeHtml(page), before, "nothing inserted");
    assert.ok((await notifications(page)).some((n) => /nothing was inserted/i.test(n.text)));
  });

  test("the open pane follows a switch to the dark theme", async () => {
    await openMessage(page, "05-case-studies.eml");
    await openPane(page);
    await replyPreview(page).waitFor();
    const background = () =>
      pane(page)
        .locator("main")
        .evaluate((el) => {
          // The first non-transparent background from the pane's main element up.
          for (let node: Element | null = el; node; node = node.parentElement) {
            const color = getComputedStyle(node).backgroundColor;
            if (color !== "rgba(0, 0, 0, 0)" && color !== "transparent") return color;
          }
          return "";
        });
    const channels = (color: string) => (color.match(/\d+/g) ?? []).slice(0, 3).map(Number);
    assert.ok(Math.min(...channels(await background())) > 200, "light pane");
    await page.locator("#sim-theme").selectOption("dark");
    // The pane registers no theme handler, so the simulator reloads it; poll until it is back.
    let dark = false;
    for (let i = 0; i < 50 && !dark; i++) {
      dark = Math.max(...channels(await background().catch(() => "255"))) < 80;
      if (!dark) await page.waitForTimeout(100);
    }
    assert.ok(dark, "dark pane after the switch");
  });

  test("a pinned pane stays open and follows the rep to the next email without reloading", async () => {
    await openMessage(page, "01-demo.eml");
    await openPane(page);
    await pane(page).getByText("Priya Natarajan").first().waitFor();
    await page.getByRole("button", { name: "Pin the add-in pane" }).click();
    const paneWindow = page.frameLocator("#taskpane-frame").locator("body");
    await paneWindow.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
    await openMessage(page, "02-pricing.eml");
    await pane(page).getByText("Marcus Lee").first().waitFor();
    assert.equal(
      await paneWindow.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere),
      true,
    );
    await openMessage(page, "03-proposal.eml");
    await pane(page).getByText("Elena Rossi").first().waitFor();
  });

  test("a draft without the quoted message uses what the pane read of the conversation (roaming settings)", async () => {
    await openMessage(page, "06-references.eml");
    await openPane(page);
    await replyPreview(page).waitFor();
    const roaming = () =>
      page.evaluate(() => localStorage.getItem("decision-ask-simulator:roaming:decision-ask") ?? "");
    for (let i = 0; i < 50 && !(await roaming()).includes("AAQkAD-sim-"); i++) await page.waitForTimeout(100);
    assert.match(await roaming(), /AAQkAD-sim-/, "the pane saved the conversation in roaming settings");

    await page.locator("#sim-new-text-only").check();
    try {
      await clickRibbon(page, "Reply");
      await page.locator("#compose-body").click({ position: { x: 4, y: 4 } });
      await page.keyboard.type("Hi Daniel,");
      await openPane(page);
      await pane(page)
        .getByText(/come from when you read it/)
        .waitFor();
      assert.match(
        await pane(page).getByRole("textbox", { name: "Item to confirm" }).first().inputValue(),
        /customers|reference/i,
      );
      await replyPreview(page).waitFor();
    } finally {
      await page.locator("#sim-new-text-only").uncheck();
    }
  });

  test("a German Outlook's quote (Von:/Gesendet:/An:/Betreff:) still gives the pane the prospect's message", async () => {
    await page.locator("#sim-language").selectOption("de-DE");
    try {
      await openMessage(page, "13-german.eml");
      await clickRibbon(page, "Reply");
      assert.match(await composeHtml(page), /<b>Von:<\/b>[\s\S]*<b>Gesendet:<\/b>/);
      await openPane(page);
      await pane(page).getByText("Jürgen Müller").first().waitFor();
      await replyPreview(page).waitFor();
      assert.match(await replyPreview(page).innerText(), /Jürgen|Herr Müller|Guten Tag|Hallo/);
    } finally {
      await page.locator("#sim-language").selectOption("en-US");
    }
  });

  test("a failing Office call: the pane shows the error and the draft is unchanged", async () => {
    await replyWithCursorAfter(page, "02-pricing.eml", "Hi Marcus,");
    const before = await composeHtml(page);
    await openPane(page);
    await replyPreview(page).waitFor();
    await page.locator("#sim-fail-next").check();
    await pane(page).getByRole("button", { name: "Insert reply" }).click();
    await pane(page)
      .getByRole("status")
      .filter({ hasText: /Outlook couldn't/ })
      .waitFor();
    assert.equal(await composeHtml(page), before);
    assert.equal(await page.locator("#sim-fail-next").isChecked(), false, "the failure was used up");

    await closePane(page);
    await page.locator("#sim-fail-next").check();
    await addinCommand(page, /insert/i).click();
    await page.waitForFunction(() => !document.querySelector("#command-frames iframe"));
    assert.equal(await composeHtml(page), before);
    assert.ok(
      (await notifications(page)).some((n) => n.type === "errorMessage"),
      "the command reports the failure",
    );
  });
});
