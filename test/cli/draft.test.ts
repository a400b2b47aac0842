import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "./runCli";

const CORPUS = join(__dirname, "..", "..", "..", "shared", "corpus");

describe("cli draft", () => {
  it("drafts a reply that confirms the item and asks for the decision by the date given", () => {
    const result = runCli([
      "draft",
      join(CORPUS, "d01.eml"),
      "--decision",
      "involve-decision-makers",
      "--by",
      "2026-11-20",
      "--today",
      "2026-11-10",
      "--rep",
      "Sam Carter",
    ]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Hi Rachel,/);
    expect(result.stdout).toMatch(/demo of the scheduling features/);
    expect(result.stdout).toMatch(/Friday, November 20/);
    expect(result.stdout).toMatch(/Sam\s*$/);
    expect(result.stdout).not.toMatch(/<p>/);
  });

  it("prints plain semantic HTML with --format html, with the prospect's words escaped", () => {
    const dir = mkdtempSync(join(tmpdir(), "decision-ask-draft-"));
    const file = join(dir, "draft.txt");
    writeFileSync(
      file,
      "From: Eve <eve@example.org>\nSent: Monday, November 23, 2026 2:00 PM\nTo: Sam\nSubject: x\n\nCould you send pricing for <script>alert(1)</script> seats?\nEve\n",
    );
    const result = runCli(["draft", file, "--format", "html", "--today", "2026-11-23"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^<p>/);
    expect(result.stdout).not.toMatch(/<script>/);
    expect(result.stdout).not.toMatch(/style=|font-family|font-size/);
  });

  it("refuses a bad date, an unknown decision type and an unknown template with exit code 2", () => {
    const email = join(CORPUS, "d02.eml");
    expect(runCli(["draft", email, "--by", "20/11/2026"]).stderr).toMatch(/--by takes a date as YYYY-MM-DD/);
    const decision = runCli(["draft", email, "--decision", "maybe"]);
    expect(decision.status).toBe(2);
    expect(decision.stderr).toMatch(/--decision must be one of: go-no-go/);
    const template = runCli(["draft", email, "--template", "nope"]);
    expect(template.status).toBe(2);
    expect(template.stderr).toMatch(/no template "nope"/);
  });

  it("says so when a compose draft quotes no prospect message", () => {
    const dir = mkdtempSync(join(tmpdir(), "decision-ask-draft-"));
    const file = join(dir, "new.txt");
    writeFileSync(file, "Hi Dana, following up on our call.\n");
    const result = runCli(["draft", file]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/quotes no prospect message/);
  });
});

describe("cli templates", () => {
  it("lints the built-in library clean", () => {
    const result = runCli(["templates", "lint"]);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/\d+ templates checked, 0 failed/);
  });

  it("fails a template without the decision ask, naming the file, the line and the rule", () => {
    const dir = mkdtempSync(join(tmpdir(), "decision-ask-templates-"));
    mkdirSync(join(dir, "en"));
    writeFileSync(
      join(dir, "en", "lazy.html"),
      "---\nid: lazy-en\nname: Lazy\ndescription: Sends the item, asks nothing.\ntypes: demo\nlanguage: en\nversion: 1\n---\n<p>Hi {{greetingName}}, here is {{items}}.</p>\n<p>{{{prospect.company}}}</p>\n",
    );
    const result = runCli(["templates", "lint", dir]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/lazy\.html:\d+ asks-decision:/);
    expect(result.stdout).toMatch(/lazy\.html:\d+ asks-date:/);
    expect(result.stdout).toMatch(/lazy\.html:10 no-unescaped-values:/);
  });

  it("builds the library as JSON", () => {
    const result = runCli(["templates", "build"]);
    expect(result.status).toBe(0);
    const library = JSON.parse(result.stdout);
    expect(library.schemaVersion).toBe(1);
    expect(library.templates.map((t: { id: string }) => t.id)).toContain("general-en");
  });
});
