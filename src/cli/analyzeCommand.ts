import { analyzeEmail } from "../core/analyze";
import { InputError } from "../core/errors";
import type { Mode } from "../core/types";
import { checkKnownOptions, parseArgs, stringOption, UsageError } from "./args";
import { analysisJson, analysisSummary } from "./formatAnalysis";
import { readEmailFile } from "./readInput";

/**
 * Analyzes each file in turn. A file that cannot be read is reported on stderr (and, with
 * --json, as an `error` line so the output stays one line per file) and the rest go on;
 * the exit code is 2 when any failed.
 */
export async function runAnalyze(argv: string[]): Promise<number> {
  const args = parseArgs(argv, new Set(["json"]));
  checkKnownOptions(args, ["json", "mode"]);
  const mode = stringOption(args, "mode", ["read", "compose"]) as Mode | undefined;
  if (args.positional.length === 0) throw new UsageError("analyze needs at least one file");
  const json = args.options.has("json");
  let failed = false;
  for (const file of args.positional) {
    try {
      const analysis = analyzeEmail(await readEmailFile(file, mode));
      process.stdout.write(
        json ? `${JSON.stringify(analysisJson(file, analysis))}\n` : `${analysisSummary(file, analysis)}\n`,
      );
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      failed = true;
      process.stderr.write(`decision-ask: ${error.message}\n`);
      if (json) process.stdout.write(`${JSON.stringify({ file, error: error.message })}\n`);
    }
  }
  return failed ? 2 : 0;
}
