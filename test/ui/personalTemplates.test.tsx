/** @jest-environment jsdom */
import "./jsdomTextEncoding";
import "@testing-library/jest-dom";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import builtinLibrary from "decision-ask-templates";
import { draftReply } from "../../src/core/draft";
import { exportTemplateFile } from "../../src/library/exportTemplateFile";
import * as personal from "../../src/library/personalTemplates";
import { App } from "../../src/ui/taskpane/App";
import type { PaneServices, PersonalTemplateTools } from "../../src/ui/taskpane/services";
import { fakeHost, fakeServices, MemoryStore } from "./fakes";

/** The pane's personal templates over the real store logic, checks and drafting. */

jest.setTimeout(30_000);

function tools(settings: MemoryStore): PersonalTemplateTools {
  return {
    list: () => personal.listPersonal(settings),
    lint: personal.lintPersonalTemplate,
    save: (template) => personal.savePersonal(settings, template),
    remove: (id) => personal.deletePersonal(settings, id),
    duplicate: personal.duplicateTemplate,
    exportFile: exportTemplateFile,
  };
}

function paneServices(settings = new MemoryStore()): PaneServices {
  return fakeServices(fakeHost({ settings }), {
    draft: draftReply,
    library: builtinLibrary,
    personalTemplates: async () => tools(settings),
  });
}

async function openEditor() {
  const user = userEvent.setup({ delay: null });
  await screen.findByRole("heading", { level: 2, name: "What they asked for" });
  const demo = builtinLibrary.templates.find((template) => template.id === "demo-en");
  await user.click(await screen.findByRole("button", { name: `Duplicate “${demo?.name}”` }));
  const editor = await screen.findByRole("form", { name: "Edit your template" });
  return { user, editor, body: within(editor).getByRole("textbox", { name: "Template text" }) };
}

const templatesRegion = () => screen.getByRole("region", { name: "Templates" });

describe("task pane: personal templates", () => {
  it("duplicates the template in use, previews the edit, saves it and replies with it", async () => {
    const settings = new MemoryStore();
    render(<App services={paneServices(settings)} />);
    const { user, editor, body } = await openEditor();

    expect(within(editor).getByRole("textbox", { name: "Template name" })).toHaveValue(
      `My ${builtinLibrary.templates.find((template) => template.id === "demo-en")?.name}`,
    );
    expect(within(editor).getByRole("textbox", { name: "Template name" })).toHaveFocus();
    expect(await within(editor).findByText("Passes the team's template checks.")).toBeInTheDocument();

    await user.click(body);
    await user.keyboard("{Control>}{End}{/Control}");
    await user.paste("\n<p>PS: happy to record the demo for your team.</p>");
    await waitFor(() => expect(editor).toHaveTextContent("PS: happy to record the demo for your team."));

    await user.click(within(editor).getByRole("button", { name: "Save template" }));

    const saved = await within(templatesRegion()).findByText(/^My Demo/);
    expect(saved).toBeInTheDocument();
    expect(settings.set).toHaveBeenCalledWith(personal.PERSONAL_TEMPLATES_KEY, expect.any(Array));
    const picker = screen.getByRole("combobox", { name: "Template" });
    expect(picker).toHaveValue(personal.listPersonal(settings).templates[0].id);
    await waitFor(() =>
      expect(screen.getByRole("region", { name: "Your reply" })).toHaveTextContent(
        "PS: happy to record the demo for your team.",
      ),
    );
  });

  it("shows the failing checks live and refuses to save a template that drops the decision ask", async () => {
    const settings = new MemoryStore();
    render(<App services={paneServices(settings)} />);
    const { user, editor, body } = await openEditor();

    await user.clear(body);
    await user.paste("<p>Hi {{greetingName}}, here you go.</p>");

    expect(await within(editor).findByText(/checks? fails?:/)).toBeInTheDocument();
    await user.click(within(editor).getByRole("button", { name: "Save template" }));

    expect(await within(editor).findByText(/can't be saved yet/)).toBeInTheDocument();
    expect(settings.set).not.toHaveBeenCalled();
    expect(body).toHaveValue("<p>Hi {{greetingName}}, here you go.</p>");

    await user.click(within(editor).getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("form", { name: "Edit your template" })).not.toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Your templates" })).toHaveFocus();
  });

  it("says so when the templates would outgrow the roaming settings, and saves nothing", async () => {
    const settings = new MemoryStore();
    render(<App services={paneServices(settings)} />);
    const { user, editor, body } = await openEditor();

    await user.click(body);
    await user.keyboard("{Control>}{End}{/Control}");
    await user.paste(`\n<p>${"Thanks again. ".repeat(2000)}</p>`);
    await user.click(within(editor).getByRole("button", { name: "Save template" }));

    expect(await within(editor).findByText(/Your personal templates would take/)).toBeInTheDocument();
    expect(settings.set).not.toHaveBeenCalled();
  });

  it("exports a saved template as a template file and deletes it after a confirmation", async () => {
    const settings = new MemoryStore();
    const demo = builtinLibrary.templates.find((template) => template.id === "demo-en");
    if (!demo) throw new Error("the built-in library has no demo-en");
    const saved = await personal.savePersonal(settings, personal.duplicateTemplate(demo, "My demo"));
    if (!saved.ok) throw new Error(saved.message);
    settings.set.mockClear();
    const user = userEvent.setup({ delay: null });
    render(<App services={paneServices(settings)} />);
    await screen.findByRole("heading", { level: 2, name: "What they asked for" });

    await user.click(await screen.findByRole("button", { name: "Export My demo" }));
    const file = await screen.findByRole("textbox", { name: `Template file ${saved.template.id}.html` });
    expect((file as HTMLTextAreaElement).value).toBe(exportTemplateFile(saved.template));
    expect(screen.getByRole("link", { name: `Download ${saved.template.id}.html` })).toHaveAttribute(
      "download",
      `${saved.template.id}.html`,
    );

    await user.click(screen.getByRole("button", { name: "Delete My demo" }));
    expect(screen.getByRole("button", { name: "Delete My demo for good" })).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Keep My demo" }));
    expect(screen.getByRole("button", { name: "Delete My demo" })).toHaveFocus();
    expect(settings.set).not.toHaveBeenCalled();
    expect(settings.remove).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "Delete My demo" }));
    await user.click(screen.getByRole("button", { name: "Delete My demo for good" }));

    expect(await within(templatesRegion()).findByText(/None yet/)).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Your templates" })).toHaveFocus();
    expect(personal.listPersonal(settings).templates).toEqual([]);
  });

  it("has no axe violations with the editor open", async () => {
    render(<App services={paneServices()} />);
    await openEditor();
    const results = await act(() =>
      axe.run(document.body, { rules: { "color-contrast": { enabled: false } } }),
    );
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
});
