import type { Draft, DraftOptions } from "../core/draft";
import type { SanitizeHtml } from "../core/render/sanitize";
import type { TemplateLibrary } from "../core/templates";
import type { Analysis, EmailInput, IsoDate } from "../core/types";
import type { MailHost } from "../host/mailHost";

/**
 * What a one-click command needs. commands.ts wires the real core and the Office host; tests
 * pass fakes, so the commands are tested without Outlook and without the template library.
 */
export interface CommandServices {
  host: MailHost;
  /** Throws InputError, whose message is written for the rep. */
  analyze(input: EmailInput): Analysis;
  draft(analysis: Analysis, options: DraftOptions): Draft;
  library: TemplateLibrary;
  /** The rep's calendar date, for the suggested decision date. */
  today(): IsoDate;
  /** Cleans drafted HTML before it goes into the email. */
  sanitize: SanitizeHtml;
}
