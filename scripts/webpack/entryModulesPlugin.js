/**
 * Writes which npm packages each entry bundles (build/stats/entry-packages.json), so tests and
 * the benchmark can prove the commands bundle carries no React without trusting a text search;
 * and, per entry, the files of each chunk it may load later (`import()`, by chunk name), so the
 * benchmark can count what a given email makes the task pane download.
 */
const fs = require("fs");
const path = require("path");

/** Every chunk group an entry can load on demand, nested ones included: name → its .js files. */
function asyncChunksOf(entrypoint) {
  const found = {};
  const seen = new Set();
  const walk = (group) => {
    for (const child of group.childrenIterable) {
      if (seen.has(child)) continue;
      seen.add(child);
      const name = child.name ?? child.chunks.map((chunk) => chunk.id).join("+");
      found[name] = child.getFiles().filter((f) => f.endsWith(".js"));
      walk(child);
    }
  };
  walk(entrypoint);
  return found;
}

function packageOf(resource) {
  const at = resource.lastIndexOf(`node_modules${path.sep}`);
  if (at < 0) return null;
  const parts = resource.slice(at + "node_modules".length + 1).split(path.sep);
  return parts[0].startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0];
}

class EntryModulesPlugin {
  constructor({ outputFile }) {
    this.outputFile = outputFile;
  }

  apply(compiler) {
    compiler.hooks.done.tap(EntryModulesPlugin.name, (stats) => {
      const { compilation } = stats;
      const report = { mode: compiler.options.mode, entries: {} };
      for (const [name, entrypoint] of compilation.entrypoints) {
        const packages = new Set();
        for (const chunk of entrypoint.chunks) {
          for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
            const resource = module.resource ?? module.rootModule?.resource;
            const pkg = resource ? packageOf(resource) : null;
            if (pkg) packages.add(pkg);
            for (const inner of module.modules ?? []) {
              const innerPkg = inner.resource ? packageOf(inner.resource) : null;
              if (innerPkg) packages.add(innerPkg);
            }
          }
        }
        report.entries[name] = {
          files: entrypoint.getFiles().filter((f) => f.endsWith(".js")),
          packages: [...packages].sort(),
          asyncChunks: asyncChunksOf(entrypoint),
        };
      }
      fs.mkdirSync(path.dirname(this.outputFile), { recursive: true });
      fs.writeFileSync(this.outputFile, `${JSON.stringify(report, null, 2)}\n`);
    });
  }
}

module.exports = { EntryModulesPlugin };
