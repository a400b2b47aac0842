/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/ui/taskpane/App";
import { HostError, type HostItem } from "../../src/host/mailHost";
import type { PaneServices } from "../../src/ui/taskpane/services";
import { decisionTypes } from "../../src/core/decision";
import { analysis, emptyAnalysis, fakeHost, fakeServices, hostItem, MemoryStore, request } from "./fakes";

// Typing re-renders a whole form per key; on a shared 2-core machine that needs headroom.
jest.setTimeout(20_000);

function renderPane(services: PaneServices) {
  const user = userEvent.setup({ delay: null });
  render(<App services={services} />);
  return user;
}

async function ready() {
  await screen.findByRole("heading", { level: 2, name: "What they asked for" });
}

/** The preview shows the debounced draft, so assertions wait for it to settle. */
async function expectPreview(text: string | RegExp) {
  await waitFor(() => expect(previewText()).toMatch(text));
}

function previewText(): string {
  return screen.getByRole("region", { name: "Your reply" }).textContent ?? "";
}

function requestGroup(number: number) {
  return screen.getByRole("group", { name: `Request ${number}` });
}

const typeField = (number: number) => within(requestGroup(number)).getByRole("combobox", { name: "Type" });
const itemField = (number: number) =>
  within(requestGroup(number)).getByRole("textbox", { name: "Item to confirm" });
const dateField = () => screen.getByLabelText("Decide by");
const insertButton = () => screen.getByRole("button", { name: "Insert reply" });

describe("task pane: loading and reading", () => {
  it("shows a spinner while the item is read, then the prospect and what they asked for", async () => {
    let deliver: (item: HostItem) => void = () => undefined;
    const host = fakeHost({ readItem: () => new Promise<HostItem>((resolve) => (deliver = resolve)) });
    renderPane(fakeServices(host));

    expect(screen.getByText("Reading the email…")).toBeInTheDocument();
    deliver(hostItem());

    expect(await screen.findByRole("heading", { level: 1, name: "Anna Schmidt" })).toBeInTheDocument();
    expect(screen.getByText(/Acme Logistics/)).toBeInTheDocument();
    expect(typeField(1)).toHaveValue("demo");
    expect(itemField(1)).toHaveValue("a demo of route planning");
    expect(
      screen.getByText(/They wrote: “Could you show me a demo of route planning\?”/),
    ).toBeInTheDocument();
    await expectPreview("Hi Anna, confirming demo: a demo of route planning.");
  });

  it("says why it could not read the item and reads it again on Retry", async () => {
    const host = fakeHost();
    host.readItem
      .mockRejectedValueOnce(new HostError("readFailed", "Outlook could not give us the email body."))
      .mockResolvedValueOnce(hostItem());
    const user = renderPane(fakeServices(host));

    expect(await screen.findByText("Outlook could not give us the email body.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Retry" }));
    await ready();
    expect(host.readItem).toHaveBeenCalledTimes(2);
  });

  it("shows the core's message for an email it cannot read", async () => {
    const { InputError } = await import("../../src/core/errors");
    const services = fakeServices(fakeHost(), {
      analyze: async () => {
        throw new InputError("This email is empty: there is nothing to reply to.");
      },
    });
    renderPane(services);
    expect(await screen.findByText("This email is empty: there is nothing to reply to.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Retry" })).toBeInTheDocument();
  });

  it("says so when the message asks for nothing, and lets the rep add the request", async () => {
    const user = renderPane(fakeServices(fakeHost(), { analysisResult: analysis({ requests: [] }) }));
    await ready();

    expect(screen.getByText(/No request found in their message/)).toBeInTheDocument();
    expect(screen.queryByRole("group", { name: "Request 1" })).not.toBeInTheDocument();
    expect(insertButton()).toHaveAttribute("aria-disabled", "true");
    expect(screen.getByText("Add a request to see the reply.")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Add a request" }));
    await user.selectOptions(typeField(1), "pricing");
    await user.type(itemField(1), "a quote for 40 seats");
    await expectPreview("confirming pricing: a quote for 40 seats.");
    expect(insertButton()).not.toHaveAttribute("aria-disabled");
  });

  it("notes that a message in an unknown language gets an English reply", async () => {
    const base = analysis();
    renderPane(
      fakeServices(fakeHost(), {
        analysisResult: { ...base, message: { ...base.message, language: "unknown" } },
      }),
    );
    expect(await screen.findByText(/so the reply is in English/)).toBeInTheDocument();
  });
});

