import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import { parseEml } from "../core/email";
import { InputError } from "../core/errors";
import type { EmailInput, Mode } from "../core/types";

/** Larger than any mail server accepts; past it the file is not an email we should read. */
const MAX_BYTES = 50 * 1024 * 1024;

/**
 * Reads an .eml (read mode by default) or a draft body (.txt, .html: compose mode by
 * default, as Outlook hands a reply draft to the add-in).
 */
export async function readEmailFile(path: string, mode?: Mode): Promise<EmailInput> {
  const size = await fileSize(path);
  if (size === 0) throw new InputError(`${path}: the file is empty`);
  if (size > MAX_BYTES) throw new InputError(`${path}: the file is larger than 50 MB; it is not an email`);
  const bytes = await readFile(path);
  const ext = extname(path).toLowerCase();
  if (ext === ".eml" || ext === ".msg.eml") {
    const email = await parseEml(new Uint8Array(bytes));
    return mode ? { ...email, mode } : email;
  }
  if (bytes.includes(0)) throw new InputError(`${path}: this is a binary file, not an email or a draft`);
  const text = new TextDecoder("utf-8").decode(bytes);
  const bodyType = ext === ".html" || ext === ".htm" ? "html" : "text";
  return { mode: mode ?? "compose", body: text, bodyType };
}

async function fileSize(path: string): Promise<number> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new InputError(`${path}: not a file`);
    return info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
}
