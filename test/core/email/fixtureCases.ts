import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { EmailInput, Mailbox, Mode } from "../../../src/core/types";
import { parseEml } from "../../../src/core/email";

export const FIXTURE_DIR = join(__dirname, "../../fixtures/email");

/** What a fixture's `<case>.expected.json` may assert; absent fields are not checked. */
export interface Expected {
  description: string;
  /** Defaults: .eml → read, .txt/.html → compose. */
  mode?: Mode;
  /** For .txt/.html in read mode: the item's sender as the host reports it. */
  from?: Mailbox;
  me?: Mailbox;
  /** An InputError whose message contains this. */
  error?: string;
  text?: string;
  textContains?: string[];
  textExcludes?: string[];
  signatureContains?: string[];
  name?: string;
  firstName?: string;
  email?: string;
  company?: string;
  sentAt?: string | null;
  language?: string;
  subject?: string;
  found?: boolean;
}

export interface FixtureCase {
  name: string;
  file: string;
  expected: Expected;
}

const INPUT_EXTENSIONS = [".eml", ".txt", ".html"];

export function fixtureCases(): FixtureCase[] {
  const files = readdirSync(FIXTURE_DIR);
  return files
    .filter((file) => file.endsWith(".expected.json"))
    .sort()
    .map((file) => {
      const name = file.slice(0, -".expected.json".length);
      const input = files.find((candidate) => INPUT_EXTENSIONS.some((ext) => candidate === name + ext));
      if (!input) throw new Error(`fixture ${name} has no input file`);
      const expected = JSON.parse(readFileSync(join(FIXTURE_DIR, file), "utf8")) as Expected;
      return { name, file: input, expected };
    });
}

/** Reads a fixture the way the hosts hand bodies to the core. */
export async function loadInput(fixture: FixtureCase): Promise<EmailInput> {
  const bytes = readFileSync(join(FIXTURE_DIR, fixture.file));
  const { expected } = fixture;
  if (fixture.file.endsWith(".eml")) {
    const input = await parseEml(new Uint8Array(bytes));
    return { ...input, mode: expected.mode ?? "read", ...(expected.me ? { me: expected.me } : {}) };
  }
  const input: EmailInput = {
    mode: expected.mode ?? "compose",
    body: bytes.toString("utf8"),
    bodyType: fixture.file.endsWith(".html") ? "html" : "text",
  };
  if (expected.from) input.from = expected.from;
  if (expected.me) input.me = expected.me;
  return input;
}
