import { AddinFrames } from "./addinFrames";
import { parseAddinManifest, type AddinCommands, type RibbonButton } from "./addinManifest";
import { ComposeEditor } from "./composeEditor";
import { byId, h } from "./dom";
import { parseEmlFile, type SimMessage } from "./messages";
import { OFFICE_ERRORS, type SimMailbox, type SimOfficeError, type SimTheme } from "./officeEmulation/types";
import { EMPTY_REPLY_PARAGRAPH, replyBodyHtml, replyRecipients, replySubject } from "./replyQuote";
import { createSurfaceBridge, type SimulatorHost } from "./surfaceBridge";
import type { ComposeSurface, Surface } from "./surfaces";
import { THEMES, isThemeName, type ThemeName } from "./themes";
import { composeForm, messageListItem, notificationBar, readingPane } from "./views";

/** The rep using the simulated mailbox. */
export const ME: SimMailbox = { displayName: "Sam Carter", emailAddress: "sam.carter@contoso.com" };

interface Settings {
  theme: ThemeName;
  language: string;
  mailboxSet: string;
  bodyFormat: "html" | "text";
  conversationView: boolean;
  newTextOnly: boolean;
  failNext: boolean;
}

/** The simulated Outlook on the web: inbox, reading pane, compose, ribbon and the add-in's frames. */
export class SimulatorApp {
  private messages: SimMessage[] = [];
  private surface: Surface | null = null;
  private commands: AddinCommands | null = null;
  private readonly frames = new AddinFrames();
  private themeListeners: Array<(theme: SimTheme) => boolean> = [];
  private itemListeners: Array<() => boolean> = [];
  /** The item the task pane works on; it follows the selection only while the pane is pinned. */
  private paneSurface: Surface | null = null;
  private pinned = false;
  private composeCount = 0;
  private settings: Settings = {
    theme: "light",
    language: "en-US",
    mailboxSet: "1.15",
    bodyFormat: "html",
    conversationView: true,
    newTextOnly: false,
    failNext: false,
  };

  private readonly host: SimulatorHost = {
    me: ME,
    theme: () => THEMES[this.settings.theme],
    displayLanguage: () => this.settings.language,
    mailboxRequirementSet: () => this.settings.mailboxSet,
    conversationView: () => this.settings.conversationView,
    newTextOnly: () => this.settings.newTextOnly,
    takeInjectedFailure: () => this.takeInjectedFailure(),
    openReply: (surface, htmlBody, replyAll) => {
      if (surface.kind === "read") this.openCompose(surface.message, replyAll, htmlBody);
    },
    notificationsChanged: (surface) => {
      if (surface === this.surface) this.renderNotifications();
    },
    subjectChanged: (surface) => {
      const input = document.getElementById("compose-subject") as HTMLInputElement | null;
      if (surface === this.surface && surface.kind === "compose" && input) input.value = surface.subject;
    },
    onThemeChanged: (listener) => this.themeListeners.push(listener),
    onItemChanged: (listener) => this.itemListeners.push(listener),
  };

  async start(): Promise<void> {
    this.bindSettings();
    this.bindMailboxInput();
    byId("new-message").addEventListener("click", () => this.openCompose(null, false, ""));
    byId("taskpane-close").addEventListener("click", () => this.closePane());
    byId("taskpane-pin").addEventListener("click", () => this.setPinned(!this.pinned));
    await Promise.all([this.loadManifest(), this.loadMailbox()]);
    this.renderList();
    this.renderItem();
  }

  bridgeFor(win: Window) {
    return this.frames.bridgeFor(win);
  }

  private takeInjectedFailure(): SimOfficeError | null {
    if (!this.settings.failNext) return null;
    this.settings.failNext = false;
    byId<HTMLInputElement>("sim-fail-next").checked = false;
    return OFFICE_ERRORS.internal;
  }

  private bindSettings(): void {
    const theme = byId<HTMLSelectElement>("sim-theme");
    theme.addEventListener("change", () => {
      if (isThemeName(theme.value)) this.setTheme(theme.value);
    });
    const language = byId<HTMLSelectElement>("sim-language");
    language.addEventListener("change", () => {
      this.settings.language = language.value;
      this.renderList();
      this.reloadPane();
    });
    const mailboxSet = byId<HTMLSelectElement>("sim-mailbox-set");
    mailboxSet.addEventListener("change", () => {
      this.settings.mailboxSet = mailboxSet.value;
      this.reloadPane();
    });
    const format = byId<HTMLSelectElement>("sim-body-format");
    format.addEventListener("change", () => {
      this.settings.bodyFormat = format.value === "text" ? "text" : "html";
    });
    const conversation = byId<HTMLInputElement>("sim-conversation-view");
    conversation.addEventListener("change", () => (this.settings.conversationView = conversation.checked));
    const newTextOnly = byId<HTMLInputElement>("sim-new-text-only");
    newTextOnly.addEventListener("change", () => (this.settings.newTextOnly = newTextOnly.checked));
    const fail = byId<HTMLInputElement>("sim-fail-next");
    fail.addEventListener("change", () => (this.settings.failNext = fail.checked));
  }

