import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describeFailure, lintTemplates } from "../core/templates";
import { BUILTIN_LIBRARY_NAME, compileTemplateDir, readTemplateFiles } from "../node/templateFiles";
import { checkKnownOptions, parseArgs, stringOption, UsageError } from "./args";

const TEMPLATES_DIR = join(__dirname, "..", "..", "templates");

/** `templates lint [DIR]` and `templates build [DIR] [--out FILE] [--name N] [--version V]`. */
export async function runTemplates(argv: string[]): Promise<number> {
  const [action, ...rest] = argv;
  const args = parseArgs(rest, new Set());
  if (args.positional.length > 1) throw new UsageError(`templates ${action} takes at most one folder`);
  const dir = args.positional[0] ?? TEMPLATES_DIR;
  if (action === "lint") {
    checkKnownOptions(args, []);
    const files = readTemplates(dir);
    const failures = lintTemplates(files);
    for (const failure of failures)
      process.stdout.write(`${describeFailure({ ...failure, file: join(dir, failure.file) })}\n`);
    const bad = new Set(failures.map((failure) => failure.file)).size;
    process.stderr.write(`${files.length} templates checked, ${bad} failed\n`);
    return failures.length > 0 ? 1 : 0;
  }
  if (action === "build") {
    checkKnownOptions(args, ["out", "name", "version"]);
    const { library, rejected } = compileTemplateDir(dir, {
      name: stringOption(args, "name") ?? BUILTIN_LIBRARY_NAME,
      version: stringOption(args, "version") ?? "1.0.0",
    });
    for (const { path, errors } of rejected) process.stderr.write(`left out ${path}: ${errors.join("; ")}\n`);
    const json = `${JSON.stringify(library, null, 2)}\n`;
    const out = stringOption(args, "out");
    if (out) writeFileSync(out, json);
    else process.stdout.write(json);
    process.stderr.write(
      `${library.templates.length} templates in the library, ${rejected.length} left out\n`,
    );
    return rejected.length > 0 ? 1 : 0;
  }
  throw new UsageError(`templates takes "lint" or "build", not "${action ?? ""}"`);
}

function readTemplates(dir: string) {
  try {
    return readTemplateFiles(dir);
  } catch (error) {
    throw new UsageError(`cannot read the template folder ${dir}: ${(error as Error).message}`);
  }
}
