/** @jest-environment jsdom */
import "./jsdomTextEncoding";
import "@testing-library/jest-dom";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import builtinLibrary from "decision-ask-templates";
import type { TemplateLibrary } from "../../src/core/templates";
import { HostError } from "../../src/host/mailHost";
import { REP_LIBRARY_URL_KEY } from "../../src/library/libraryUrl";
import { loadTemplateLibrary, type LibraryState } from "../../src/library/loadTemplateLibrary";
import { App } from "../../src/ui/taskpane/App";
import type { PaneServices, TeamLibraryService } from "../../src/ui/taskpane/services";
import { fakeHost, fakeServices, LIBRARY, MemoryStore } from "./fakes";

jest.setTimeout(20_000);

const TEAM_URL = "https://acme.sharepoint.example/sites/sales/library.json";

const TEAM_LIBRARY: TemplateLibrary = {
  ...LIBRARY,
  name: "Acme Sales",
  version: "2.1.0",
  templates: [{ ...LIBRARY.templates[0], id: "acme-demo", name: "Acme demo reply" }],
};

function teamLibrary(state: Partial<LibraryState> = {}, adminUrl?: string) {
  const load = jest.fn<Promise<LibraryState>, [string]>(async (url) => ({
    library: TEAM_LIBRARY,
    source: "team",
    url,
    rejected: [],
    fetchedAt: "2026-11-30T08:00:00Z",
    ...state,
  }));
  return { adminUrl, load } satisfies TeamLibraryService;
}

function renderPane(services: PaneServices) {
  const user = userEvent.setup({ delay: null });
  render(<App services={services} />);
  return user;
}

async function ready() {
  await screen.findByRole("heading", { level: 2, name: "What they asked for" });
}

const templatesRegion = () => screen.getByRole("region", { name: "Templates" });
const replyRegion = () => screen.getByRole("region", { name: "Your reply" });

