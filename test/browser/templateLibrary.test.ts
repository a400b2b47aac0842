import assert from "node:assert/strict";
import { after, before, beforeEach, describe, test } from "node:test";
import type { Page } from "playwright-core";
import {
  clickRibbon,
  closePane,
  composeHtml,
  launchBrowser,
  openMessage,
  openPane,
  openSimulator,
  pane,
  replyPreview,
  type BrowserSession,
} from "./support/browser";
import { insertedRightAfter, insertionDiff, splitReply, textOf } from "./support/html";
import { startLibraryServer, type LibraryServer } from "./support/libraryServer";

/** The sentence that tells the team's demo template from the built-in one. */
const TEAM_SENTENCE = "At Contoso we shape every demo around the way your team works today.";
/** The sentence the rep rewrites in a personal copy of the team's template. */
const PERSONAL_SENTENCE = "I will bring our route-planning specialist, so every question gets answered.";

function teamTemplate(id: string, name: string, types: string[], body: string) {
  return {
    id,
    name,
    description: `${name}, kept by Contoso sales ops.`,
    types,
    language: "en",
    version: 1,
    body,
  };
}

/** A team library as `npm run build` writes it (templates/library.schema.json), with one template that breaks the commitment rule. */
const TEAM_LIBRARY = JSON.stringify({
  schemaVersion: 1,
  name: "Contoso sales library",
  version: "2026.11.1",
  templates: [
    teamTemplate(
      "contoso-demo-en",
      "Contoso demo — team",
      ["demo"],
      [
        "<p>Hi {{greetingName}},</p>",
        "<p>Happy to set up {{items}}. " + TEAM_SENTENCE + "</p>",
        "<p>Once you've seen it, could you let me know {{decision.ask}}, ideally by {{decisionDate.long}}?</p>",
        "<p>Who else will have a say in that decision?</p>",
        "<p>And if it isn't a fit, a no is a perfectly good answer.</p>",
        "<p>Best,<br>{{rep.firstName}}</p>",
      ].join("\n"),
    ),
    teamTemplate(
      "contoso-general-en",
      "Contoso general — team",
      ["general"],
      "<p>Hi {{greetingName}},</p>\n<p>Thanks for asking about {{items}}. Could you let me know {{decision.ask}} by {{decisionDate.long}}?</p>",
    ),
    teamTemplate(
      "contoso-pricing-en",
      "Contoso pricing — no decision ask",
      ["pricing"],
      "<p>Hi {{greetingName}},</p>\n<p>Here is {{items}}. Talk soon, ideally by {{decisionDate.long}}.</p>",
    ),
  ],
});

/** A plain-HTTP host off this machine: no library may be requested from it. */
const REFUSED_HOST = "templates.contoso.example";
const GOOD = { status: 200, body: TEAM_LIBRARY };
const CACHE_KEY = "decisionAsk.teamLibrary";
const ROAMING_KEY = "decision-ask-simulator:roaming:decision-ask";

async function replyWithCursorAfter(page: Page, file: string, typed: string): Promise<void> {
  await openMessage(page, file);
  await clickRibbon(page, "Reply");
  await page.locator("#compose-body").click({ position: { x: 4, y: 4 } });
  await page.keyboard.type(typed);
}

/** Closing and opening the pane loads it afresh, as a rep opening it on the next email would. */
async function reopenPane(page: Page): Promise<void> {
  await closePane(page);
  await openPane(page);
  await replyPreview(page).waitFor();
}

function templatePicker(page: Page) {
  return pane(page).getByRole("combobox", { name: "Template", exact: true });
}

async function offeredTemplates(page: Page): Promise<string[]> {
  return templatePicker(page).locator("option").allInnerTexts();
}

function replySection(page: Page) {
  return pane(page).getByRole("region", { name: "Your reply" });
}

function templatesSection(page: Page) {
  return pane(page).getByRole("region", { name: "Templates" });
}

/** Waits for the Templates section to say where its templates come from. */
async function waitForSource(page: Page, line: RegExp): Promise<void> {
  await templatesSection(page).getByRole("status").filter({ hasText: line }).first().waitFor();
}

async function saveLibraryAddress(page: Page, url: string): Promise<void> {
  await templatesSection(page).getByRole("textbox", { name: "Team library address" }).fill(url);
  await templatesSection(page).getByRole("button", { name: "Save address" }).click();
}

/**
 * Loads the open pane at its own page with `?library=` added, as an admin's manifest
 * (SourceLocation) would give it; the simulator keeps the pane's bridge across the navigation.
 */
async function openPaneAsAdminSetIt(page: Page, adminUrl: string): Promise<void> {
  await page.locator("#taskpane-frame").evaluate((frame: HTMLIFrameElement, address) => {
    const url = new URL(frame.src);
    url.searchParams.set("library", address);
    frame.src = url.href;
  }, adminUrl);
  await pane(page)
    .getByText(/^Your admin set the library address/)
    .waitFor();
}

