/** @jest-environment jsdom */
import "./jsdomTextEncoding";
import "@testing-library/jest-dom";
import { readFileSync } from "fs";
import path from "path";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import builtinLibrary from "decision-ask-templates";
import { analyzeEmail } from "../../src/core/analyze";
import { draftReply } from "../../src/core/draft";
import { createSanitizer } from "../../src/core/render/sanitize";
import { App } from "../../src/ui/taskpane/App";
import { createPaneServices } from "../../src/ui/taskpane/createPaneServices";
import { fakeHost, hostItem, MemoryStore, TODAY } from "./fakes";

/** The pane over the real core, template library and sanitizer: only Outlook is faked. */

jest.setTimeout(20_000);

const READ_ITEM = hostItem({
  mode: "read",
  body:
    "<p>Hi Sam,</p><p>Could you send me pricing for 40 seats and show us a demo of the route planner? " +
    "We need the numbers by Friday, December 4.</p><p>Thanks,<br>Anna Schmidt<br>Head of Operations, Acme Logistics</p>",
  from: { name: "Anna Schmidt", email: "anna@acme-logistics.example" },
  subject: "Route planning",
  sentAt: "2026-11-27T09:00:00Z",
  conversationId: "conv-route-planning",
  me: { name: "Sam Rivera", email: "sam@vendor.example" },
});

const OWA_DRAFT = hostItem({
  mode: "compose",
  composeType: "reply",
  body: readFileSync(path.resolve(__dirname, "../fixtures/email/owa-draft.html"), "utf8"),
  subject: "RE: Pilot",
  conversationId: "conv-pilot",
  me: { name: "Sam Carter", email: "sam.carter@contoso.com" },
});

const rep = (name: string) => ({ name, firstName: name.split(" ")[0], email: undefined });
const sanitize = createSanitizer(window);

async function ready() {
  await screen.findByRole("heading", { level: 2, name: "What they asked for" });
}

function requestGroup(number: number) {
  return screen.getByRole("group", { name: `Request ${number}` });
}

describe("task pane over the real core", () => {
  it("opens a read-mode email on what the core detected and replies with the core's draft", async () => {
    const user = userEvent.setup({ delay: null });
    const host = fakeHost({ mode: "read", item: READ_ITEM });
    render(<App services={createPaneServices(host, () => TODAY)} />);
    await ready();

    const analysis = analyzeEmail(READ_ITEM, TODAY);
    expect(analysis.requests.length).toBeGreaterThan(0);
    expect(screen.getByRole("heading", { level: 1, name: analysis.message.sender.name })).toBeInTheDocument();
    analysis.requests.forEach((request, index) => {
      const group = requestGroup(index + 1);
      expect(within(group).getByRole("combobox", { name: "Type" })).toHaveValue(request.type);
      expect(within(group).getByRole("textbox", { name: "Item to confirm" })).toHaveValue(request.item);
    });
    expect(screen.getByText("They asked for it by Fri, Dec 4.")).toBeInTheDocument();

    const expected = draftReply(analysis, { library: builtinLibrary, rep: rep("Sam Rivera"), today: TODAY });
    expect(screen.getByRole("combobox", { name: "Template" })).toHaveValue(expected.templateId);
    expect(screen.getByLabelText("Decide by")).toHaveValue(expected.decisionDate);
    expect(screen.getByRole("radio", { checked: true })).toHaveAttribute("value", expected.decision);
    await waitFor(() =>
      expect(screen.getByRole("region", { name: "Your reply" })).toHaveTextContent(analysis.requests[0].item),
    );

    await user.click(screen.getByRole("button", { name: "Reply with decision ask" }));

    await screen.findByText(/Reply opened with your decision ask/);
    expect(host.openReplyForm).toHaveBeenCalledWith({ html: sanitize(expected.html) });
  });

  it("inserts the core's draft for an Outlook on the web reply, with the rep's edit", async () => {
    const user = userEvent.setup({ delay: null });
    const host = fakeHost({ item: OWA_DRAFT });
    render(<App services={createPaneServices(host, () => TODAY)} />);
    await ready();

    const analysis = analyzeEmail(OWA_DRAFT, TODAY);
    expect(screen.getByRole("heading", { level: 1, name: analysis.message.sender.name })).toBeInTheDocument();
    const item = within(requestGroup(1)).getByRole("textbox", { name: "Item to confirm" });
    await user.clear(item);
    await user.type(item, "the pilot terms for one production line");

    await user.click(screen.getByRole("button", { name: "Insert reply" }));

    await screen.findByText(/Reply inserted at your cursor/);
    const requests = [{ ...analysis.requests[0], item: "the pilot terms for one production line" }];
    const expected = draftReply(analysis, {
      library: builtinLibrary,
      rep: rep("Sam Carter"),
      today: TODAY,
      requests,
    });
    expect(host.insertAtCursor).toHaveBeenCalledWith({ html: sanitize(expected.html), text: expected.text });
    expect(expected.text).toContain("the pilot terms for one production line");
  });

  it("drafts a new message in a conversation read earlier from what it remembered", async () => {
    const settings = new MemoryStore();
    const reading = render(
      <App
        services={createPaneServices(fakeHost({ mode: "read", item: READ_ITEM, settings }), () => TODAY)}
      />,
    );
    await ready();
    await waitFor(() => expect(settings.set).toHaveBeenCalled());
    reading.unmount();

    const newMail = hostItem({
      mode: "compose",
      composeType: "newMail",
      body: "<p>Hi Anna,</p>",
      conversationId: READ_ITEM.conversationId,
      me: READ_ITEM.me,
    });
    expect(analyzeEmail(newMail, TODAY).message.found).toBe(false);
    render(<App services={createPaneServices(fakeHost({ item: newMail, settings }), () => TODAY)} />);
    await ready();

    expect(screen.getByRole("heading", { level: 1, name: "Anna Schmidt" })).toBeInTheDocument();
    expect(within(requestGroup(1)).getByRole("textbox", { name: "Item to confirm" })).toHaveValue(
      analyzeEmail(READ_ITEM, TODAY).requests[0].item,
    );
    expect(screen.getByText("They asked for it by Fri, Dec 4.")).toBeInTheDocument();
  });
});
