import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { simulatorUrl } from "./support/browser";

const ROOT = path.resolve(__dirname, "../..");
const dist = (file: string) => path.join(ROOT, "dist", file);

interface EntryReport {
  files: string[];
  packages: string[];
}
function entries(): Record<string, EntryReport> {
  const report = JSON.parse(readFileSync(path.join(ROOT, "build/stats/entry-packages.json"), "utf8")) as {
    mode: string;
    entries: Record<string, EntryReport>;
  };
  assert.equal(report.mode, "production", "the browser tests check the production bundles");
  return report.entries;
}

describe("the production build", () => {
  test("the commands bundle holds no React, no Fluent UI; the pane bundle does", () => {
    const { commands, taskpane } = entries();
    const ui = commands.packages.filter(
      (p) => ["react", "react-dom", "scheduler"].includes(p) || p.startsWith("@fluentui/"),
    );
    assert.deepEqual(ui, []);
    assert.ok(taskpane.packages.includes("react-dom"), "the stats do list React where it is");
    for (const file of commands.files)
      assert.ok(
        !/react\.(?:transitional\.)?element/.test(readFileSync(dist(file), "utf8")),
        `${file} has no React`,
      );
  });

  test("ships no source map reference to users, but keeps the maps beside the bundles", () => {
    for (const file of entries().taskpane.files) {
      assert.ok(
        !readFileSync(dist(file), "utf8").includes("sourceMappingURL"),
        `${file} names no source map`,
      );
      assert.ok(existsSync(dist(`${file}.map`)), `${file}.map`);
    }
  });

  test("emits the pages, the manifest, the icons and the built-in template library", () => {
    for (const file of ["taskpane.html", "commands.html", "simulator.html", "manifest.xml", "library.json"]) {
      assert.ok(existsSync(dist(file)), file);
    }
    const library = JSON.parse(readFileSync(dist("library.json"), "utf8")) as { templates: unknown[] };
    assert.ok(library.templates.length > 0);
    const manifest = readFileSync(dist("manifest.xml"), "utf8");
    for (const [, icon] of manifest.matchAll(/https:\/\/localhost:3000\/(assets\/[^"]{1,200})"/g)) {
      assert.ok(existsSync(dist(icon)), icon);
    }
  });

  test("ADDIN_PUBLIC_URL rewrites every development URL of the manifest", () => {
    const script = [
      'const { publicUrlFromEnv, rewriteManifestUrls } = require("./scripts/webpack/manifestUrls");',
      'const xml = require("fs").readFileSync("manifest.xml", "utf8");',
      'process.stdout.write(rewriteManifestUrls(xml, "https://localhost:3000/", publicUrlFromEnv("https://addin.example.com", "")));',
    ].join("\n");
    const rewritten = execFileSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8" });
    assert.doesNotMatch(rewritten, /localhost/);
    assert.match(rewritten, /https:\/\/addin\.example\.com\/taskpane\.html/);
  });

  test("the simulator serves the add-in pages with the Office.js emulation in place of office.js", async () => {
    for (const page of ["taskpane.html", "commands.html"]) {
      const html = await (await fetch(new URL(page, simulatorUrl()))).text();
      assert.doesNotMatch(html, /appsforoffice\.microsoft\.com/);
      assert.match(html, /<script src="\/simulator\/office-emulation\.js"><\/script>/);
      assert.match(
        readFileSync(dist(page), "utf8"),
        /appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js/,
      );
    }
  });
});
