import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Page } from "playwright-core";
import {
  clickRibbon,
  composeHtml,
  launchBrowser,
  openMessage,
  openSimulator,
  type BrowserSession,
} from "./support/browser";

const PRIYA_EML = [
  "From: Nina Patel <nina.patel@example.org>",
  "To: Sam Carter <sam.carter@contoso.com>",
  "Subject: Dropped in by hand",
  "Date: Fri, 27 Nov 2026 09:00:00 +0000",
  "Message-ID: <dropped@example.org>",
  "Content-Type: text/plain; charset=utf-8",
  "",
  "Hi Sam, could you send me the price list? Nina",
].join("\r\n");

describe("the simulated Outlook", () => {
  let session: BrowserSession;
  let page: Page;

  before(async () => {
    session = await launchBrowser();
    page = await openSimulator(session.context);
  });
  after(async () => session?.close());

  test("lists the sample prospect emails shipped in the repo", async () => {
    const files = await page
      .locator("#message-list button")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-file")));
    for (const sample of [
      "01-demo.eml",
      "11-no-request.eml",
      "12-html-only.eml",
      "13-german.eml",
      "14-french.eml",
    ]) {
      assert.ok(files.includes(sample), `${sample} is in the inbox`);
    }
    assert.ok(files.length >= 30, `the inbox holds the samples and the corpus (${files.length})`);
  });

  test("shows an HTML-only message in a sandboxed frame and a German one with its umlauts", async () => {
    await openMessage(page, "12-html-only.eml");
    const frame = page.locator("#item-content iframe.message-body-frame");
    assert.equal(await frame.getAttribute("sandbox"), "");
    assert.match(
      await page.frameLocator("#item-content iframe").locator("body").innerText(),
      /quote for the inventory module/,
    );
    await openMessage(page, "13-german.eml");
    assert.match(await page.locator("#item-content .item-meta").innerText(), /Jürgen Müller/);
  });

  test("Reply quotes the original as Outlook on the web does, below an empty line for the rep", async () => {
    await openMessage(page, "02-pricing.eml");
    await clickRibbon(page, "Reply");
    const html = await composeHtml(page);
    const marker = html.indexOf('<div id="appendonsend"></div>');
    const header = html.indexOf('<div id="divRplyFwdMsg"');
    assert.ok(marker > 0 && header > marker, "appendonsend precedes the divRplyFwdMsg header");
    assert.ok(html.indexOf("<hr", marker) < header, "a rule separates the reply from the quote");
    for (const label of ["From:", "Sent:", "To:", "Subject:"])
      assert.ok(html.includes(`<b>${label}</b>`), label);
    assert.match(html.slice(header), /pricing for about 40 seats/);
    assert.equal(await page.locator("#compose-subject").inputValue(), "RE: Pricing for 40 seats");
    assert.match(await page.locator("#compose-to").innerText(), /marcus\.lee@fabrikam-foods\.com/);
  });

  test("the compose body takes typing at the cursor and keeps the quote", async () => {
    const body = page.locator("#compose-body");
    await body.click({ position: { x: 5, y: 5 } });
    await page.keyboard.type("Hi Marcus, happy to help.");
    const html = await composeHtml(page);
    assert.ok(html.indexOf("Hi Marcus, happy to help.") < html.indexOf('id="appendonsend"'));
    assert.match(html, /pricing for about 40 seats/);
  });

  test("Reply all keeps the other recipients", async () => {
    await openMessage(page, "01-demo.eml");
    await clickRibbon(page, "Reply all");
    assert.match(await page.locator("#compose-to").innerText(), /priya\.natarajan@northwindlogistics\.com/);
    assert.match(
      await page.locator(".compose-field").nth(1).innerText(),
      /tom\.becker@northwindlogistics\.com/,
    );
  });

  test("an .eml the user adds appears in the inbox and opens", async () => {
    await page.locator("#eml-input").setInputFiles({
      name: "dropped.eml",
      mimeType: "message/rfc822",
      buffer: Buffer.from(PRIYA_EML),
    });
    await page.locator('#message-list button[data-file="dropped.eml"]').waitFor();
    assert.equal(await page.locator("#item-content h1").innerText(), "Dropped in by hand");
  });

  test("an .eml dropped on the inbox appears and opens", async () => {
    const drop = await page.evaluateHandle((raw) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([raw.replace("Dropped in by hand", "Dropped on the list")], "dragged.eml"));
      return transfer;
    }, PRIYA_EML);
    await page.locator("#message-list-region").dispatchEvent("drop", { dataTransfer: drop });
    await page.locator('#message-list button[data-file="dragged.eml"]').waitFor();
    assert.equal(await page.locator("#item-content h1").innerText(), "Dropped on the list");
  });

  test("an .eml that is not an email is refused with a message", async () => {
    await page
      .locator("#eml-input")
      .setInputFiles({ name: "empty.eml", mimeType: "message/rfc822", buffer: Buffer.from("") });
    await page.locator("#mailbox-status", { hasText: "empty.eml is empty." }).waitFor();
  });

  test("the theme switch recolours the page", async () => {
    await page.locator("#sim-theme").selectOption("dark");
    assert.equal(await page.locator("body").getAttribute("data-theme"), "dark");
    await page.locator("#sim-theme").selectOption("light");
  });
});
