/** @jest-environment jsdom */
import "./jsdomTextEncoding";
import "@testing-library/jest-dom";
import { render, screen, within } from "@testing-library/react";
import { LanguageLoadError, loadLanguage } from "../../src/core/language/loadLanguage";
import { App } from "../../src/ui/taskpane/App";
import { createPaneServices } from "../../src/ui/taskpane/createPaneServices";
import { fakeHost, hostItem, MemoryStore, TODAY } from "./fakes";

/**
 * The pane downloads the message's language before reading it (in jest every language is
 * already registered, so the download itself is stood in for).
 */

jest.mock("../../src/core/language/loadLanguage", () => ({
  ...jest.requireActual("../../src/core/language/loadLanguage"),
  loadLanguage: jest.fn(async () => undefined),
}));

jest.setTimeout(20_000);

const load = jest.mocked(loadLanguage);

const GERMAN_ITEM = hostItem({
  mode: "read",
  body:
    "<p>Hallo Sam,</p><p>könnten Sie uns bitte ein Angebot für 50 Lizenzen schicken und uns eine Demo " +
    "des Planungsmoduls zeigen? Wir freuen uns auf Ihre Rückmeldung.</p><p>Viele Grüße<br>Anna Schmidt</p>",
  from: { name: "Anna Schmidt", email: "anna@acme-logistics.example" },
  subject: "Angebot",
  sentAt: "2026-11-27T09:00:00Z",
  conversationId: "conv-angebot",
  me: { name: "Sam Rivera", email: "sam@vendor.example" },
});

const NOTE = /Couldn't download German language support/;

async function ready() {
  // The first German reading also compiles that language's templates here, which takes a while.
  await screen.findByRole("heading", { level: 2, name: "What they asked for" }, { timeout: 10_000 });
}

/** A read-mode pane on a message from Anna with the given body, once it has drafted. */
async function openOnMessage(body: string) {
  const item = hostItem({
    mode: "read",
    body,
    from: { name: "Anna Schmidt", email: "anna@acme-logistics.example" },
  });
  render(<App services={createPaneServices(fakeHost({ mode: "read", item }), () => TODAY)} />);
  await ready();
}

beforeEach(() => load.mockClear());

describe("task pane: languages on demand", () => {
  it("loads the message's language before reading it", async () => {
    render(<App services={createPaneServices(fakeHost({ mode: "read", item: GERMAN_ITEM }), () => TODAY)} />);
    await ready();

    expect(load).toHaveBeenCalledWith("de");
    expect(screen.getByRole("group", { name: "Request 1" })).toBeInTheDocument();
    expect(screen.queryByText(NOTE)).not.toBeInTheDocument();
  });

  it("still opens when the language cannot be downloaded, and says requests may be missed", async () => {
    load.mockRejectedValueOnce(new LanguageLoadError(["de"]));
    const settings = new MemoryStore();
    const host = fakeHost({ mode: "read", item: GERMAN_ITEM, settings });
    render(<App services={createPaneServices(host, () => TODAY)} />);
    await ready();

    const note = screen.getByText(NOTE);
    expect(note).toHaveTextContent("requests in their message may be missed");
    // A Fluent MessageBar: announced to screen readers, and it blocks nothing below it.
    expect(note.closest("[role='group']")).toBeInTheDocument();
    expect(within(screen.getByRole("main")).getByRole("button", { name: "Add a request" })).toBeEnabled();
    expect(screen.getByRole("heading", { level: 1, name: "Anna Schmidt" })).toBeInTheDocument();
    // A reading short of its language is not kept for a later compose draft.
    expect(settings.set).not.toHaveBeenCalled();
  });

  it("names no language when a message of unknown language could not load the others", async () => {
    load.mockRejectedValueOnce(new LanguageLoadError(["de", "fr"]));
    await openOnMessage("<p>Demo?</p>");

    expect(load).toHaveBeenCalledWith("unknown");
    expect(screen.getByText(/Couldn't download support for other languages/)).toBeInTheDocument();
  });

  it("drafts a German email with the German built-in templates, which an English one does without", async () => {
    render(<App services={createPaneServices(fakeHost({ mode: "read", item: GERMAN_ITEM }), () => TODAY)} />);
    await ready();
    const picker = screen.getByRole<HTMLSelectElement>("combobox", { name: "Template" });
    expect(picker.value).toMatch(/-de$/);
    expect(within(picker).getByRole("group", { name: "German" })).toBeInTheDocument();
  });

  it("offers only the English built-in templates for an English email", async () => {
    await openOnMessage("<p>Hi Sam, could you send pricing for 50 seats?</p><p>Thanks, Anna</p>");
    const picker = screen.getByRole<HTMLSelectElement>("combobox", { name: "Template" });
    expect(picker.value).toMatch(/-en$/);
    expect(within(picker).queryByRole("group", { name: "German" })).not.toBeInTheDocument();
  });

  it("does not download anything for a draft without the prospect's message", async () => {
    const item = hostItem({ mode: "compose", composeType: "newMail", body: "<p>Hi Anna,</p>" });
    render(<App services={createPaneServices(fakeHost({ item }), () => TODAY)} />);
    await ready();
    expect(load).not.toHaveBeenCalled();
  });
});