describe("task pane: following Outlook", () => {
  it("reads the newly selected email when the pane is pinned", async () => {
    const host = fakeHost({ mode: "read", item: hostItem({ mode: "read" }) });
    const services = fakeServices(host, {
      analyze: async (input) => ({
        analysis:
          input.subject === "Security review"
            ? analysis({
                message: {
                  ...analysis().message,
                  sender: { name: "Li Wei", firstName: "Li", email: "li@beta.example", company: "Beta Corp" },
                },
                requests: [request("security", "your SOC 2 report")],
              })
            : analysis(),
      }),
    });
    renderPane(services);
    expect(await screen.findByRole("heading", { level: 1, name: "Anna Schmidt" })).toBeInTheDocument();

    act(() =>
      host.selectItem(hostItem({ mode: "read", subject: "Security review", conversationId: "conv-2" })),
    );

    expect(await screen.findByRole("heading", { level: 1, name: "Li Wei" })).toBeInTheDocument();
    expect(itemField(1)).toHaveValue("your SOC 2 report");
  });

  it("switches theme with Outlook and stops listening when closed", async () => {
    const host = fakeHost({ theme: "light" });
    const { container, unmount } = render(<App services={fakeServices(host)} />);
    await ready();
    const provider = container.querySelector<HTMLElement>(".fui-FluentProvider");
    expect(provider?.style.colorScheme).toBe("light");

    act(() => host.switchTheme("highContrast"));

    await waitFor(() => expect(provider?.style.colorScheme).toBe("dark"));
    unmount();
    expect(host.listenerCount()).toBe(0);
  });
});

