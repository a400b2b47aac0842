import { existsSync, readFileSync, statSync } from "fs";
import path from "path";
import { COMMAND_FUNCTIONS } from "../../src/commands/commandNames";

type Handler = (event: { completed: jest.Mock }) => Promise<void>;

describe("the function file's entry (commands.ts)", () => {
  test("associates every command name once Office is ready, and each handler completes", async () => {
    const associated = new Map<string, Handler>();
    const fakeOffice = {
      onReady: (callback: () => void) => {
        callback();
        return Promise.resolve();
      },
      actions: { associate: (name: string, handler: Handler) => associated.set(name, handler) },
      // No item open: each command must still report back and complete.
      context: { mailbox: { item: null } },
    };
    (globalThis as { Office?: unknown }).Office = fakeOffice;
    try {
      await jest.isolateModulesAsync(async () => {
        await import("../../src/commands/commands");
      });
      expect([...associated.keys()].sort()).toEqual(Object.values(COMMAND_FUNCTIONS).sort());
      for (const handler of associated.values()) {
        const event = { completed: jest.fn() };
        await handler(event);
        expect(event.completed).toHaveBeenCalledTimes(1);
      }
    } finally {
      delete (globalThis as { Office?: unknown }).Office;
    }
  });
});

/** Every module the commands bundle pulls in, following relative imports from its entry. */
function bundledPackages(entry: string): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!/\.tsx?$/.test(file)) return;
    const source = readFileSync(file, "utf8");
    for (const [, statement, spec] of source.matchAll(
      /(?:^|\n)\s*((?:import|export)[^;'"]{0,500}?)from\s+["']([^"']{1,200})["']/g,
    )) {
      // Type-only imports are erased by the compiler and bundle nothing.
      if (/^(?:import|export)\s+type\b/.test(statement)) continue;
      if (spec.startsWith(".")) visit(resolveModule(path.dirname(file), spec));
      else packages.add(spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]);
    }
  };
  visit(entry);
  return packages;
}

function resolveModule(dir: string, spec: string): string {
  const base = path.resolve(dir, spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  throw new Error(`cannot resolve ${spec} from ${dir}`);
}

test("the commands bundle imports no React or Fluent UI", () => {
  const packages = bundledPackages(path.resolve(__dirname, "../../src/commands/commands.ts"));
  // The walk reaches the core: the template library and the renderer it bundles.
  expect(packages.has("decision-ask-templates")).toBe(true);
  expect(packages.has("mustache")).toBe(true);
  for (const pkg of packages) expect(pkg).not.toMatch(/^(react|react-dom|@fluentui\/.*|@griffel\/.*)$/);
});
