import { execFileSync } from "child_process";
import path from "path";
import library from "decision-ask-templates";

describe("the decision-ask-templates module", () => {
  test("is the library compiled from templates/, the same under jest as in the webpack bundles", () => {
    const script =
      'const { compileTemplateLibrary } = require("./scripts/webpack/templateLibrary");' +
      'process.stdout.write(JSON.stringify(compileTemplateLibrary("templates").library));';
    const bundled = execFileSync(process.execPath, ["-e", script], {
      cwd: path.resolve(__dirname, "../.."),
      encoding: "utf8",
    });
    expect(library).toEqual(JSON.parse(bundled));
    expect(library.templates.length).toBeGreaterThan(0);
  });
});
