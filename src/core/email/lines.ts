/**
 * Line helpers shared by the quote and signature finders. Everything here scans a line once
 * from the left, so long lines and deep `>` nesting cost time linear in their length.
 */

export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

export interface QuotedLine {
  /** How many `>` quote markers the line starts with. */
  depth: number;
  /** The line without its quote markers and the spaces between them. */
  content: string;
}

export function unquote(line: string): QuotedLine {
  let depth = 0;
  let i = 0;
  let contentStart = 0;
  while (i < line.length) {
    const c = line[i];
    if (c === ">") {
      depth++;
      i++;
      contentStart = i;
    } else if (c === " " || c === "\t") {
      i++;
    } else {
      break;
    }
  }
  if (depth === 0) return { depth, content: line };
  // One space after the last marker belongs to the marker ("> text").
  const rest = line.slice(contentStart);
  return { depth, content: rest.startsWith(" ") ? rest.slice(1) : rest };
}

export function isBlank(line: string): boolean {
  return line.trim() === "";
}

/** Joins lines, drops trailing spaces, keeps at most one blank line in a row, trims the ends. */
export function tidyLines(lines: readonly string[]): string {
  const out: string[] = [];
  for (const raw of lines) {
    const line = raw.trimEnd();
    if (line === "" && (out.length === 0 || out[out.length - 1] === "")) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === "") out.pop();
  return out.join("\n");
}