  private setTheme(theme: ThemeName): void {
    this.settings.theme = theme;
    document.body.dataset.theme = theme;
    const handled = this.themeListeners.map((listener) => listener(THEMES[theme]));
    // Outlook reloads nothing on a theme change; an add-in without a handler keeps its old
    // colours until reopened, which the simulator spares the user by reopening it.
    if (!handled.some(Boolean)) this.reloadPane();
  }

  private bindMailboxInput(): void {
    const input = byId<HTMLInputElement>("eml-input");
    input.addEventListener("change", () => {
      if (input.files) void this.addFiles(Array.from(input.files));
      input.value = "";
    });
    const region = byId("message-list-region");
    region.addEventListener("dragover", (event) => {
      event.preventDefault();
      region.classList.add("dropping");
    });
    region.addEventListener("dragleave", () => region.classList.remove("dropping"));
    region.addEventListener("drop", (event) => {
      event.preventDefault();
      region.classList.remove("dropping");
      void this.addFiles(Array.from(event.dataTransfer?.files ?? []));
    });
  }

  private async addFiles(files: File[]): Promise<void> {
    const status = byId("mailbox-status");
    const problems: string[] = [];
    let added: SimMessage | null = null;
    for (const file of files) {
      try {
        added = await parseEmlFile(file.name, await file.arrayBuffer());
        this.messages.unshift(added);
      } catch (error) {
        problems.push(error instanceof Error ? error.message : `${file.name} could not be read.`);
      }
    }
    status.textContent = problems.length ? problems.join(" ") : `Added ${files.length} message(s).`;
    this.renderList();
    if (added) this.openMessage(added);
  }

  private async loadManifest(): Promise<void> {
    try {
      const response = await fetch("manifest.xml");
      if (!response.ok) throw new Error(`manifest.xml: HTTP ${response.status}`);
      this.commands = parseAddinManifest(await response.text());
    } catch (error) {
      byId("mailbox-status").textContent = `The add-in's manifest could not be read: ${String(error)}`;
    }
  }

  private async loadMailbox(): Promise<void> {
    const response = await fetch("simulator/mailbox");
    const files = (await response.json()) as Array<{ fileName: string; raw: string }>;
    const parsed = await Promise.all(files.map((f) => parseEmlFile(f.fileName, f.raw).catch(() => null)));
    this.messages = parsed
      .filter((m): m is SimMessage => m !== null)
      .sort((a, b) => b.date.localeCompare(a.date));
  }

  private openMessage(message: SimMessage): void {
    // Outlook keeps a pinned read-mode pane open from one email to the next.
    const keepPane = this.pinned && this.paneSurface?.kind === "read";
    if (!keepPane) this.closePane();
    this.disposeSurface();
    const surface: Surface = { kind: "read", message, notifications: new Map() };
    this.surface = surface;
    this.renderList();
    this.renderItem();
    if (keepPane) {
      this.paneSurface = surface;
      this.itemListeners.forEach((listener) => listener());
    }
  }

  private openCompose(replyTo: SimMessage | null, replyAll: boolean, htmlBody: string): void {
    this.closePane();
    this.disposeSurface();
    const element = h("div", {
      class: "compose-body",
      id: "compose-body",
      role: "textbox",
      "aria-multiline": "true",
    });
    element.setAttribute("aria-label", "Message body");
    const bodyType = replyTo ? "html" : this.settings.bodyFormat;
    const editor = new ComposeEditor(element, bodyType);
    const newHtml = htmlBody || EMPTY_REPLY_PARAGRAPH;
    if (replyTo) {
      element.innerHTML = replyBodyHtml({ message: replyTo, newHtml, language: this.settings.language });
    } else if (bodyType === "html") {
      element.innerHTML = newHtml;
    }
    const recipients = replyTo ? replyRecipients(replyTo, replyAll, ME) : { to: [], cc: [] };
    this.composeCount += 1;
    const surface: ComposeSurface = {
      kind: "compose",
      id: `draft-${this.composeCount}`,
      composeType: replyTo ? "reply" : "newMail",
      subject: replyTo ? replySubject(replyTo.subject, this.settings.language) : "",
      to: recipients.to,
      cc: recipients.cc,
      conversationId: replyTo ? replyTo.conversationId : null,
      inReplyTo: replyTo,
      editor,
      notifications: new Map(),
    };
    this.surface = surface;
    this.renderItem();
    element.focus();
  }

  private disposeSurface(): void {
    if (this.surface?.kind === "compose") this.surface.editor.dispose();
    this.surface = null;
  }

