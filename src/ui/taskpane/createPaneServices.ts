import { analyzeMessage } from "../../core/analyzeMessage";
import { draftReply } from "../../core/draft";
import { decisionTypes } from "../../core/decision";
import { isoFromParts } from "../../core/dates/isoDate";
import { readProspectMessage } from "../../core/email";
import { LanguageLoadError, loadLanguage } from "../../core/language/loadLanguage";
import { loadOfferReader } from "../../core/language/offerReading";
import { createSanitizer } from "../../core/render/sanitize";
import type { EmailInput, IsoDate } from "../../core/types";
import type { MailHost } from "../../host/mailHost";
import { browserStorage } from "../../library/browserStorage";
import { libraryUrlFromQuery } from "../../library/libraryUrl";
import { savedCopyWhileLoading } from "../../library/savedCopyWhileLoading";
import { builtinLibrary, loadBuiltinTemplates } from "./builtinTemplates";
import type { PaneAnalysis, PaneServices, PersonalTemplateTools, TeamLibraryService } from "./services";

/**
 * The real services: the core engine, the built-in template library and the given host.
 * `today` is the rep's local calendar date; tests pass a fixed one.
 */
export function createPaneServices(host: MailHost, today: () => IsoDate = localToday): PaneServices {
  return {
    host,
    analyze: (input) => analyzeWithLanguage(input, today()),
    draft: draftReply,
    library: builtinLibrary,
    teamLibrary: teamLibraryFromWeb(),
    personalTemplates: () => personalTemplatesIn(host),
    // The pane speaks English; the reply itself follows the prospect's language.
    decisionTypes: decisionTypes("en"),
    today,
    sanitize: createSanitizer(window),
  };
}

/**
 * Languages other than English (their reading support and built-in templates), and the reading
 * of replies to the rep's quoted offers, are downloaded when a message needs them, so an English email
 * (the common case) loads none. A failed download does not stop the pane: the message is read
 * with what is at hand and the pane says requests may be missed.
 */
async function analyzeWithLanguage(input: EmailInput, today: IsoDate): Promise<PaneAnalysis> {
  const message = readProspectMessage(input);
  if (!message.found) return { analysis: analyzeMessage(message, today) };
  // "Both please" needs the rep's quoted offer read; without the download it reads as it stands.
  if (message.repliesTo) await loadOfferReader(message.language);
  const templates = loadBuiltinTemplates(message.language);
  try {
    await loadLanguage(message.language);
  } catch (error) {
    if (!(error instanceof LanguageLoadError)) throw error;
    return {
      analysis: analyzeMessage(message, today),
      languageNotLoaded: message.language,
      templates: await templates,
    };
  }
  return { analysis: analyzeMessage(message, today), templates: await templates };
}

function localToday(): IsoDate {
  const now = new Date();
  return isoFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

function teamLibraryFromWeb(): TeamLibraryService {
  return {
    adminUrl: libraryUrlFromQuery(window.location.search),
    saved: (url) => savedCopyWhileLoading(browserStorage, url),
    load: async (url) => {
      // The loader brings the schema validator (ajv); it loads after the pane is up, and only
      // for teams that host a library, so the pane itself starts as fast as it can.
      const loader = await import(
        /* webpackChunkName: "team-library" */ "../../library/loadTemplateLibrary"
      ).catch(() => null);
      if (!loader) {
        return {
          library: builtinLibrary,
          source: "builtin",
          url,
          rejected: [],
          message:
            "Decision Ask couldn't load its template tools (check your connection). Using the built-in templates.",
        };
      }
      return loader.loadTemplateLibrary({
        url,
        fetchText: async (address, signal) => {
          const response = await fetch(address, { signal, cache: "no-cache" });
          return { status: response.status, text: await response.text() };
        },
        cache: browserStorage,
        builtin: builtinLibrary,
      });
    },
  };
}

async function personalTemplatesIn(host: MailHost): Promise<PersonalTemplateTools> {
  const personal = await import(/* webpackChunkName: "team-library" */ "../../library/personalTemplates");
  const { exportTemplateFile } = await import(
    /* webpackChunkName: "team-library" */ "../../library/exportTemplateFile"
  );
  return {
    list: () => personal.listPersonal(host.settings),
    lint: personal.lintPersonalTemplate,
    save: (template) => personal.savePersonal(host.settings, template),
    remove: (id) => personal.deletePersonal(host.settings, id),
    duplicate: personal.duplicateTemplate,
    exportFile: exportTemplateFile,
  };
}
