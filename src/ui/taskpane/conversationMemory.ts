import type { Analysis, DetectedLanguage, IsoDate, Prospect, RequestType } from "../../core/types";
import { LANGUAGES, REQUEST_TYPES } from "../../core/types";
import { isIsoDate } from "../../core/dates/isoDate";
import type { RoamingStore } from "../../host/mailHost";

/**
 * What the pane keeps of a conversation read in read mode, so a reply drafted later from a
 * client that strips the quoted message still knows who asked for what. Roaming settings hold
 * 32 KB for everything the add-in stores (personal templates need most of it), so the memory
 * keeps only a summary, of the last few conversations, within a small byte budget.
 */
export const MEMORY_KEY = "decisionAsk.conversations";
export const MAX_CONVERSATIONS = 20;
export const MAX_MEMORY_CHARS = 6000;
const MAX_REQUESTS = 5;
const MAX_TEXT = 120;

export interface RememberedConversation {
  conversationId: string;
  prospect: Prospect;
  subject: string;
  language: DetectedLanguage;
  sentAt: string | null;
  requests: { type: RequestType; item: string }[];
  deadline: IsoDate | null;
}

export function recallConversation(store: RoamingStore, conversationId: string): Analysis | null {
  const entry = readMemory(store).find((remembered) => remembered.conversationId === conversationId);
  if (!entry) return null;
  return {
    message: {
      text: "",
      signature: "",
      sender: entry.prospect,
      sentAt: entry.sentAt,
      language: entry.language,
      subject: entry.subject,
      found: true,
      addressees: { ours: [], theirs: [] },
    },
    requests: entry.requests.map((request) => ({ ...request, evidence: "" })),
    dates: [],
    deadline: entry.deadline,
  };
}

/** Keeps the newest conversation first; rejects with the store's HostError when it cannot save. */
export async function rememberConversation(
  store: RoamingStore,
  conversationId: string,
  analysis: Analysis,
): Promise<void> {
  const entry = summarize(conversationId, analysis);
  const others = readMemory(store).filter((remembered) => remembered.conversationId !== conversationId);
  const kept = [entry, ...others].slice(0, MAX_CONVERSATIONS);
  while (kept.length > 1 && JSON.stringify(kept).length > MAX_MEMORY_CHARS) kept.pop();
  await store.set(MEMORY_KEY, kept);
}

function summarize(conversationId: string, analysis: Analysis): RememberedConversation {
  const { sender } = analysis.message;
  return {
    conversationId: clip(conversationId, 400),
    prospect: {
      name: clip(sender.name),
      firstName: clip(sender.firstName),
      email: clip(sender.email),
      company: clip(sender.company),
    },
    subject: clip(analysis.message.subject),
    language: analysis.message.language,
    sentAt: analysis.message.sentAt,
    requests: analysis.requests
      .slice(0, MAX_REQUESTS)
      .map((request) => ({ type: request.type, item: clip(request.item) })),
    deadline: analysis.deadline,
  };
}

function clip(text: string, max = MAX_TEXT): string {
  return text.length > max ? text.slice(0, max) : text;
}

/** Settings roam between clients and versions, so anything unexpected is ignored, not trusted. */
function readMemory(store: RoamingStore): RememberedConversation[] {
  const stored = store.get<unknown>(MEMORY_KEY);
  return Array.isArray(stored) ? stored.filter(isRememberedConversation) : [];
}

function isRememberedConversation(value: unknown): value is RememberedConversation {
  if (!isRecord(value) || !isRecord(value.prospect) || !Array.isArray(value.requests)) return false;
  const { prospect } = value;
  return (
    typeof value.conversationId === "string" &&
    ["name", "firstName", "email", "company"].every((key) => typeof prospect[key] === "string") &&
    typeof value.subject === "string" &&
    (value.language === "unknown" || (LANGUAGES as readonly unknown[]).includes(value.language)) &&
    (value.sentAt === null || typeof value.sentAt === "string") &&
    (value.deadline === null || (typeof value.deadline === "string" && isIsoDate(value.deadline))) &&
    value.requests.every(
      (request) =>
        isRecord(request) &&
        (REQUEST_TYPES as readonly unknown[]).includes(request.type) &&
        typeof request.item === "string",
    )
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
