import builtinLibrary from "decision-ask-templates";
import { analyzeEmail } from "../../core/analyze";
import { draftReply } from "../../core/draft";
import { decisionTypes } from "../../core/decision";
import { isoFromParts } from "../../core/dates/isoDate";
import { createSanitizer } from "../../core/render/sanitize";
import type { MailHost } from "../../host/mailHost";
import type { PaneServices } from "./services";

/** The real services: the core engine, the built-in template library and the given host. */
export function createPaneServices(host: MailHost): PaneServices {
  return {
    host,
    analyze: (input) => analyzeEmail(input, localToday()),
    draft: draftReply,
    library: builtinLibrary,
    // The pane speaks English; the reply itself follows the prospect's language.
    decisionTypes: decisionTypes("en"),
    today: localToday,
    sanitize: createSanitizer(window),
  };
}

function localToday(): string {
  const now = new Date();
  return isoFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
