import { spawnSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real command line, as `npm run cli` does, in the project root. */
export function runCli(args: string[]): CliResult {
  const result = spawnSync(
    process.execPath,
    [require.resolve("tsx/cli"), join(ROOT, "src/cli/main.ts"), ...args],
    {
      cwd: ROOT,
      encoding: "utf-8",
      timeout: 60_000,
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
