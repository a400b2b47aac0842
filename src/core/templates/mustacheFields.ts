import Mustache from "mustache";
import { CONTEXT_SHAPE, type ContextShape } from "../render/replyContext";

/** A mustache tag in a template body, with the context path it resolves to (null: unknown). */
export interface FieldUse {
  /** The tag's kind: "name" {{x}}, "#" section, "^" inverted section, "{" / "&" unescaped, ">" partial. */
  kind: string;
  name: string;
  offset: number;
  /** "decision.ask", "requests[].item"; null when the name resolves to nothing in the context. */
  path: string | null;
}

interface Frame {
  shape: ContextShape;
  path: string;
}

type Token = [string, string, number, number, Token[]?, number?];

function child(shape: ContextShape, key: string): ContextShape | null {
  if (typeof shape !== "object" || Array.isArray(shape)) return null;
  return Object.prototype.hasOwnProperty.call(shape, key) ? shape[key] : null;
}

/**
 * Resolves a name as mustache does: the first segment is looked up from the innermost section
 * outwards, the rest descends into what was found.
 */
function resolve(name: string, stack: readonly Frame[]): Frame | null {
  if (name === ".") return stack[stack.length - 1];
  const [head, ...rest] = name.split(".");
  for (let depth = stack.length - 1; depth >= 0; depth -= 1) {
    let shape = child(stack[depth].shape, head);
    if (shape === null) continue;
    let path = stack[depth].path === "" ? head : `${stack[depth].path}.${head}`;
    for (const segment of rest) {
      shape = child(shape, segment);
      if (shape === null) return null;
      path = `${path}.${segment}`;
    }
    return { shape, path };
  }
  return null;
}

function walk(tokens: readonly Token[], stack: Frame[], uses: FieldUse[]): void {
  for (const token of tokens) {
    const [kind, name, offset] = token;
    if (kind === "text" || kind === "!" || kind === "=") continue;
    if (kind === ">") {
      uses.push({ kind, name, offset, path: null });
      continue;
    }
    const found = resolve(name, stack);
    uses.push({ kind, name, offset, path: found?.path ?? null });
    const children = token[4] ?? [];
    if (kind === "#" && found) {
      // A list section repeats its element; an object section opens it; other values only gate.
      const frame = Array.isArray(found.shape) ? { shape: found.shape[0], path: `${found.path}[]` } : found;
      walk(children, [...stack, frame], uses);
    } else {
      walk(children, stack, uses);
    }
  }
}

/** Every tag in a template body, resolved against the reply context. Throws on mustache syntax errors. */
export function fieldUses(body: string): FieldUse[] {
  const tokens = Mustache.parse(body) as unknown as Token[];
  const uses: FieldUse[] = [];
  walk(tokens, [{ shape: CONTEXT_SHAPE, path: "" }], uses);
  return uses;
}
