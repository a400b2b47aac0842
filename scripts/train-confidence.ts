/**
 * `npm run train:confidence`: fits the English request-confidence model
 * (src/core/detect/confidence/en.ts) to the labelled corpus: every English email in
 * test/fixtures/corpus and ../shared/corpus, read by the detector as it stands, each request it
 * finds labelled by whether the email's labels ask for that type. Rerun it after changing the
 * detector's rules, so the model weighs the requests the rules now find.
 *
 * `--hold-out batch49,batch50` leaves those batches out of the fit and prints request F1 on them
 * with and without the model, to see whether it helps on mail it was not fitted to; nothing is
 * written then. `--arrival DIR` reads the held-out batches with the detector of another checkout
 * (a git worktree of the commit they arrived at), so they are scored as they read on arrival,
 * before any rule was made from them.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { readEmailFile } from "../src/cli/readInput";
import { FEATURE_NAMES } from "../src/core/detect/confidence/featureNames";
import { requestFeatures } from "../src/core/detect/confidence/features";
import { confidence, fitWeights, KEEP_AT } from "../src/core/detect/confidence/model";
import * as current from "../src/core/detect/detectRequests";
import * as currentEmail from "../src/core/email";
import * as currentLanguages from "../src/core/language/allLanguages";

const ROOT = resolve(__dirname, "..");
const CORPORA = [join(ROOT, "test/fixtures/corpus"), join(ROOT, "../shared/corpus")];
const MODEL_FILE = join(ROOT, "src/core/detect/confidence/en.ts");

interface Label {
  types: string[];
  lang: string;
  accept?: Record<string, string>;
}

interface Found {
  batch: string;
  features: number[];
  asked: boolean;
}

interface Detector {
  detectRequests: typeof current.detectRequests;
  readProspectMessage: typeof currentEmail.readProspectMessage;
  registerAllLanguages: typeof currentLanguages.registerAllLanguages;
}

const CURRENT: Detector = { ...current, ...currentEmail, ...currentLanguages };

/** The detector of another checkout: its modules, loaded from its own src/. */
async function detectorIn(dir: string): Promise<Detector> {
  const src = resolve(dir, "src/core");
  const [detect, email, languages] = await Promise.all([
    import(join(src, "detect/detectRequests")) as Promise<typeof current>,
    import(join(src, "email")) as Promise<typeof currentEmail>,
    import(join(src, "language/allLanguages")) as Promise<typeof currentLanguages>,
  ]);
  return { ...detect, ...email, ...languages };
}

interface Email {
  batch: string;
  found: Found[];
  /** Labelled types the detector did not find. */
  missed: number;
}

function labelledDirs(): string[] {
  const dirs: string[] = [];
  for (const corpus of CORPORA) {
    if (!existsSync(corpus)) continue;
    if (existsSync(join(corpus, "labels.json"))) dirs.push(corpus);
    for (const name of readdirSync(corpus).sort()) {
      if (existsSync(join(corpus, name, "labels.json"))) dirs.push(join(corpus, name));
    }
  }
  return dirs;
}

async function readCorpus(pick: (batch: string) => Detector): Promise<Email[]> {
  const emails: Email[] = [];
  for (const dir of labelledDirs()) {
    const batch = dir.split("/").pop() ?? dir;
    const { detectRequests, readProspectMessage, registerAllLanguages } = pick(batch);
    registerAllLanguages();
    const labels = JSON.parse(readFileSync(join(dir, "labels.json"), "utf8")) as Record<string, Label>;
    for (const [file, label] of Object.entries(labels)) {
      if (label.lang !== "en") continue;
      const message = readProspectMessage(await readEmailFile(join(dir, file)));
      if (!message.found) continue;
      const requests = detectRequests(message.text, message.language, message.addressees);
      const accepted = (type: string): boolean =>
        label.types.includes(type) ||
        Object.entries(label.accept ?? {}).some(
          ([wanted, alternative]) => alternative === type && label.types.includes(wanted),
        );
      const found = requests.map((request, i) => ({
        batch,
        features: requestFeatures(request, i, requests.length, message.text),
        asked: accepted(request.type),
      }));
      const missed = label.types.filter(
        (type) => !requests.some((r) => r.type === type || label.accept?.[type] === r.type),
      ).length;
      emails.push({ batch, found, missed });
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
    ` * labelled corpus (${negatives} of them not asked for).`,
    " */",
    "export const weights: readonly number[] = [",
    ...lines,
    "];",
    "",
  ].join("\n");
}

async function main(): Promise<void> {
  const at = process.argv.indexOf("--hold-out");
  const heldOut = new Set(at >= 0 ? (process.argv[at + 1] ?? "").split(",") : []);
  const arrivalAt = process.argv.indexOf("--arrival");
  const arrival = arrivalAt >= 0 ? await detectorIn(process.argv[arrivalAt + 1] ?? ".") : CURRENT;
  const emails = await readCorpus((batch) => (heldOut.has(batch) ? arrival : CURRENT));
  const training = emails.filter((e) => !heldOut.has(e.batch)).flatMap((e) => e.found);
  const weights = fitWeights(
    training.map((f) => f.features),
    training.map((f) => f.asked),
  );
  const negatives = training.filter((f) => !f.asked).length;
  console.log(`fitted to ${training.length} requests found, ${negatives} of them not asked for`);
  const kept = (found: Found) => confidence(weights, found.features) >= KEEP_AT;
  const tested = emails.filter((e) => heldOut.has(e.batch));
  if (tested.length > 0) {
    console.log(`held out (${tested.length} emails): without the model ${f1(tested, () => true)}`);
    console.log(`held out (${tested.length} emails): with the model    ${f1(tested, kept)}`);
    return;
  }
  console.log(`on the corpus it was fitted to: without ${f1(emails, () => true)}, with ${f1(emails, kept)}`);
  writeFileSync(MODEL_FILE, modelSource(weights, training.length, negatives));
  console.log(`wrote ${MODEL_FILE}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