describe("task pane: editing the reply", () => {
  it("changes a request's type and item, and the preview follows", async () => {
    const user = renderPane(fakeServices(fakeHost()));
    await ready();

    await user.selectOptions(typeField(1), "trial");
    await user.clear(itemField(1));
    await user.type(itemField(1), "a two-week pilot");

    await expectPreview("confirming trial: a two-week pilot.");
  });

  it("removes a request and adds one the detector missed, moving focus sensibly", async () => {
    const services = fakeServices(fakeHost(), {
      analysisResult: analysis({
        requests: [request("demo", "a demo"), request("pricing", "pricing for 40 seats")],
      }),
    });
    const user = renderPane(services);
    await ready();
    await expectPreview("confirming demo: a demo; pricing: pricing for 40 seats.");

    await user.click(within(requestGroup(1)).getByRole("button", { name: "Remove request 1" }));
    expect(screen.queryByRole("group", { name: "Request 2" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Add a request" })).toHaveFocus();
    await expectPreview("confirming pricing: pricing for 40 seats.");

    await user.click(screen.getByRole("button", { name: "Add a request" }));
    expect(typeField(2)).toHaveFocus();
    expect(within(requestGroup(2)).getByText("Pick what they asked for.")).toBeInTheDocument();
    expect(insertButton()).toHaveAttribute("aria-disabled", "true");

    await user.selectOptions(typeField(2), "security");
    await user.type(itemField(2), "your SOC 2 report");
    await expectPreview("confirming pricing: pricing for 40 seats; security: your SOC 2 report.");
  });

  it("changes the decision type and the preview asks for that decision", async () => {
    const user = renderPane(fakeServices(fakeHost()));
    await ready();
    expect(screen.getByRole("radio", { name: "Take the next step" })).toBeChecked();

    await user.click(screen.getByRole("radio", { name: "Budget approval" }));

    expect(screen.getByRole("radio", { name: "Budget approval" })).toBeChecked();
    await expectPreview("Decision: budget-approval");
  });

  it("defaults the date to the core's suggestion and takes a new weekday", async () => {
    const user = renderPane(fakeServices(fakeHost()));
    await ready();
    // A demo from Monday Nov 30: delivered in 2 business days, decided 3 later.
    expect(dateField()).toHaveValue("2026-12-07");

    await user.clear(dateField());
    await user.type(dateField(), "2026-12-09");

    await expectPreview("by 2026-12-09");
    expect(insertButton()).not.toHaveAttribute("aria-disabled");
  });

  it("refuses a weekend or a past date, keeping the suggested date in the preview", async () => {
    const user = renderPane(fakeServices(fakeHost()));
    await ready();

    await user.clear(dateField());
    await user.type(dateField(), "2026-12-05");
    expect(
      await screen.findByText("Saturday, December 5 falls on a weekend. Pick a weekday."),
    ).toBeInTheDocument();
    expect(insertButton()).toHaveAttribute("aria-disabled", "true");
    expect(previewText()).not.toMatch("2026-12-05");

    await user.clear(dateField());
    await user.type(dateField(), "2026-11-27");
    expect(await screen.findByText("Pick today or a later date.")).toBeInTheDocument();
    expect(insertButton()).toHaveAttribute("aria-disabled", "true");
  });

  it("shows the prospect's own deadline next to the date", async () => {
    renderPane(fakeServices(fakeHost(), { analysisResult: analysis({ deadline: "2026-12-04" }) }));
    await ready();
    expect(screen.getByText("They asked for it by Fri, Dec 4.")).toBeInTheDocument();
    // The core plans the decision no later than their deadline.
    expect(dateField()).toHaveValue("2026-12-04");
  });

  it("switches the template and the preview uses it", async () => {
    const user = renderPane(fakeServices(fakeHost()));
    await ready();
    const picker = screen.getByRole("combobox", { name: "Template" });
    expect(picker).toHaveValue("demo-en");
    expect(within(picker).getByRole("group", { name: "German" })).toBeInTheDocument();

    await user.selectOptions(picker, "general-de");

    await expectPreview("Template: general-de");
  });

  it("says when the template's language is not the one the prospect wrote in", async () => {
    const base = analysis();
    const user = renderPane(
      fakeServices(fakeHost(), { analysisResult: { ...base, message: { ...base.message, language: "de" } } }),
    );
    await ready();
    const picker = screen.getByRole("combobox", { name: "Template" });
    expect(picker).toHaveAccessibleDescription("They wrote in German; this template is in English.");

    await user.selectOptions(picker, "general-de");

    expect(picker).not.toHaveAccessibleDescription();
  });

  it("shows links in the reply without letting them navigate the pane away", async () => {
    const services = fakeServices(fakeHost());
    const draft = services.draft;
    services.draft = (analysisIn, options) => {
      const drafted = draft(analysisIn, options);
      return {
        ...drafted,
        html: `${drafted.html}<p><a href="https://vendor.example/demo">Book a slot</a></p>`,
      };
    };
    renderPane(services);
    await ready();

    const link = await screen.findByRole("link", { name: "Book a slot" });
    expect(link).toHaveAttribute("tabindex", "-1");
    expect(fireEvent.click(link)).toBe(false);
  });

  it("shows a template that fails to render as an error, not a blank preview", async () => {
    const services = fakeServices(fakeHost());
    const draft = services.draft;
    services.draft = (analysisIn, options) => {
      if (options.templateId === "general-en") throw new Error("Unclosed section “items”.");
      return draft(analysisIn, options);
    };
    const user = renderPane(services);
    await ready();

    await user.selectOptions(screen.getByRole("combobox", { name: "Template" }), "general-en");

    expect(await screen.findByText(/Unclosed section “items”\. Pick another template\./)).toBeInTheDocument();
  });
});

describe("task pane: inserting and replying", () => {
  it("inserts the drafted html and text at the cursor in compose", async () => {
    const host = fakeHost();
    const services = fakeServices(host);
    const user = renderPane(services);
    await ready();
    await user.clear(itemField(1));
    await user.type(itemField(1), "a <b>live</b> demo");

    // Clicking at once inserts the latest edit, not the debounced preview.
    await user.click(insertButton());

    await screen.findByText(/Reply inserted at your cursor/);
    expect(host.insertAtCursor).toHaveBeenCalledTimes(1);
    const text =
      "Hi Anna, confirming demo: a <b>live</b> demo. Decision: next-step by 2026-12-07. Template: demo-en. Sam";
    expect(host.insertAtCursor).toHaveBeenCalledWith({
      html: "<p>Hi Anna, confirming demo: a &lt;b&gt;live&lt;/b&gt; demo. Decision: next-step by 2026-12-07. Template: demo-en. Sam</p>",
      text,
    });
    expect(host.openReplyForm).not.toHaveBeenCalled();
  });

  it("opens a drafted reply form in read mode", async () => {
    const host = fakeHost({ mode: "read", item: hostItem({ mode: "read" }) });
    const user = renderPane(fakeServices(host));
    await ready();

    await user.click(screen.getByRole("button", { name: "Reply with decision ask" }));

    await screen.findByText(/Reply opened with your decision ask/);
    expect(host.openReplyForm).toHaveBeenCalledWith({
      html: expect.stringContaining("a demo of route planning"),
    });
    expect(host.insertAtCursor).not.toHaveBeenCalled();
  });

  it("shows a failed insert's message and keeps every edit for another try", async () => {
    const host = fakeHost();
    host.insertAtCursor.mockRejectedValueOnce(
      new HostError(
        "insertFailed",
        "Outlook could not insert the reply. Click in the message body and try again.",
      ),
    );
    const user = renderPane(fakeServices(host));
    await ready();
    await user.clear(itemField(1));
    await user.type(itemField(1), "a fleet demo");
    await user.click(screen.getByRole("radio", { name: "Shortlist" }));
    await user.clear(dateField());
    await user.type(dateField(), "2026-12-10");

    await user.click(insertButton());

    expect(
      await screen.findByText("Outlook could not insert the reply. Click in the message body and try again."),
    ).toBeInTheDocument();
    expect(itemField(1)).toHaveValue("a fleet demo");
    expect(screen.getByRole("radio", { name: "Shortlist" })).toBeChecked();
    expect(dateField()).toHaveValue("2026-12-10");

    await user.click(insertButton());
    await screen.findByText(/Reply inserted at your cursor/);
    expect(host.insertAtCursor).toHaveBeenLastCalledWith(
      expect.objectContaining({
        text: expect.stringContaining("demo: a fleet demo. Decision: shortlist by 2026-12-10"),
      }),
    );
  });
});

describe("task pane: a compose draft without the prospect's message", () => {
  it("uses what the pane read of the same conversation in read mode", async () => {
    const settings = new MemoryStore();
    const readHost = fakeHost({ mode: "read", item: hostItem({ mode: "read" }), settings });
    const { unmount } = render(<App services={fakeServices(readHost)} />);
    await ready();
    await waitFor(() => expect(settings.set).toHaveBeenCalled());
    unmount();

    const composeHost = fakeHost({ item: hostItem({ composeType: "newMail" }), settings });
    renderPane(fakeServices(composeHost, { analysisResult: emptyAnalysis() }));
    await ready();

    expect(screen.getByRole("heading", { level: 1, name: "Anna Schmidt" })).toBeInTheDocument();
    expect(screen.getByText(/these requests come from when you read it/)).toBeInTheDocument();
    expect(itemField(1)).toHaveValue("a demo of route planning");
    await expectPreview("Hi Anna, confirming demo: a demo of route planning.");
  });

  it("asks the rep for the request when it has nothing to go on, and invents none", async () => {
    const host = fakeHost({ item: hostItem({ conversationId: "conv-unknown" }) });
    const user = renderPane(fakeServices(host, { analysisResult: emptyAnalysis() }));
    await ready();

    expect(screen.getByText(/This draft doesn't include the prospect's message/)).toBeInTheDocument();
    expect(screen.queryByRole("group", { name: "Request 1" })).not.toBeInTheDocument();
    expect(screen.getByText("Add a request to see the reply.")).toBeInTheDocument();
    await user.click(insertButton());
    expect(host.insertAtCursor).not.toHaveBeenCalled();

    await user.click(screen.getByRole("button", { name: "Add a request" }));
    expect(typeField(1)).toHaveValue("");
    await user.selectOptions(typeField(1), "proposal");
    await user.type(itemField(1), "a proposal for the Q1 rollout");
    await expectPreview("Hi there, confirming proposal: a proposal for the Q1 rollout.");
  });

  it("greets the draft's recipient when there is no message to read", async () => {
    const host = fakeHost({
      item: hostItem({
        conversationId: "conv-unknown",
        composeType: "newMail",
        to: [{ name: "Anna Schmidt", email: "anna@acme-logistics.example" }],
      }),
    });
    const user = renderPane(fakeServices(host, { analysisResult: emptyAnalysis() }));
    await ready();

    expect(screen.getByRole("heading", { level: 1, name: "Anna Schmidt" })).toBeInTheDocument();
    expect(screen.queryByRole("group", { name: "Request 1" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Add a request" }));
    await user.selectOptions(typeField(1), "meeting");
    await user.type(itemField(1), "a call about the rollout");
    await expectPreview("Hi Anna, confirming meeting: a call about the rollout.");
  });
});

describe("task pane: accessibility", () => {
  it("gives every control an accessible name and labels each section with a heading", async () => {
    renderPane(fakeServices(fakeHost(), { analysisResult: analysis({ deadline: "2026-12-04" }) }));
    await ready();

    const controls = [
      ...screen.getAllByRole("button"),
      ...screen.getAllByRole("combobox"),
      ...screen.getAllByRole("textbox"),
      ...screen.getAllByRole("radio"),
      dateField(),
    ];
    for (const control of controls) expect(control).toHaveAccessibleName();
    expect(screen.getByRole("radiogroup", { name: "The decision they will make" })).toBeInTheDocument();
    expect(dateField()).toHaveAccessibleDescription("They asked for it by Fri, Dec 4.");
    for (const name of ["What they asked for", "The decision to ask for", "Your reply"]) {
      expect(screen.getByRole("region", { name })).toBeInTheDocument();
    }
  });

  it("announces the drafted ask in a live region", async () => {
    const user = renderPane(fakeServices(fakeHost()));
    await ready();
    await user.click(screen.getByRole("radio", { name: "Go / no-go" }));
    await waitFor(() =>
      expect(
        within(screen.getByRole("region", { name: "Your reply" })).getByRole("status"),
      ).toHaveTextContent("Reply updated: Go / no-go, decision by Monday, December 7."),
    );
  });

  it("runs by keyboard: Tab reaches the controls in order and Space picks a decision", async () => {
    const host = fakeHost();
    const user = renderPane(fakeServices(host));
    await ready();

    await user.tab();
    expect(typeField(1)).toHaveFocus();
    await user.tab();
    expect(itemField(1)).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("button", { name: "Remove request 1" })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("button", { name: "Add a request" })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("radio", { name: "Take the next step" })).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    expect(screen.getByRole("radio", { name: "Bring in the other decision makers" })).toBeChecked();
    await user.tab();
    expect(dateField()).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("combobox", { name: "Template" })).toHaveFocus();
    await user.tab();
    expect(insertButton()).toHaveFocus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(host.insertAtCursor).toHaveBeenCalledTimes(1));
  });
});

describe("task pane: faults", () => {
  it("shows a way out instead of a blank pane when a part of it fails, and starts again", async () => {
    const quiet = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const services = fakeServices(fakeHost());
    services.decisionTypes = [
      {
        id: "go-no-go",
        get label(): string {
          throw new Error("label table missing");
        },
      },
    ];
    const user = renderPane(services);

    expect(await screen.findByText(/Decision Ask ran into a problem/)).toBeInTheDocument();
    services.decisionTypes = decisionTypes("en");
    await user.click(screen.getByRole("button", { name: "Retry" }));
    await ready();
    quiet.mockRestore();
  });
});
