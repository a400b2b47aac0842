import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { TemplateSource } from "../../../src/core/templates";

/** The shipped templates/ folder as the CLI and webpack hand it to the core: { path, text } pairs. */
export function defaultTemplateFiles(): TemplateSource[] {
  const root = join(__dirname, "../../../templates");
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) =>
      readdirSync(join(root, entry.name))
        .filter((file) => file.endsWith(".html"))
        .map((file) => ({
          path: `templates/${entry.name}/${file}`,
          text: readFileSync(join(root, entry.name, file), "utf8"),
        })),
    );
}
