import fc from "fast-check";
import { detectRequests, MAX_EVIDENCE, MAX_TEXT } from "../../../src/core/detect/detectRequests";
import { MAX_ITEM } from "../../../src/core/detect/item";
import { LANGUAGES, REQUEST_TYPES, type DetectedLanguage } from "../../../src/core/types";

const languages: DetectedLanguage[] = [...LANGUAGES, "unknown"];

/** Words that steer the detector into its interesting paths, mixed with noise. */
const vocabulary = [
  "could you send",
  "please",
  "pricing",
  "a demo",
  "of the",
  "for our team",
  "and",
  "but",
  "not interested",
  "thanks for",
  "the proposal",
  "questionnaire",
  "Pouvez-vous",
  "tarifs",
  "¿Nos puede",
  "información",
  "Könnten Sie",
  "Angebot",
  "- ",
  ",",
  ".",
  "?",
  "\n",
  "\n\n",
  "  ",
  ":",
  "—",
];

const messages = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ maxLength: 400, unit: "binary" }),
  fc.array(fc.constantFrom(...vocabulary), { maxLength: 60 }).map((w) => w.join(" ")),
  fc
    .tuple(fc.array(fc.constantFrom(...vocabulary), { maxLength: 30 }), fc.string({ maxLength: 50 }))
    .map(([w, s]) => w.join(" ") + s),
);

describe("detectRequests on any text", () => {
  test("never throws, returns known types once each, short items, evidence from the text", () => {
    fc.assert(
      fc.property(messages, fc.constantFrom(...languages), (text, language) => {
        const found = detectRequests(text, language);
        const types = found.map((r) => r.type);
        expect(new Set(types).size).toBe(types.length);
        const flat = text.replace(/[’‘`´]/g, "'").replace(/\s+/g, " ");
        for (const r of found) {
          expect(REQUEST_TYPES).toContain(r.type);
          expect(r.item.length).toBeGreaterThan(0);
          expect(r.item.length).toBeLessThanOrEqual(MAX_ITEM);
          expect(r.evidence.length).toBeLessThanOrEqual(MAX_EVIDENCE);
          expect(flat).toContain(r.evidence);
        }
      }),
      { numRuns: 500 },
    );
  });
});

/** Best of three runs: the machine is shared, and a GC pause is not the detector's growth. */
function timeOf(text: string): number {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    detectRequests(text, "unknown");
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe.each(languages)("a pasted megabyte in %s", (language) => {
  test("is read within a second", () => {
    const text = "Could you send pricing, uns die Preise, vos tarifs, la demo? ".repeat(1 << 14);
    const start = performance.now();
    detectRequests(text, language);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe("time linear in the input", () => {
  const MB = 1 << 20;
  const shapes: Record<string, (size: number) => string> = {
    "one long line of requests": (n) => "could you send pricing for our team and a demo, ".repeat(n / 48),
    "one word repeated without spaces": (n) => "a".repeat(n),
    "spaces only": (n) => " ".repeat(n),
    "punctuation runs": (n) => ",.?!:;— -".repeat(n / 9),
    "many short lines": (n) => "- pricing\n".repeat(n / 10),
    "greeting-like prefixes": (n) => "Hi Sam Sam Sam Sam ".repeat(n / 19),
    "almost-matching phrases": (n) => "terms and terms and terms and ".repeat(n / 30),
    "German verb-final gaps": (n) => "Können Sie uns das System die Lösung ".repeat(n / 37),
    "French elisions": (n) => "Merci de m'envoyer d'une l'offre de la ".repeat(n / 38),
    "customers without a verb": (n) => "our customers customers users clients ".repeat(n / 38),
  };

  test.each(Object.keys(shapes))("%s: growth close to linear up to the read limit, 1 MB fast", (shape) => {
    const make = shapes[shape];
    timeOf(make(MAX_TEXT / 4));
    const quarter = timeOf(make(MAX_TEXT / 4));
    const full = timeOf(make(MAX_TEXT));
    // Four times the input may take at most ~8× the time (slack for GC and a busy machine).
    expect(full).toBeLessThan(Math.max(8 * quarter, 100));
    expect(timeOf(make(MB))).toBeLessThan(1000);
  });
});
