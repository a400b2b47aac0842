import type { Analysis, EmailInput, IsoDate } from "../../core/types";
import type { DecisionTypeId } from "../../core/decision";
import type { Draft, DraftOptions } from "../../core/draft";
import type { TemplateLibrary } from "../../core/templates";
import type { MailHost } from "../../host/mailHost";

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
  /** Throws InputError, whose message is written for the rep. */
  analyze(input: EmailInput): Analysis;
  draft(analysis: Analysis, options: DraftOptions): Draft;
  library: TemplateLibrary;
  decisionTypes: readonly DecisionTypeOption[];
  /** The rep's calendar date, so suggestions and "not in the past" agree with their clock. */
  today(): IsoDate;
  /** Cleans drafted HTML before it is previewed or inserted. */
  sanitize(html: string): string;
}