describe("task pane: template library", () => {
  it("uses the built-in templates when no team library is set, and loads nothing", async () => {
    const team = teamLibrary();
    renderPane(fakeServices(fakeHost(), { teamLibrary: team }));
    await ready();

    expect(within(templatesRegion()).getByText(/Using the built-in templates/)).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Template" })).toHaveValue("demo-en");
    expect(team.load).not.toHaveBeenCalled();
  });

  it("loads the admin's library, drafts with it and keeps the address out of the rep's hands", async () => {
    const team = teamLibrary({}, TEAM_URL);
    renderPane(fakeServices(fakeHost(), { teamLibrary: team }));
    await ready();

    expect(
      await within(templatesRegion()).findByText("Using your team's library “Acme Sales”, version 2.1.0."),
    ).toBeInTheDocument();
    expect(team.load).toHaveBeenCalledWith(TEAM_URL);
    expect(screen.getByRole("combobox", { name: "Template" })).toHaveValue("acme-demo");
    await waitFor(() => expect(replyRegion()).toHaveTextContent("Template: acme-demo"));
    expect(
      within(templatesRegion()).getByText(`Your admin set the library address: ${TEAM_URL}`),
    ).toBeVisible();
    expect(screen.queryByRole("textbox", { name: "Team library address" })).not.toBeInTheDocument();
  });

  it("offers the saved team copy while the fresh one loads, never the built-in templates", async () => {
    let finish: (state: LibraryState) => void = () => undefined;
    const team: TeamLibraryService = {
      adminUrl: TEAM_URL,
      load: () => new Promise<LibraryState>((resolve) => (finish = resolve)),
      saved: (url) => (url === TEAM_URL ? TEAM_LIBRARY : null),
    };
    renderPane(fakeServices(fakeHost(), { teamLibrary: team }));
    await ready();

    expect(screen.getByRole("combobox", { name: "Template" })).toHaveValue("acme-demo");
    expect(screen.queryByRole("option", { name: /Demo — decision ask/ })).not.toBeInTheDocument();
    finish({ library: TEAM_LIBRARY, source: "team", url: TEAM_URL, rejected: [] });
    expect(
      await within(templatesRegion()).findByText("Using your team's library “Acme Sales”, version 2.1.0."),
    ).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Template" })).toHaveValue("acme-demo");
  });

  it("says why the team library is not in use and lists the templates it left out", async () => {
    const team = teamLibrary(
      {
        library: LIBRARY,
        source: "builtin",
        message:
          "Couldn't reach your team's template library (server returned 404). Using the built-in templates.",
        rejected: [
          { path: "templates[2] pricing-en", errors: ["pricing-en.html:4 asks-date: no decision date"] },
        ],
      },
      TEAM_URL,
    );
    renderPane(fakeServices(fakeHost(), { teamLibrary: team }));
    await ready();

    expect(await within(replyRegion()).findByText(/server returned 404/)).toBeInTheDocument();
    expect(
      within(templatesRegion()).getByText(
        "templates[2] pricing-en: pricing-en.html:4 asks-date: no decision date",
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole("combobox", { name: "Template" })).toHaveValue("demo-en");
  });

  it("refuses a plain-HTTP address, then saves an HTTPS one and loads it", async () => {
    const settings = new MemoryStore();
    const team = teamLibrary();
    const user = renderPane(fakeServices(fakeHost({ settings }), { teamLibrary: team }));
    await ready();
    const field = screen.getByRole("textbox", { name: "Team library address" });

    await user.type(field, "http://acme.example/library.json");
    await user.click(screen.getByRole("button", { name: "Save address" }));

    expect(await screen.findByText(/Only HTTPS addresses are allowed/)).toBeInTheDocument();
    expect(settings.set).not.toHaveBeenCalled();
    expect(team.load).not.toHaveBeenCalled();

    await user.clear(field);
    await user.type(field, `${TEAM_URL}{Enter}`);

    expect(await screen.findByText("Address saved.")).toBeInTheDocument();
    expect(settings.set).toHaveBeenCalledWith(REP_LIBRARY_URL_KEY, TEAM_URL);
    expect(team.load).toHaveBeenCalledWith(TEAM_URL);
    expect(
      await within(templatesRegion()).findByText(/Using your team's library “Acme Sales”/),
    ).toBeInTheDocument();
  });

  it("shows Outlook's reason when the address cannot be saved, keeping what the rep typed", async () => {
    const settings = new MemoryStore();
    settings.set.mockRejectedValueOnce(
      new HostError("settingsFailed", "Outlook couldn't save your settings."),
    );
    const user = renderPane(fakeServices(fakeHost({ settings }), { teamLibrary: teamLibrary() }));
    await ready();
    const field = screen.getByRole("textbox", { name: "Team library address" });

    await user.type(field, TEAM_URL);
    await user.click(screen.getByRole("button", { name: "Save address" }));

    expect(await screen.findByText("Outlook couldn't save your settings.")).toBeInTheDocument();
    expect(field).toHaveValue(TEAM_URL);
  });
});

describe("task pane: template library through the real loader", () => {
  const memoryCache = () => {
    const values = new Map<string, string>();
    return {
      getItem: (key: string) => values.get(key) ?? null,
      setItem: (key: string, value: string) => void values.set(key, value),
    };
  };

  function realTeamLibrary(respond: () => { status: number; text: string }): TeamLibraryService {
    const cache = memoryCache();
    return {
      adminUrl: TEAM_URL,
      load: (url) =>
        loadTemplateLibrary({ url, fetchText: async () => respond(), cache, builtin: builtinLibrary }),
    };
  }

  it("validates a hosted library and offers its templates", async () => {
    const hosted = { ...builtinLibrary, name: "Acme Sales", templates: builtinLibrary.templates.slice(0, 3) };
    const services = fakeServices(fakeHost(), {
      library: builtinLibrary,
      teamLibrary: realTeamLibrary(() => ({ status: 200, text: JSON.stringify(hosted) })),
    });
    renderPane(services);
    await ready();

    expect(
      await within(templatesRegion()).findByText(/Using your team's library “Acme Sales”/),
    ).toBeInTheDocument();
    const options = within(screen.getByRole("combobox", { name: "Template" })).getAllByRole("option");
    expect(options.map((option) => option.getAttribute("value"))).toEqual(hosted.templates.map((t) => t.id));
  });

  it("falls back to the built-in templates when the address answers with a sign-in page", async () => {
    const services = fakeServices(fakeHost(), {
      library: builtinLibrary,
      teamLibrary: realTeamLibrary(() => ({ status: 200, text: "<!doctype html><title>Sign in</title>" })),
    });
    renderPane(services);
    await ready();

    expect(
      await within(replyRegion()).findByText(/returned a web page, not the library's JSON file/),
    ).toBeInTheDocument();
    expect(within(screen.getByRole("combobox", { name: "Template" })).getAllByRole("option")).toHaveLength(
      builtinLibrary.templates.length,
    );
  });
});
