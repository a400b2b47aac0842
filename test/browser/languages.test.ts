import assert from "node:assert/strict";
import { after, before, beforeEach, describe, test } from "node:test";
import type { Page } from "playwright-core";
import {
  closePane,
  launchBrowser,
  openMessage,
  openPane,
  openSimulator,
  pane,
  type BrowserSession,
} from "./support/browser";

/** The pane downloads a language's chunk (src/core/language/loadLanguage.ts) only for a message in it. */

const LANGUAGE_CHUNK = /\/lang-([a-z]{2})\.js(?:\?|$)/;

async function requestTypes(page: Page): Promise<string[]> {
  await pane(page).getByRole("heading", { level: 2, name: "What they asked for" }).waitFor();
  return pane(page)
    .getByRole("combobox", { name: "Type" })
    .evaluateAll((els) => els.map((el) => (el as HTMLSelectElement).value));
}

describe("languages on demand in the simulated Outlook", () => {
  let session: BrowserSession;
  let page: Page;
  let downloaded: string[] = [];

  before(async () => {
    session = await launchBrowser();
    page = await openSimulator(session.context);
    page.on("request", (request) => {
      const language = LANGUAGE_CHUNK.exec(request.url())?.[1];
      if (language) downloaded.push(language);
    });
  });
  after(async () => session?.close());
  beforeEach(async () => {
    await closePane(page);
    downloaded = [];
  });

  test("an English email downloads no language chunk", async () => {
    await openMessage(page, "01-demo.eml");
    await openPane(page);
    assert.ok((await requestTypes(page)).includes("demo"));
    assert.deepEqual(downloaded, []);
    // The built-in templates in other languages come with their language, not with the pane.
    const template = pane(page).getByRole("combobox", { name: "Template" });
    assert.match(await template.inputValue(), /-en$/);
    assert.equal(await template.locator("optgroup[label='German']").count(), 0);
  });

  test("a German email downloads German, and its requests are read in German", async () => {
    await openMessage(page, "13-german.eml");
    await openPane(page);
    const types = await requestTypes(page);
    // "ein Angebot für 25 Lizenzen" is a German-only cue: English alone would miss it.
    assert.ok(types.includes("pricing"), `pricing among ${types.join(", ")}`);
    assert.ok(types.includes("demo"), `demo among ${types.join(", ")}`);
    assert.deepEqual(downloaded, ["de"]);
    assert.equal(
      await pane(page)
        .getByText(/Couldn't download/)
        .count(),
      0,
    );
    // German's chunk brings the German built-in templates: the reply is drafted in German.
    assert.match(await pane(page).getByRole("combobox", { name: "Template" }).inputValue(), /-de$/);
  });

  test("a French email downloads French, and its requests are read in French", async () => {
    await openMessage(page, "14-french.eml");
    await openPane(page);
    const types = await requestTypes(page);
    assert.ok(types.includes("case-study"), `case-study among ${types.join(", ")}`);
    assert.ok(types.includes("information"), `information among ${types.join(", ")}`);
    assert.deepEqual(downloaded, ["fr"]);
  });

  test("offline, the pane still opens on a German email and says requests may be missed", async () => {
    await page.context().route(LANGUAGE_CHUNK, (route) => route.abort("internetdisconnected"));
    try {
      await openMessage(page, "13-german.eml");
      await openPane(page);
      await pane(page)
        .getByText(/Couldn't download German language support/)
        .waitFor();
      await requestTypes(page);
      assert.deepEqual(downloaded, ["de"]);
      // Without the chunk, no German templates either: the English ones are offered.
      const template = pane(page).getByRole("combobox", { name: "Template" });
      assert.equal(await template.locator("optgroup[label='German']").count(), 0);
      assert.ok((await template.locator("option").count()) > 1);
    } finally {
      await page.context().unroute(LANGUAGE_CHUNK);
    }
  });
});
