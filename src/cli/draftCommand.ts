import { join } from "node:path";
import { analyzeEmail } from "../core/analyze";
import { isIsoDate } from "../core/dates";
import { DECISION_TYPE_IDS, isDecisionTypeId } from "../core/decision";
import { draftReply } from "../core/draft";
import { InputError } from "../core/errors";
import type { Mode } from "../core/types";
import { BUILTIN_LIBRARY_NAME, compileTemplateDir } from "../node/templateFiles";
import { checkKnownOptions, parseArgs, stringOption, UsageError } from "./args";
import { readEmailFile } from "./readInput";
import { todayIso } from "./today";

const TEMPLATES_DIR = join(__dirname, "..", "..", "templates");

/** Prints the decision-ask reply for one email, as text (default) or HTML. */
export async function runDraft(argv: string[]): Promise<number> {
  const args = parseArgs(argv, new Set());
  checkKnownOptions(args, ["decision", "by", "format", "template", "rep", "today", "mode", "templates"]);
  if (args.positional.length !== 1) throw new UsageError("draft takes exactly one file");
  const decision = stringOption(args, "decision", DECISION_TYPE_IDS);
  const by = dateOption(args.options.get("by"), "--by");
  const today = dateOption(args.options.get("today"), "--today") ?? todayIso();
  const format = stringOption(args, "format", ["text", "html"]) ?? "text";
  const mode = stringOption(args, "mode", ["read", "compose"]) as Mode | undefined;
  const repName = (stringOption(args, "rep") ?? process.env.DECISION_ASK_REP ?? "").trim();

  const analysis = analyzeEmail(await readEmailFile(args.positional[0], mode), today);
  if (!analysis.message.found) {
    throw new InputError(`${args.positional[0]}: this draft quotes no prospect message to reply to`);
  }
  if (analysis.requests.length === 0) {
    process.stderr.write("decision-ask: no request found; drafting the general reply\n");
  }
  const { library, rejected } = compileTemplateDir(stringOption(args, "templates") ?? TEMPLATES_DIR, {
    name: BUILTIN_LIBRARY_NAME,
    version: "local",
  });
  for (const { path, errors } of rejected)
    process.stderr.write(`decision-ask: template ${path} left out: ${errors.join("; ")}\n`);
  const templateId = stringOption(args, "template");
  if (templateId && !library.templates.some((template) => template.id === templateId)) {
    throw new UsageError(
      `no template "${templateId}"; known: ${library.templates.map((t) => t.id).join(", ")}`,
    );
  }
  const draft = draftReply(analysis, {
    library,
    rep: { name: repName, firstName: repName.split(/\s+/)[0] ?? "" },
    today,
    decision: decision !== undefined && isDecisionTypeId(decision) ? decision : undefined,
    decisionDate: by,
    templateId,
  });
  process.stdout.write(`${format === "html" ? draft.html : draft.text}\n`);
  return 0;
}

function dateOption(value: string | true | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (value === true || !isIsoDate(value)) throw new UsageError(`${name} takes a date as YYYY-MM-DD`);
  return value;
}
