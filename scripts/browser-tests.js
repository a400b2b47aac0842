/**
 * `npm run test:browser`: builds the production bundles, serves them with the simulator on a
 * free loopback port, and runs test/browser/*.test.ts with node's test runner under Debian's
 * Chromium (driven by playwright-core). Pass --no-build to reuse an existing dist/.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawn } = require("child_process");
const { startServer, build } = require("./simulator");

const ROOT = path.resolve(__dirname, "..");
const TEST_DIR = path.join(ROOT, "test/browser");

function testFiles(filters) {
  const all = fs
    .readdirSync(TEST_DIR)
    .filter((f) => f.endsWith(".test.ts"))
    .map((f) => path.join("test/browser", f));
  return filters.length ? all.filter((f) => filters.some((x) => f.includes(x))) : all;
}

async function main() {
  const args = process.argv.slice(2);
  const filters = args.filter((a) => !a.startsWith("--"));
  const files = testFiles(filters);
  // With no files, node --test would go looking for tests everywhere, jest's included.
  if (files.length === 0) throw new Error(`No browser test file matches ${filters.join(", ")}.`);
  if (!args.includes("--no-build")) await build("production", { quiet: true });
  const { server, url } = await startServer(0);
  console.log(`Simulator at ${url}; running ${files.length} browser test file(s).`);
  // The spec report is for people; a TAP copy gives the counts for the closing line.
  const tapFile = path.join(os.tmpdir(), `decision-ask-browser-tests-${process.pid}.tap`);
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "--test",
      "--test-concurrency=1",
      "--test-reporter=spec",
      "--test-reporter-destination=stdout",
      "--test-reporter=tap",
      `--test-reporter-destination=${tapFile}`,
      ...files,
    ],
    { cwd: ROOT, stdio: "inherit", env: { ...process.env, SIMULATOR_URL: url } },
  );
  const code = await new Promise((resolve) => child.on("exit", (c, signal) => resolve(signal ? 1 : c)));
  server.close();
  const tap = fs.existsSync(tapFile) ? fs.readFileSync(tapFile, "utf8") : "";
  fs.rmSync(tapFile, { force: true });
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, "m").exec(tap)?.[1] ?? 0);
  console.log(`Browser tests: ${count("pass")} passed, ${count("fail")} failed (${count("tests")} in all).`);
  process.exit(code ?? 1);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
