/**
 * Entry of the function-command bundle (commands.html, loaded hidden by Outlook). It binds the
 * manifest's ExecuteFunction names to the commands over the real core and Office host. No React
 * or Fluent here: the bundle loads on every click and must stay small.
 */
import builtinLibrary from "decision-ask-templates";
import { analyzeEmail } from "../core/analyze";
import { isoFromParts } from "../core/dates/isoDate";
import { draftReply } from "../core/draft";
import { createSanitizer } from "../core/render/sanitize";
import type { IsoDate } from "../core/types";
import { createOfficeHost } from "../host/office/officeHost";
import { browserStorage } from "../library/browserStorage";
import { commandLibrary } from "../library/commandLibrary";
import { libraryUrlFromQuery } from "../library/libraryUrl";
import { COMMAND_FUNCTIONS } from "./commandNames";
import { insertDecisionAsk } from "./insertDecisionAsk";
import { replyWithDecisionAsk } from "./replyWithDecisionAsk";
import { runCommand, type CommandEvent } from "./runCommand";
import type { CommandServices } from "./services";

function localToday(): IsoDate {
  const now = new Date();
  return isoFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** Built per click: the item, and with it the host, is whatever the rep has open right then. */
function services(): CommandServices {
  const host = createOfficeHost(Office);
  return {
    host,
    analyze: (input) => analyzeEmail(input, localToday()),
    draft: draftReply,
    library: commandLibrary({
      adminUrl: libraryUrlFromQuery(window.location.search),
      store: host.settings,
      cache: browserStorage,
      builtin: builtinLibrary,
    }),
    today: localToday,
    sanitize: createSanitizer(window),
  };
}

const handlers: Record<string, (event: CommandEvent) => Promise<void>> = {
  [COMMAND_FUNCTIONS.insert]: (event) => runCommand(event, services, insertDecisionAsk),
  [COMMAND_FUNCTIONS.reply]: (event) => runCommand(event, services, replyWithDecisionAsk),
};

Office.onReady(() => {
  for (const [name, handler] of Object.entries(handlers)) Office.actions.associate(name, handler);
});