async function roamingSettings(page: Page): Promise<string> {
  return page.evaluate((key) => localStorage.getItem(key) ?? "", ROAMING_KEY);
}

describe("a team template library served on localhost, in the simulated Outlook", () => {
  let session: BrowserSession;
  let page: Page;
  let library: LibraryServer;

  before(async () => {
    library = await startLibraryServer(GOOD);
    session = await launchBrowser();
    page = await openSimulator(session.context);
  });
  after(async () => {
    await session?.close();
    await library?.close();
  });
  beforeEach(async () => {
    await closePane(page);
    library.answer(GOOD);
  });

  test("the rep sets the address: the team's templates are offered, the broken one is listed with why, the preview uses the team's", async () => {
    await replyWithCursorAfter(page, "01-demo.eml", "Hi Priya,");
    await openPane(page);
    await replyPreview(page).waitFor();
    await waitForSource(page, /built-in templates/);
    assert.ok((await offeredTemplates(page)).includes("Demo — decision ask"), "built-in before");

    await saveLibraryAddress(page, library.url);
    await templatesSection(page).getByText("Address saved.").waitFor();
    await waitForSource(page, /Using your team's library “Contoso sales library”, version 2026\.11\.1\./);
    assert.ok(library.requests.includes("/library.json"), "the pane fetched the library");
    assert.match(await roamingSettings(page), /127\.0\.0\.1:\d+\/library\.json/, "the address roams");

    assert.deepEqual(await offeredTemplates(page), ["Contoso demo — team", "Contoso general — team"]);
    await replySection(page)
      .getByText("1 of your team's 3 templates were left out because they failed the template checks.")
      .waitFor();
    const leftOut = templatesSection(page).getByRole("listitem").filter({ hasText: "contoso-pricing-en" });
    assert.match(await leftOut.innerText(), /templates\[2\] contoso-pricing-en.*asks-decision/);

    await templatePicker(page).selectOption({ label: "Contoso demo — team" });
    await replySection(page).getByText(TEAM_SENTENCE).waitFor();
    assert.match(await replySection(page).innerText(), /Priya/);
  });

  test("the library breaks: the saved copy stays in use with a message; without it, the built-in templates", async () => {
    await replyWithCursorAfter(page, "01-demo.eml", "Hi Priya,");
    await openPane(page);
    await saveLibraryAddress(page, library.url);
    await waitForSource(page, /Using your team's library/);

    library.answer({ status: 500, body: "Internal Server Error" });
    await reopenPane(page);
    await waitForSource(page, /Using the saved copy of “Contoso sales library”, version 2026\.11\.1\./);
    await replySection(page)
      .getByText(/server returned 500\)\. Using the copy saved on \d{1,2} [A-Z][a-z]{2}\./)
      .waitFor();
    assert.ok((await offeredTemplates(page)).includes("Contoso demo — team"));
    await replySection(page).getByText(TEAM_SENTENCE).waitFor();

    library.answer({ status: 200, body: '{"schemaVersion": 1, "name": "Contoso' });
    await reopenPane(page);
    await replySection(page)
      .getByText(/isn't valid JSON .*Using the copy saved on/)
      .waitFor();
    await waitForSource(page, /Using the saved copy of/);

    library.answer({ status: 500, body: "Internal Server Error" });
    await page.evaluate((key) => localStorage.removeItem(key), CACHE_KEY);
    await reopenPane(page);
    await replySection(page)
      .getByText(/server returned 500\)\. Using the built-in templates\./)
      .waitFor();
    await waitForSource(page, /^Using the built-in templates\.$/);
    const builtin = await offeredTemplates(page);
    assert.ok(builtin.includes("Demo — decision ask") && !builtin.includes("Contoso demo — team"));

    // A good load saves a copy for its own address only; another address does not get it.
    library.answer(GOOD);
    await reopenPane(page);
    await waitForSource(page, /Using your team's library/);
    library.answer({ status: 500, body: "Internal Server Error" });
    await saveLibraryAddress(page, library.url.replace("/library.json", "/moved/library.json"));
    await replySection(page)
      .getByText(/server returned 500\)\. Using the built-in templates\./)
      .waitFor();
    assert.ok(!(await offeredTemplates(page)).includes("Contoso demo — team"));
  });

  test("a plain-HTTP address off this machine is refused with a message, saved nowhere and never requested", async () => {
    await replyWithCursorAfter(page, "01-demo.eml", "Hi Priya,");
    await openPane(page);
    await saveLibraryAddress(page, library.url);
    await waitForSource(page, /Using your team's library/);

    const requested: string[] = [];
    const record = (request: { url(): string }) => requested.push(request.url());
    session.context.on("request", record);
    try {
      await saveLibraryAddress(page, `http://${REFUSED_HOST}/library.json`);
      await templatesSection(page)
        .getByText(/Only HTTPS addresses are allowed for a team library/)
        .waitFor();
      await page.waitForTimeout(300);
    } finally {
      session.context.off("request", record);
    }
    assert.deepEqual(
      requested.filter((url) => new URL(url).hostname === REFUSED_HOST),
      [],
      "no request went to the refused address",
    );
    const roaming = await roamingSettings(page);
    assert.ok(!roaming.includes(REFUSED_HOST), "the refused address was not saved");
    assert.ok(roaming.includes(library.url), "the previous address stays saved");
    await waitForSource(page, /Using your team's library/);
  });

  test("an admin's address on the pane's URL wins over the rep's, even when it is refused", async () => {
    const adminLibrary = await startLibraryServer({
      status: 200,
      body: TEAM_LIBRARY.replace("Contoso sales library", "Contoso admin library"),
    });
    try {
      await replyWithCursorAfter(page, "01-demo.eml", "Hi Priya,");
      await openPane(page);
      await saveLibraryAddress(page, library.url);
      await waitForSource(page, /Using your team's library “Contoso sales library”/);

      await openPaneAsAdminSetIt(page, adminLibrary.url);
      await waitForSource(page, /Using your team's library “Contoso admin library”/);
      await templatesSection(page)
        .getByText(
          `Your admin set the library address: ${adminLibrary.url} It is used instead of the address you saved.`,
        )
        .waitFor();
      assert.equal(
        await templatesSection(page).getByRole("textbox", { name: "Team library address" }).count(),
        0,
      );

      const requested: string[] = [];
      const record = (request: { url(): string }) => requested.push(request.url());
      session.context.on("request", record);
      try {
        await openPaneAsAdminSetIt(page, `http://${REFUSED_HOST}/library.json`);
        await replySection(page)
          .getByText(/Only HTTPS addresses are allowed for a team library.*Using the built-in templates\./)
          .waitFor();
      } finally {
        session.context.off("request", record);
      }
      assert.deepEqual(
        requested.filter((url) => new URL(url).hostname === REFUSED_HOST),
        [],
      );
      assert.ok(!(await offeredTemplates(page)).includes("Contoso demo — team"), "not the rep's library");
    } finally {
      await adminLibrary.close();
    }
  });

  test("a personal copy of the team's template: edit with live checks and preview, save, pick it, insert it", async () => {
    await replyWithCursorAfter(page, "01-demo.eml", "Hi Priya, thanks for the note.");
    const before = await composeHtml(page);
    await openPane(page);
    await saveLibraryAddress(page, library.url);
    await waitForSource(page, /Using your team's library/);
    await templatePicker(page).selectOption({ label: "Contoso demo — team" });

    await templatesSection(page).getByRole("button", { name: "Duplicate “Contoso demo — team”" }).click();
    const editor = pane(page).getByRole("form", { name: "Edit your template" });
    await editor.getByRole("textbox", { name: "Template name" }).fill("Contoso demo — my version");
    const bodyField = editor.getByRole("textbox", { name: "Template text" });
    const teamBody = await bodyField.inputValue();
    assert.ok(teamBody.includes(TEAM_SENTENCE), "the copy starts from the team's text");

    await bodyField.fill(teamBody.replace("{{decision.ask}}", "how it went"));
    await editor.getByRole("status").filter({ hasText: "1 check fails:" }).waitFor();
    assert.match(await editor.getByRole("status").innerText(), /must ask for the decision/);

    await bodyField.fill(teamBody.replace(TEAM_SENTENCE, PERSONAL_SENTENCE));
    await editor.getByRole("status").filter({ hasText: "Passes the team's template checks." }).waitFor();
    await editor.locator("p", { hasText: PERSONAL_SENTENCE }).waitFor();
    assert.equal(
      await editor.locator("p", { hasText: TEAM_SENTENCE }).count(),
      0,
      "the preview follows the edit",
    );

    await editor.getByRole("button", { name: "Save template" }).click();
    await templatesSection(page)
      .getByRole("listitem")
      .filter({ hasText: "Contoso demo — my version" })
      .waitFor();
    assert.match(
      await roamingSettings(page),
      /Contoso demo — my version/,
      "the template roams with the mailbox",
    );
    assert.equal(
      await templatePicker(page).locator("option:checked").innerText(),
      "Contoso demo — my version",
    );
    await replySection(page).getByText(PERSONAL_SENTENCE).waitFor();

    await pane(page).getByRole("button", { name: "Insert reply" }).click();
    await page.waitForFunction((b) => document.querySelector("#compose-body")?.innerHTML !== b, before);
    const afterHtml = await composeHtml(page);
    const { prefix, inserted, suffix } = insertionDiff(before, afterHtml);
    assert.equal(prefix + suffix, before, "everything outside the insertion is byte for byte as before");
    assert.ok(insertedRightAfter(before, afterHtml, "thanks for the note."), "inserted at the rep's cursor");
    const text = textOf(inserted);
    assert.ok(text.includes(PERSONAL_SENTENCE), text);
    assert.ok(!text.includes(TEAM_SENTENCE), text);
    assert.match(textOf(splitReply(afterHtml).reply), /Hi Priya, thanks for the note\./);
    assert.equal(splitReply(afterHtml).quote, splitReply(before).quote, "the quoted original is unchanged");
  });
});
