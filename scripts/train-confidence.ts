/**
 * `npm run train:confidence`: fits the English request-confidence model
 * (src/core/detect/confidence/en.ts) to the labelled corpus: every English email in
 * test/fixtures/corpus and ../shared/corpus, each request the detector finds labelled by whether
 * the email's labels ask for that type. It reads each email with the detector as it stands, and
 * the batches listed in test/fixtures/corpus/arrivals.json also as they read at the commit they
 * arrived at (from a temporary git worktree): the rules were since written from those emails, so
 * only their first reading shows the misreadings new mail brings. Rerun it after changing rules.
 *
 * `--hold-out batch51,batch52` leaves those batches out of the fit and prints request F1 on them
 * with and without the model; nothing is written then. They are read by the detector as it
 * stands, or by the one in the checkout at `--arrival DIR`.
 */
import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { readEmailFile } from "../src/cli/readInput";
import { FEATURE_NAMES } from "../src/core/detect/confidence/featureNames";
import { requestFeatures } from "../src/core/detect/confidence/features";
import { confidence, fitWeights, KEEP_AT } from "../src/core/detect/confidence/model";
import * as currentDetect from "../src/core/detect/detectRequests";
import * as currentEmail from "../src/core/email";
import * as currentLanguages from "../src/core/language/allLanguages";

const ROOT = resolve(__dirname, "..");
const CORPUS = join(ROOT, "test/fixtures/corpus");
const CORPORA = [CORPUS, join(ROOT, "../shared/corpus")];
const ARRIVALS = join(CORPUS, "arrivals.json");
const MODEL_FILE = join(ROOT, "src/core/detect/confidence/en.ts");

interface Label {
  types: string[];
  lang: string;
  accept?: Record<string, string>;
}

interface Detector {
  detectRequests: typeof currentDetect.detectRequests;
  readProspectMessage: typeof currentEmail.readProspectMessage;
  registerAllLanguages: typeof currentLanguages.registerAllLanguages;
}

interface Found {
  features: number[];
  asked: boolean;
}

interface Email {
  batch: string;
  found: Found[];
  /** Labelled types the detector did not find. */
  missed: number;
}

const CURRENT: Detector = { ...currentDetect, ...currentEmail, ...currentLanguages };

/** The detector of another checkout: its modules, loaded from its own src/. */
async function detectorIn(dir: string): Promise<Detector> {
  const core = resolve(dir, "src/core");
  const [detect, email, languages] = await Promise.all([
    import(join(core, "detect/detectRequests")) as Promise<typeof currentDetect>,
    import(join(core, "email")) as Promise<typeof currentEmail>,
    import(join(core, "language/allLanguages")) as Promise<typeof currentLanguages>,
  ]);
  return { ...detect, ...email, ...languages };
}

function labelledDirs(): Map<string, string> {
  const dirs = new Map<string, string>();
  for (const corpus of CORPORA) {
    if (!existsSync(corpus)) continue;
    if (existsSync(join(corpus, "labels.json"))) dirs.set("shared", corpus);
    for (const name of readdirSync(corpus).sort()) {
      if (existsSync(join(corpus, name, "labels.json"))) dirs.set(name, join(corpus, name));
    }
  }
  return dirs;
}

async function readBatch(detector: Detector, batch: string, dir: string): Promise<Email[]> {
  detector.registerAllLanguages();
  const labels = JSON.parse(readFileSync(join(dir, "labels.json"), "utf8")) as Record<string, Label>;
  const emails: Email[] = [];
  for (const [file, label] of Object.entries(labels)) {
    if (label.lang !== "en") continue;
    const message = detector.readProspectMessage(await readEmailFile(join(dir, file)));
    if (!message.found) continue;
    const requests = detector.detectRequests(message.text, message.language, message.addressees);
    const accepted = (type: string): boolean =>
      label.types.includes(type) ||
      Object.entries(label.accept ?? {}).some(
        ([wanted, alternative]) => alternative === type && label.types.includes(wanted),
      );
    const found = requests.map((request, i) => ({
      features: requestFeatures(request, i, requests.length, message.text),
      asked: accepted(request.type),
    }));
    const missed = label.types.filter(
      (type) => !requests.some((r) => r.type === type || label.accept?.[type] === r.type),
    ).length;
    emails.push({ batch, found, missed });
  }
  return emails;
}

