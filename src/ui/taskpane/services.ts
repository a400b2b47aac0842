import type { Analysis, DetectedLanguage, EmailInput, IsoDate } from "../../core/types";
import type { DecisionTypeId } from "../../core/decision";
import type { Draft, DraftOptions } from "../../core/draft";
import type { LintFailure, ReplyTemplate, TemplateLibrary } from "../../core/templates";
import type { MailHost } from "../../host/mailHost";
import type { LibraryState } from "../../library/loadTemplateLibrary";
import type { DeleteResult, PersonalTemplates, SaveResult } from "../../library/personalTemplates";

export interface DecisionTypeOption {
  id: DecisionTypeId;
  label: string;
}

/**
 * Everything the pane needs from the outside world. The entry file wires the real core and
 * Office host; component tests pass fakes, so the pane's behaviour is tested without Outlook.
 */
export interface PaneServices {
  host: MailHost;
  /**
   * Reads the item, first downloading what its language needs. Rejects with InputError, whose
   * message is written for the rep; a language that fails to download is no failure (see PaneAnalysis).
   */
  analyze(input: EmailInput): Promise<PaneAnalysis>;
  draft(analysis: Analysis, options: DraftOptions): Draft;
  /**
   * The built-in library, offered at once so the pane never waits on the network; in the task
   * pane, its English templates (the others come with `analyze`).
   */
  library: TemplateLibrary;
  /** The team's hosted library; absent where there is none to load (tests, the CLI). */
  teamLibrary?: TeamLibraryService;
  /** The rep's own templates; loaded after the pane is up (they bring the template checks). */
  personalTemplates?(): Promise<PersonalTemplateTools>;
  decisionTypes: readonly DecisionTypeOption[];
  /** The rep's calendar date, so suggestions and "not in the past" agree with their clock. */
  today(): IsoDate;
  /** Cleans drafted HTML before it is previewed or inserted. */
  sanitize(html: string): string;
}

/** What the pane read, and with what. */
export interface PaneAnalysis {
  analysis: Analysis;
  /**
   * Set when the reading support for the message's language could not be downloaded (offline,
   * CDN failure): the message was read with what was at hand, so requests may have been missed.
   */
  languageNotLoaded?: DetectedLanguage;
  /** Built-in templates in the message's language, downloaded with it (none for English). */
  templates?: readonly ReplyTemplate[];
}

export interface TeamLibraryService {
  /** The address the admin put in the manifest, if any; it wins over the rep's. */
  adminUrl?: string;
  /** Never rejects: the team library, else its saved copy, else the built-in one, with why. */
  load(url: string): Promise<LibraryState>;
  /** The copy saved for this address by an earlier load, offered while `load` runs. */
  saved?(url: string): TemplateLibrary | null;
}

/** The rep's personal templates, kept in the host's roaming settings. */
export interface PersonalTemplateTools {
  list(): PersonalTemplates;
  /** The team library's checks, for the editor's live feedback. */
  lint(template: ReplyTemplate): LintFailure[];
  save(template: ReplyTemplate): Promise<SaveResult>;
  remove(id: string): Promise<DeleteResult>;
  /** A personal copy under a new id, ready to edit. */
  duplicate(template: ReplyTemplate, name: string): ReplyTemplate;
  /** The template as a file for the team library (templates/ format). */
  exportFile(template: ReplyTemplate): string;
}
