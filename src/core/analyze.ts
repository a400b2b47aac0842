import { analyzeMessage } from "./analyzeMessage";
import { readProspectMessage } from "./email";
import { registerAllLanguages } from "./language/allLanguages";
import type { Analysis, EmailInput, IsoDate } from "./types";

/**
 * The whole reading of one email: the prospect's latest message, what it asks for, the dates
 * it names and the deadline set for the item. Throws InputError for input it cannot read.
 * `today` resolves relative dates when the message carries no date of its own. Every language
 * is registered first: the CLI and the commands have no download to save, and must never read
 * a German email as English. (The task pane loads languages on demand and uses analyzeMessage.)
 */
export function analyzeEmail(input: EmailInput, today?: IsoDate): Analysis {
  registerAllLanguages();
  return analyzeMessage(readProspectMessage(input), today);
}
