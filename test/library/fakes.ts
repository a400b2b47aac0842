import { HostError, type RoamingStore } from "../../src/host/mailHost";
import type { ReplyTemplate, TemplateLibrary } from "../../src/core/templates";
import type { FetchText, KeyValueCache } from "../../src/library";

export type FakeAnswer =
  | { status: number; text: string }
  | { reject: string }
  /** Never answers unless aborted, as a server that accepts the connection and stalls. */
  | "hang";

/** A fetch that answers from a table and records every request and its abort signal. */
export function fakeFetch(answer: FakeAnswer) {
  const calls: { url: string; signal: AbortSignal }[] = [];
  const fetchText: FetchText = (url, signal) => {
    calls.push({ url, signal });
    if (answer === "hang") {
      return new Promise((_, reject) =>
        signal.addEventListener("abort", () => reject(new Error("The operation was aborted."))),
      );
    }
    if ("reject" in answer) return Promise.reject(new TypeError(answer.reject));
    return Promise.resolve(answer);
  };
  return { fetchText, calls };
}

/** localStorage's shape over a Map; `full` makes every write fail as a full storage does. */
export class MemoryCache implements KeyValueCache {
  readonly items = new Map<string, string>();
  writes = 0;
  constructor(private readonly full = false) {}
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.writes += 1;
    if (this.full) throw new Error("QuotaExceededError");
    this.items.set(key, value);
  }
}

/**
 * Roaming settings in memory, with Outlook's rule: all keys together at most 32 KB of UTF-8
 * JSON, else HostError("settingsTooLarge") and nothing changes. `failWith` makes every save fail.
 */
export class MemoryRoamingStore implements RoamingStore {
  readonly values = new Map<string, unknown>();
  saves = 0;
  failWith?: Error;

  get<T>(key: string): T | undefined {
    const value = this.values.get(key);
    return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as T);
  }

  async set(key: string, value: unknown): Promise<void> {
    const next = new Map(this.values).set(key, JSON.parse(JSON.stringify(value)) as unknown);
    this.commit(next);
  }

  async remove(key: string): Promise<void> {
    const next = new Map(this.values);
    next.delete(key);
    this.commit(next);
  }

  private commit(next: Map<string, unknown>): void {
    if (this.failWith) throw this.failWith;
    const size = Buffer.byteLength(JSON.stringify({ decisionAsk: Object.fromEntries(next) }), "utf8");
    if (size > 32 * 1024) throw new HostError("settingsTooLarge", "Outlook's 32 KB limit.", `${size} bytes`);
    this.saves += 1;
    this.values.clear();
    for (const [key, value] of next) this.values.set(key, value);
  }
}

export const GOOD_BODY = [
  "<p>Hi {{greetingName}},</p>",
  "<p>Happy to send {{items}}.</p>",
  "<p>Could you let me know {{decision.ask}} by {{decisionDate.long}}?</p>",
  "<p>Best,<br>{{rep.firstName}}</p>",
].join("\n");

export function template(overrides: Partial<ReplyTemplate> = {}): ReplyTemplate {
  return {
    id: "demo-en",
    name: "Demo — team",
    description: "The team's demo reply.",
    types: ["demo"],
    language: "en",
    version: 3,
    body: GOOD_BODY,
    ...overrides,
  };
}

export function teamLibrary(
  templates: unknown[] = [template(), template({ id: "pricing-en", types: ["pricing"] })],
) {
  return { schemaVersion: 1, name: "Contoso sales", version: "2026.11.1", templates };
}

export const BUILTIN: TemplateLibrary = {
  schemaVersion: 1,
  name: "Built-in",
  version: "0.1.0",
  templates: [template({ id: "general-en", name: "Built-in general", types: ["general"] })],
};
