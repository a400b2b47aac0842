import { matchesOf } from "./lexicon/build";
import type { Lexicon } from "./lexicon/types";

/** A sentence in standard spelling, and the way back to the writer's own words. */
export interface Respelled {
  text: string;
  /** The offset in the original of an offset in `text`. */
  toOriginal(offset: number): number;
}

interface Edit {
  at: number;
  length: number;
  replacement: string;
}

/**
 * Reads "can u send whats included" as "can you send what's included" so the patterns, written
 * for standard spelling, apply; evidence still quotes the writer through `toOriginal`. One scan
 * per pattern; where two overlap, the earlier edit wins.
 */
export function respell(lexicon: Lexicon, original: string): Respelled {
  const edits: Edit[] = [];
  for (const [pattern, replacement] of lexicon.respell ?? []) {
    for (const m of matchesOf(pattern, original)) {
      const at = m.index ?? 0;
      const text = replacement.replace(/\$(\d)/g, (_, n: string) => m[Number(n)] ?? "");
      edits.push({ at, length: m[0].length, replacement: text });
    }
  }
  if (edits.length === 0) return { text: original, toOriginal: (offset) => offset };
  edits.sort((a, b) => a.at - b.at);
  let text = "";
  let from = 0;
  /** Pairs of (offset in text, offset in original) where an edit starts; both grow together after it. */
  const anchors: [number, number][] = [[0, 0]];
  for (const edit of edits) {
    if (edit.at < from) continue;
    text += original.slice(from, edit.at);
    anchors.push([text.length, edit.at]);
    text += edit.replacement;
    from = edit.at + edit.length;
    anchors.push([text.length, from]);
  }
  text += original.slice(from);
  const toOriginal = (offset: number): number => {
    let [t, o] = anchors[0];
    for (const [at, orig] of anchors) {
      if (at > offset) break;
      [t, o] = [at, orig];
    }
    return Math.min(original.length, o + (offset - t));
  };
  return { text, toOriginal };
}
