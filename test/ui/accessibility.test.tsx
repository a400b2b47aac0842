/** @jest-environment jsdom */
import "@testing-library/jest-dom";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { App } from "../../src/ui/taskpane/App";
import { HostError } from "../../src/host/mailHost";
import { analysis, emptyAnalysis, fakeHost, fakeServices, hostItem } from "./fakes";

jest.setTimeout(20_000);

/** Rules jsdom cannot judge (no layout, no colours); the browser tests run them against the real pane. */
const NEEDS_A_BROWSER = { "color-contrast": { enabled: false } };

async function violations(): Promise<string[]> {
  // The preview's debounce may settle while axe runs; act() applies that update before the check ends.
  const results = await act(() => axe.run(document.body, { rules: NEEDS_A_BROWSER }));
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(" | ")}`,
  );
}

describe("task pane accessibility (axe)", () => {
  it.each([
    [
      "compose, with a deadline",
      fakeServices(fakeHost(), { analysisResult: analysis({ deadline: "2026-12-04" }) }),
    ],
    ["read mode", fakeServices(fakeHost({ mode: "read", item: hostItem({ mode: "read" }) }))],
    ["compose without the prospect's message", fakeServices(fakeHost(), { analysisResult: emptyAnalysis() })],
  ])("has no violations: %s", async (_name, services) => {
    render(<App services={services} />);
    await screen.findByRole("heading", { level: 2, name: "What they asked for" });
    expect(await violations()).toEqual([]);
  });

  it("has no violations in the read-error state", async () => {
    const host = fakeHost({ readItem: () => Promise.reject(new Error("boom")) });
    render(<App services={fakeServices(host)} />);
    await screen.findByRole("button", { name: "Retry" });
    expect(await violations()).toEqual([]);
  });

  it("has no violations with validation messages and a failed insert on screen", async () => {
    const user = userEvent.setup({ delay: null });
    const host = fakeHost();
    host.insertAtCursor.mockRejectedValueOnce(
      new HostError("insertFailed", "Outlook could not insert the reply."),
    );
    render(<App services={fakeServices(host)} />);
    await screen.findByRole("heading", { level: 2, name: "What they asked for" });

    await user.click(screen.getByRole("button", { name: "Insert reply" }));
    await screen.findByText("Outlook could not insert the reply.");
    await user.click(screen.getByRole("button", { name: "Add a request" }));
    const date = screen.getByLabelText("Decide by");
    await user.clear(date);
    await user.type(date, "2026-12-05");
    await screen.findByText(/falls on a weekend/);
    expect(
      within(screen.getByRole("group", { name: "Request 2" })).getByText("Pick what they asked for."),
    ).toBeVisible();

    expect(await violations()).toEqual([]);
  });
});