  private renderList(): void {
    const list = byId("message-list");
    const current = this.surface?.kind === "read" ? this.surface.message : null;
    list.replaceChildren(
      ...this.messages.map((m) =>
        messageListItem(m, m === current, this.settings.language, () => this.openMessage(m)),
      ),
    );
    byId("inbox-count").textContent = String(this.messages.length);
  }

  private renderItem(): void {
    const content = byId("item-content");
    const surface = this.surface;
    this.renderRibbon();
    this.renderNotifications();
    if (!surface) {
      content.replaceChildren(h("p", { class: "empty", text: "Select a message to read it." }));
      return;
    }
    if (surface.kind === "read") {
      content.replaceChildren(...readingPane(surface.message, this.settings.language));
      return;
    }
    if (content.contains(surface.editor.element)) return;
    content.replaceChildren(
      ...composeForm(surface, {
        onSubjectInput: (value) => (surface.subject = value),
        onDiscard: () => this.leaveCompose(surface),
        onSend: () => this.leaveCompose(surface),
      }),
    );
  }

  private leaveCompose(surface: ComposeSurface): void {
    if (surface.inReplyTo) this.openMessage(surface.inReplyTo);
    else {
      this.closePane();
      this.disposeSurface();
      this.renderItem();
    }
  }

  private renderRibbon(): void {
    const ribbon = byId("ribbon");
    const surface = this.surface;
    if (!surface) return ribbon.replaceChildren();
    const builtIns: HTMLElement[] = [];
    if (surface.kind === "read") {
      for (const [label, all] of [
        ["Reply", false],
        ["Reply all", true],
      ] as const) {
        const button = h("button", { type: "button", text: label });
        button.addEventListener("click", () => this.openCompose(surface.message, all, ""));
        builtIns.push(button);
      }
    }
    const addinButtons = (surface.kind === "read" ? this.commands?.read : this.commands?.compose) ?? [];
    const group = h(
      "div",
      { class: "group", role: "group", "aria-label": this.commands?.groupLabel || "Add-in" },
      h("span", { class: "group-label", text: this.commands?.groupLabel || "Add-in" }),
      ...addinButtons.map((b) => this.addinButton(b, surface)),
    );
    ribbon.replaceChildren(...builtIns, group);
  }

  private addinButton(button: RibbonButton, surface: Surface): HTMLElement {
    const el = h("button", {
      type: "button",
      title: button.tooltip,
      "data-control": button.id,
      "data-action": button.action.kind,
      text: button.label,
    });
    el.addEventListener("click", () => {
      if (button.action.kind === "taskpane")
        this.openPane(button.action.url, surface, button.action.pinnable);
      else void this.runCommand(button.action.functionName, surface);
    });
    return el;
  }

  private async runCommand(functionName: string, surface: Surface): Promise<void> {
    const functionFile = this.commands?.functionFile;
    if (!functionFile) return;
    try {
      await this.frames.runCommand(byId("command-frames"), functionFile, functionName, (associations) =>
        createSurfaceBridge(() => surface, this.host, associations),
      );
    } catch (error) {
      surface.notifications.set("simulator-command", {
        type: "errorMessage",
        message: error instanceof Error ? error.message : String(error),
      });
      if (surface === this.surface) this.renderNotifications();
    }
  }

  private openPane(url: string, surface: Surface, pinnable: boolean): void {
    this.themeListeners = [];
    this.itemListeners = [];
    this.paneSurface = surface;
    byId("taskpane-title").textContent = this.commands?.displayName ?? "Add-in";
    byId("taskpane").hidden = false;
    const pin = byId<HTMLButtonElement>("taskpane-pin");
    pin.hidden = !pinnable;
    if (!pinnable) this.setPinned(false);
    this.frames.openPane(
      byId<HTMLIFrameElement>("taskpane-frame"),
      url,
      createSurfaceBridge(() => this.paneSurface ?? surface, this.host, new Map()),
    );
  }

  private setPinned(pinned: boolean): void {
    this.pinned = pinned;
    byId("taskpane-pin").setAttribute("aria-pressed", String(pinned));
  }

  private reloadPane(): void {
    const frame = byId<HTMLIFrameElement>("taskpane-frame");
    const url = frame.getAttribute("src");
    if (byId("taskpane").hidden || !this.paneSurface || !url || url === "about:blank") return;
    this.openPane(url, this.paneSurface, !byId("taskpane-pin").hidden);
  }

  private closePane(): void {
    this.themeListeners = [];
    this.itemListeners = [];
    this.paneSurface = null;
    this.setPinned(false);
    byId("taskpane").hidden = true;
    this.frames.closePane(byId<HTMLIFrameElement>("taskpane-frame"));
  }

  private renderNotifications(): void {
    const bar = byId("notification-bar");
    const surface = this.surface;
    if (!surface) return bar.replaceChildren();
    bar.replaceChildren(
      ...notificationBar(Array.from(surface.notifications), (key) => {
        surface.notifications.delete(key);
        this.renderNotifications();
      }),
    );
  }
}
