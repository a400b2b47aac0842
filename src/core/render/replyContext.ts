import { decisionType, type DecisionTypeId } from "../decision/decisionTypes";
import { formatLongDate } from "../dates/formatDate";
import type { Analysis, DetectedLanguage, DetectedRequest, IsoDate, Language, RequestType } from "../types";
import { joinItems } from "./joinItems";

/** The rep sending the reply. */
export interface Rep {
  name: string;
  firstName: string;
  email?: string;
  company?: string;
}

export interface ContextDate {
  /** "2026-12-04" */
  iso: IsoDate;
  /** "Friday, December 4", in the reply's language. */
  long: string;
}

export interface ContextDeadline extends ContextDate {
  /** Whether the delivery date meets it: a reply must not promise "in time" when it is not. */
  met: boolean;
}

export interface ContextRequest {
  type: RequestType;
  item: string;
  evidence: string;
  first: boolean;
  last: boolean;
}

/**
 * Everything a template can use. templates/README.md documents each field with an example;
 * the template linter's known-fields rule reads CONTEXT_SHAPE below, so the two cannot drift.
 */
export interface ReplyContext {
  prospect: { name: string; firstName: string; email: string; company: string };
  /** The prospect's first name, or a neutral word for the greeting ("there": "Hi there,"). */
  greetingName: string;
  requests: ContextRequest[];
  /** The items as one phrase: "a demo of X and pricing for Y". */
  items: string;
  itemCount: number;
  hasSeveralItems: boolean;
  decision: { id: DecisionTypeId; label: string; ask: string };
  decisionDate: ContextDate;
  deliveryDate: ContextDate;
  /** The date the prospect set, or null (templates: {{#deadline}}…{{/deadline}}). */
  deadline: ContextDeadline | null;
  rep: { name: string; firstName: string; email: string; company: string };
  subject: string;
  language: Language;
}

/** The shape of ReplyContext as data: "string" leaves, nested objects, and [element] for lists. */
export type ContextShape =
  "string" | "number" | "boolean" | { [field: string]: ContextShape } | [ContextShape];

const DATE_SHAPE: ContextShape = { iso: "string", long: "string" };
const PERSON_SHAPE: ContextShape = {
  name: "string",
  firstName: "string",
  email: "string",
  company: "string",
};

export const CONTEXT_SHAPE: { [field in keyof ReplyContext]: ContextShape } = {
  prospect: PERSON_SHAPE,
  greetingName: "string",
  requests: [{ type: "string", item: "string", evidence: "string", first: "boolean", last: "boolean" }],
  items: "string",
  itemCount: "number",
  hasSeveralItems: "boolean",
  decision: { id: "string", label: "string", ask: "string" },
  decisionDate: DATE_SHAPE,
  deliveryDate: DATE_SHAPE,
  deadline: { iso: "string", long: "string", met: "boolean" },
  rep: PERSON_SHAPE,
  subject: "string",
  language: "string",
};

// Greetings without a name: "Hi there," / "Hallo zusammen,". French and Spanish greet without a
// word in its place, so their templates wrap the name in {{#greetingName}}…{{/greetingName}}.
const NEUTRAL_GREETING: Record<Language, string> = {
  en: "there",
  de: "zusammen",
  fr: "",
  es: "",
  pt: "",
  it: "",
  nl: "allemaal",
};

// What the reply confirms when the rep removed every item.
const NO_ITEMS: Record<Language, string> = {
  en: "the information you asked for",
  de: "die gewünschten Informationen",
  fr: "les éléments demandés",
  es: "la información que nos pidió",
  pt: "a informação que pediu",
  it: "le informazioni richieste",
  nl: "de gevraagde informatie",
};

export interface ReplyContextInput {
  analysis: Analysis;
  /** The requests as the rep left them (edited, removed, added). */
  requests: readonly DetectedRequest[];
  decision: DecisionTypeId;
  decisionDate: IsoDate;
  deliveryDate: IsoDate;
  rep: Rep;
  /** The reply's language; "unknown" writes English. */
  language: DetectedLanguage;
}

function contextDate(iso: IsoDate, language: Language): ContextDate {
  return { iso, long: formatLongDate(iso, language) };
}

export function buildReplyContext(input: ReplyContextInput): ReplyContext {
  const language: Language = input.language === "unknown" ? "en" : input.language;
  const sender = input.analysis.message.sender;
  const requests = input.requests
    .map((request) => ({ ...request, item: request.item.trim() }))
    .filter((request) => request.item !== "");
  const items = joinItems(
    requests.map((request) => request.item),
    language,
  );
  const firstName = sender.firstName.trim();
  const { analysis, rep } = input;
  return {
    prospect: {
      name: sender.name,
      firstName: sender.firstName,
      email: sender.email,
      company: sender.company,
    },
    greetingName: firstName !== "" ? firstName : NEUTRAL_GREETING[language],
    requests: requests.map((request, index) => ({
      type: request.type,
      item: request.item,
      evidence: request.evidence,
      first: index === 0,
      last: index === requests.length - 1,
    })),
    items: items !== "" ? items : NO_ITEMS[language],
    itemCount: requests.length,
    hasSeveralItems: requests.length > 1,
    decision: decisionType(input.decision, language),
    decisionDate: contextDate(input.decisionDate, language),
    deliveryDate: contextDate(input.deliveryDate, language),
    deadline:
      analysis.deadline === null
        ? null
        : { ...contextDate(analysis.deadline, language), met: input.deliveryDate <= analysis.deadline },
    rep: { name: rep.name, firstName: rep.firstName, email: rep.email ?? "", company: rep.company ?? "" },
    subject: analysis.message.subject,
    language,
  };
}
