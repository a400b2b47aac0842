/** A tiny argv parser: positional words and `--name value` / `--flag` options. */
export interface ParsedArgs {
  positional: string[];
  options: Map<string, string | true>;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export function parseArgs(argv: readonly string[], flags: ReadonlySet<string>): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i];
    if (!word.startsWith("--") || word === "--") {
      if (word !== "--") positional.push(word);
      continue;
    }
    const eq = word.indexOf("=");
    const name = eq > 0 ? word.slice(2, eq) : word.slice(2);
    if (eq > 0) {
      options.set(name, word.slice(eq + 1));
    } else if (flags.has(name)) {
      options.set(name, true);
    } else {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith("--")) throw new UsageError(`--${name} needs a value`);
      options.set(name, value);
      i++;
    }
  }
  return { positional, options };
}

export function stringOption(
  args: ParsedArgs,
  name: string,
  allowed?: readonly string[],
): string | undefined {
  const value = args.options.get(name);
  if (value === undefined) return undefined;
  if (value === true) throw new UsageError(`--${name} needs a value`);
  if (allowed && !allowed.includes(value)) {
    throw new UsageError(`--${name} must be one of: ${allowed.join(", ")} (got "${value}")`);
  }
  return value;
}

export function checkKnownOptions(args: ParsedArgs, known: readonly string[]): void {
  for (const name of args.options.keys()) {
    if (!known.includes(name)) throw new UsageError(`unknown option --${name}`);
  }
}
