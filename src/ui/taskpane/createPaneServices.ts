import builtinLibrary from "decision-ask-templates";
import { analyzeEmail } from "../../core/analyze";
import { draftReply } from "../../core/draft";
import { decisionTypes } from "../../core/decision";
import { isoFromParts } from "../../core/dates/isoDate";
import { createSanitizer } from "../../core/render/sanitize";
import type { IsoDate } from "../../core/types";
import type { MailHost } from "../../host/mailHost";
import type { PaneServices } from "./services";

/**
 * The real services: the core engine, the built-in template library and the given host.
 * `today` is the rep's local calendar date; tests pass a fixed one.
 */
export function createPaneServices(host: MailHost, today: () => IsoDate = localToday): PaneServices {
  return {
    host,
    analyze: (input) => analyzeEmail(input, today()),
    draft: draftReply,
    library: builtinLibrary,
    // The pane speaks English; the reply itself follows the prospect's language.
    decisionTypes: decisionTypes("en"),
    today,
    sanitize: createSanitizer(window),
  };
}

function localToday(): IsoDate {
  const now = new Date();
  return isoFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
