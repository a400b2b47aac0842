import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "./runCli";

const CORPUS = join(__dirname, "..", "..", "..", "shared", "corpus");
const scratch = mkdtempSync(join(tmpdir(), "decision-ask-cli-"));

function scratchFile(name: string, content: string | Buffer): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

describe("cli analyze", () => {
  it("prints one JSON object a line, in the order of the files, with the documented fields", () => {
    const draft = scratchFile(
      "draft.txt",
      [
        "Thanks Dana, on it.",
        "",
        "From: Dana Whitfield <dana@harborlogistics.com>",
        "Sent: Tuesday, December 1, 2026 9:12 AM",
        "To: Sam Carter <sam.carter@contoso.com>",
        "Subject: Quote",
        "",
        "Hi Sam, could you send a quote for 40 seats by December 8?",
        "Dana",
      ].join("\n"),
    );
    const result = runCli(["analyze", "--json", join(CORPUS, "d01.eml"), draft]);
    expect(result.status).toBe(0);
    const lines = result.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({
      file: join(CORPUS, "d01.eml"),
      sender: { name: "Rachel Stone", firstName: "Rachel", email: "rachel.stone@granitebuild.com" },
      language: "en",
      deadline: null,
      requests: [{ type: "demo" }],
    });
    expect(lines[0].requests[0].item).toMatch(/scheduling/);
    expect(lines[0].requests[0].evidence).toMatch(/demo of the scheduling features/);
    expect(lines[1]).toMatchObject({
      sender: { firstName: "Dana", email: "dana@harborlogistics.com" },
      requests: [{ type: "pricing" }],
      deadline: "2026-12-08",
    });
    expect(lines[1].message).not.toMatch(/on it/);
    expect(lines[1].dates).toEqual([expect.objectContaining({ date: "2026-12-08" })]);
  });

  it("prints a readable summary without --json, and takes --mode", () => {
    const body = scratchFile(
      "read.txt",
      "Hi Sam,\n\nCan we see a demo of the reporting module?\n\nJo Park\n",
    );
    const result = runCli(["analyze", "--mode", "read", body]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/requests:\n\s+- demo: .*reporting/);
  });

  it("reports empty, binary and missing files on stderr with exit code 2, one error line each with --json", () => {
    const empty = scratchFile("empty.eml", "");
    const binary = scratchFile("junk.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0xff]));
    const result = runCli([
      "analyze",
      "--json",
      empty,
      binary,
      join(scratch, "missing.eml"),
      join(CORPUS, "d02.eml"),
    ]);
    expect(result.status).toBe(2);
    const lines = result.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => Object.keys(line).includes("error"))).toEqual([true, true, true, false]);
    expect(result.stderr).toMatch(/empty/);
    expect(result.stderr).toMatch(/binary/);
    expect(result.stderr).toMatch(/cannot be read/);
    expect(lines[3].requests[0].type).toBe("pricing");
  });

  it("refuses bad usage with exit code 2 and the usage text", () => {
    const noFile = runCli(["analyze"]);
    expect(noFile.status).toBe(2);
    expect(noFile.stderr).toMatch(/needs at least one file/);
    const badMode = runCli(["analyze", "--mode", "draft", join(CORPUS, "d01.eml")]);
    expect(badMode.status).toBe(2);
    expect(badMode.stderr).toMatch(/--mode must be one of: read, compose/);
    const unknown = runCli(["frobnicate"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command/);
  });
});
