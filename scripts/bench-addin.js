/**
 * The add-in's part of `npm run bench`: production bundle sizes (gzip) of the task pane (what it
 * downloads for an English email, and the most a language chunk adds for another) and the
 * commands file, whether the commands bundle carries React, and how long the pane takes from
 * opening to a drafted reply, in Chromium with 4x CPU throttling (median of 10).
 * Usage: node scripts/bench-addin.js [--no-build] [--runs N]
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const tsx = require("tsx/cjs/api");
const { build, startServer } = require("./simulator");

const ROOT = path.resolve(__dirname, "..");
const STATS = path.join(ROOT, "build/stats/entry-packages.json");
const PANE_JS_TARGET_KB = 200;
const PANE_READY_TARGET_MS = 1000;
const REACT_PACKAGES = ["react", "react-dom", "scheduler"];
/** The chunks src/core/language/loadLanguage.ts downloads, one per language. */
const LANGUAGE_CHUNK = /^lang-([a-z]{2})$/;

function gzipKb(files) {
  const bytes = files.reduce(
    (sum, f) => sum + zlib.gzipSync(fs.readFileSync(path.join(ROOT, "dist", f)), { level: 9 }).length,
    0,
  );
  return bytes / 1024;
}

function bundleFigures() {
  const stats = JSON.parse(fs.readFileSync(STATS, "utf8"));
  // Development bundles are several times larger and slower; figures from them would mislead.
  if (stats.mode !== "production")
    throw new Error("dist/ holds a development build: run without --no-build.");
  const { taskpane: pane, commands } = stats.entries;
  const commandsReact = commands.packages.filter(
    (p) => REACT_PACKAGES.includes(p) || p.startsWith("@fluentui/"),
  );
  const languages = Object.entries(pane.asyncChunks)
    .map(([name, files]) => ({ language: LANGUAGE_CHUNK.exec(name)?.[1], files }))
    .filter((chunk) => chunk.language);
  // An English email loads the entry and English's chunk, if English ever gets one of its own.
  const englishFiles = [
    ...new Set([...pane.files, ...languages.filter((c) => c.language === "en").flatMap((c) => c.files)]),
  ];
  const others = languages
    .filter((chunk) => chunk.language !== "en")
    .map((chunk) => ({
      language: chunk.language,
      kb: gzipKb(chunk.files.filter((f) => !englishFiles.includes(f))),
    }))
    .sort((a, b) => b.kb - a.kb);
  // An English reply that quotes the rep's mail also downloads the reading of accepted offers.
  const offerFiles = (pane.asyncChunks["reply-offers"] ?? []).filter((f) => !englishFiles.includes(f));
  return {
    paneKb: gzipKb(englishFiles),
    offersKb: offerFiles.length > 0 ? gzipKb(offerFiles) : null,
    largestLanguage: others[0] ?? null,
    commandsKb: gzipKb(commands.files),
    commandsReact,
  };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function paneReadyTimes(runs) {
  const support = tsx.require("../test/browser/support/browser.ts", path.join(__dirname, "bench-addin.js"));
  const { server, url } = await startServer(0);
  process.env.SIMULATOR_URL = url;
  const session = await support.launchBrowser();
  try {
    const page = await support.openSimulator(session.context);
    const cdp = await session.context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await support.openMessage(page, "01-demo.eml");
    await support.clickRibbon(page, "Reply");
    const times = [];
    for (let i = 0; i < runs; i++) {
      await support.closePane(page);
      times.push(await support.timePaneToDraft(page));
    }
    return times;
  } finally {
    await session.close();
    server.close();
  }
}

function line(label, value, target, ok) {
  return `${label.padEnd(44)} ${value.padStart(10)}   target ${target.padEnd(10)} ${ok ? "ok" : "MISSED"}`;
}

async function main() {
  const args = process.argv.slice(2);
  const runsAt = args.indexOf("--runs");
  const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 10;
  if (!args.includes("--no-build")) await build("production", { quiet: true });
  const { paneKb, offersKb, largestLanguage, commandsKb, commandsReact } = bundleFigures();
  const times = await paneReadyTimes(runs);
  const ready = median(times);
  console.log("Add-in (production bundles, Chromium, 4x CPU throttling)");
  console.log(
    line(
      "task pane JS, English email (gzip)",
      `${paneKb.toFixed(1)} KB`,
      `< ${PANE_JS_TARGET_KB} KB`,
      paneKb < PANE_JS_TARGET_KB,
    ),
  );
  if (offersKb !== null) {
    const totalKb = paneKb + offersKb;
    console.log(
      line(
        "  + English reply to a quoted offer",
        `+${offersKb.toFixed(1)} KB`,
        `< ${PANE_JS_TARGET_KB} KB`,
        totalKb < PANE_JS_TARGET_KB,
      ) + ` (${totalKb.toFixed(1)} KB in all)`,
    );
  }
  if (largestLanguage) {
    // Other languages download on demand; the target holds for what such an email loads in all.
    const totalKb = paneKb + largestLanguage.kb;
    console.log(
      line(
        `  + other language, largest (lang-${largestLanguage.language})`,
        `+${largestLanguage.kb.toFixed(1)} KB`,
        `< ${PANE_JS_TARGET_KB} KB`,
        totalKb < PANE_JS_TARGET_KB,
      ) + ` (${totalKb.toFixed(1)} KB in all)`,
    );
  }
  console.log(
    line("commands JS (gzip)", `${commandsKb.toFixed(1)} KB`, "no React", commandsReact.length === 0),
  );
  console.log(
    `${"commands bundle contains React".padEnd(44)} ${commandsReact.length ? `yes (${commandsReact.join(", ")})` : "no"}`,
  );
  console.log(
    line(
      `pane open → drafted reply (median of ${times.length})`,
      `${ready.toFixed(0)} ms`,
      `< ${PANE_READY_TARGET_MS} ms`,
      ready < PANE_READY_TARGET_MS,
    ),
  );
  console.log(`  runs: ${times.map((t) => t.toFixed(0)).join(", ")} ms`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
