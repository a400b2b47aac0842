import { UsageError } from "./args";
import { InputError } from "../core/errors";

const USAGE = `Decision Ask command line

  npm run cli -- analyze FILE... [--json] [--mode read|compose]
      What each email asks for. .eml files are read as received (read mode); .txt and
      .html files as the body of a reply draft (compose mode). --json prints one JSON
      object a line, in the order of the files.

  npm run cli -- draft FILE [--decision TYPE] [--by YYYY-MM-DD] [--format text|html]
                            [--template ID] [--rep "Name"] [--today YYYY-MM-DD] [--mode read|compose]
      The decision-ask reply for the email. TYPE is one of go-no-go, next-step,
      involve-decision-makers, shortlist, budget-approval.

  npm run cli -- templates lint [DIR]
      Checks every template in DIR (default: templates/) against the commitment rule.
  npm run cli -- templates build [DIR] [--out FILE]
      Compiles DIR into one library file (default: print it).

Exit codes: 0 done, 1 templates failed the lint, 2 unreadable input or bad usage.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  // Each command loads only what it uses, so `analyze` over many files starts fast.
  switch (command) {
    case "analyze":
      return (await import("./analyzeCommand")).runAnalyze(rest);
    case "draft":
      return (await import("./draftCommand")).runDraft(rest);
    case "templates":
      return (await import("./templatesCommand")).runTemplates(rest);
    case undefined:
    case "help":
    case "--help":
    case "-h":
      process.stdout.write(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`decision-ask: ${error.message}\n\n${USAGE}\n`);
    } else if (error instanceof InputError) {
      process.stderr.write(`decision-ask: ${error.message}\n`);
    } else {
      process.stderr.write(`decision-ask: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    }
    process.exitCode = 2;
  },
);