/** Reads each batch listed for a commit as that commit's detector read it. */
async function readArrivals(dirs: Map<string, string>, fitted: (batch: string) => boolean): Promise<Email[]> {
  if (!existsSync(ARRIVALS)) return [];
  const arrivals = (JSON.parse(readFileSync(ARRIVALS, "utf8")) as { arrivals: Record<string, string[]> })
    .arrivals;
  const emails: Email[] = [];
  for (const [commit, batches] of Object.entries(arrivals)) {
    const wanted = batches.filter((batch) => fitted(batch) && dirs.has(batch));
    if (wanted.length === 0) continue;
    const checkout = mkdtempSync(join(tmpdir(), "decision-ask-arrival-"));
    try {
      execFileSync("git", ["worktree", "add", "--detach", "--force", checkout, commit], {
        cwd: ROOT,
        stdio: "ignore",
      });
      symlinkSync(join(ROOT, "node_modules"), join(checkout, "node_modules"));
      const detector = await detectorIn(checkout);
      for (const batch of wanted) emails.push(...(await readBatch(detector, batch, dirs.get(batch) ?? "")));
    } catch (error) {
      console.warn(
        `skipped the arrival readings at ${commit}: ${error instanceof Error ? error.message : error}`,
      );
    } finally {
      execFileSync("git", ["worktree", "remove", "--force", checkout], { cwd: ROOT, stdio: "ignore" });
      rmSync(checkout, { recursive: true, force: true });
    }
  }
  return emails;
}

function f1(emails: readonly Email[], keep: (found: Found) => boolean): string {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const email of emails) {
    fn += email.missed;
    for (const found of email.found) {
      if (keep(found)) {
        if (found.asked) tp++;
        else fp++;
      } else if (found.asked) fn++;
    }
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const f = (2 * precision * recall) / Math.max(1e-9, precision + recall);
  return `F1 ${f.toFixed(3)} (P ${precision.toFixed(2)} R ${recall.toFixed(2)})`;
}

/** The weights as a module, each beside the name of its feature. */
function modelSource(weights: readonly number[], found: number, negatives: number): string {
  // Two decimals: the weights are rough by nature, and the pane downloads them.
  const lines = weights.map((w, i) => `  ${(Math.round(w * 100) / 100).toString()}, // ${FEATURE_NAMES[i]}`);
  return [
    "/**",
    " * Written by `npm run train:confidence`: the English request-confidence weights, one per",
    ` * feature in featureNames.ts's order, fitted to ${found} requests the detector found in the`,
    ` * labelled corpus, as it reads it now and as it read new batches on arrival (${negatives} of`,
    " * them not asked for).",
    " */",
    "export const weights: readonly number[] = [",
    ...lines,
    "];",
    "",
  ].join("\n");
}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

async function main(): Promise<void> {
  const heldOut = new Set((option("--hold-out") ?? "").split(",").filter((b) => b !== ""));
  const fitted = (batch: string) => !heldOut.has(batch);
  const dirs = labelledDirs();
  const now: Email[] = [];
  for (const [batch, dir] of dirs) if (fitted(batch)) now.push(...(await readBatch(CURRENT, batch, dir)));
  const training = [...now, ...(await readArrivals(dirs, fitted))].flatMap((e) => e.found);
  const weights = fitWeights(
    training.map((f) => f.features),
    training.map((f) => f.asked),
  );
  const negatives = training.filter((f) => !f.asked).length;
  console.log(`fitted to ${training.length} requests found, ${negatives} of them not asked for`);
  const kept = (found: Found) => confidence(weights, found.features) >= KEEP_AT;
  if (heldOut.size > 0) {
    const arrival = option("--arrival");
    const detector = arrival ? await detectorIn(arrival) : CURRENT;
    const tested: Email[] = [];
    for (const batch of heldOut) {
      const dir = dirs.get(batch);
      if (dir) tested.push(...(await readBatch(detector, batch, dir)));
    }
    console.log(`held out (${tested.length} emails): without the model ${f1(tested, () => true)}`);
    console.log(`held out (${tested.length} emails): with the model    ${f1(tested, kept)}`);
    return;
  }
  console.log(`on the corpus as it reads now: without ${f1(now, () => true)}, with ${f1(now, kept)}`);
  writeFileSync(MODEL_FILE, modelSource(weights, training.length, negatives));
  console.log(`wrote ${MODEL_FILE}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
