/**
 * `npm run bench`: the figures the issues name, printed with their targets.
 * Core: analysis time for a typical email and a 1 MB thread, growth from 10 KB to 10 MB, and
 * the same inputs through email-reply-parser and planer (quote stripping only) as ratios.
 * Add-in: bundle sizes and pane-ready time (scripts/bench-addin.js, needs Chromium).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import EmailReplyParser from "email-reply-parser";
import { analyzeEmail } from "../src/core/analyze";
import { readProspectMessage } from "../src/core/email";
import type { EmailInput } from "../src/core/types";
import { formatBytes, formatMs, medianMs } from "./bench/measure";
import { threadOfSize, typicalDraft } from "./bench/threads";

// planer ships no types; its text path needs no DOM.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const planer = require("planer") as { extractFrom(body: string, type: string): string };

const draft = (body: string): EmailInput => ({ mode: "compose", body, bodyType: "text" });
const replyParser = new EmailReplyParser();
const competitors: Record<string, (body: string) => unknown> = {
  "email-reply-parser": (body) => replyParser.parseReply(body),
  planer: (body) => planer.extractFrom(body, "text/plain"),
};

function line(label: string, value: string, target = ""): void {
  console.log(`${label.padEnd(46)} ${value.padStart(12)}${target ? `   ${target}` : ""}`);
}

function coreBench(): void {
  console.log("Core engine (Node, median)");
  const typical = typicalDraft();
  const typicalMs = medianMs(() => analyzeEmail(draft(typical)), 500);
  line(`typical email (${typical.length} chars), full analysis`, formatMs(typicalMs), "target < 2 ms");
  const oneMb = threadOfSize(1024 * 1024);
  const oneMbMs = medianMs(() => analyzeEmail(draft(oneMb)), 15);
  line("1 MB thread, full analysis", formatMs(oneMbMs), "target < 100 ms");

  console.log("\nGrowth (full analysis; time per MB should stay flat)");
  const sizes = [10 * 1024, 100 * 1024, 1024 * 1024, 10 * 1024 * 1024];
  const perMb: number[] = [];
  for (const size of sizes) {
    const body = threadOfSize(size);
    const ms = medianMs(() => analyzeEmail(draft(body)), size > 2e6 ? 5 : 15);
    perMb.push(ms / (body.length / 1024 / 1024));
    line(`${formatBytes(size)}`, formatMs(ms), `${(ms / (body.length / 1024 / 1024)).toFixed(1)} ms/MB`);
  }
  const growth = perMb[perMb.length - 1] / perMb[1];
  line("time per MB, 10 MB vs 100 KB", `${growth.toFixed(2)}x`, "linear ≈ 1x");

  console.log("\nQuote stripping side by side (our reader vs the npm ports; ratio = theirs / ours)");
  console.log(
    `${"input".padEnd(12)}${"ours".padStart(12)}${Object.keys(competitors)
      .map((n) => n.padStart(30))
      .join("")}`,
  );
  for (const size of [typical.length, 10 * 1024, 100 * 1024, 1024 * 1024, 10 * 1024 * 1024]) {
    const body = size === typical.length ? typical : threadOfSize(size);
    const repeats = size > 2e6 ? 3 : size > 2e5 ? 7 : 50;
    const ours = medianMs(() => readProspectMessage(draft(body)), repeats);
    const cells = Object.values(competitors).map((strip) => {
      const theirs = medianMs(() => strip(body), repeats, 30_000);
      return `${formatMs(theirs)} (${(theirs / ours).toFixed(1)}x)`.padStart(30);
    });
    const label = size === typical.length ? "typical" : formatBytes(size);
    console.log(`${label.padEnd(12)}${formatMs(ours).padStart(12)}${cells.join("")}`);
  }
}

function addinBench(): void {
  const script = join(__dirname, "bench-addin.js");
  if (!existsSync(script)) {
    console.log("\nAdd-in figures: scripts/bench-addin.js is missing");
    return;
  }
  console.log("");
  const result = spawnSync(process.execPath, [script], { stdio: "inherit" });
  if (result.status !== 0) process.exitCode = result.status ?? 1;
}

coreBench();
addinBench();
