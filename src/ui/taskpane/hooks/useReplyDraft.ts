import { useCallback, useMemo, useState } from "react";
import type { Analysis, IsoDate } from "../../../core/types";
import type { DecisionTypeId } from "../../../core/decision";
import type { Draft, DraftOptions } from "../../../core/draft";
import type { ReplyTemplate, TemplateLibrary } from "../../../core/templates";
import type { HostItem } from "../../../host/mailHost";
import type { PaneServices } from "../services";
import { blankRequest, completeRequests, toEditable, type EditableRequest } from "../editableRequests";
import { decisionDateProblem } from "../paneDates";
import { repFromItem } from "../rep";
import { useDebouncedValue } from "./useDebouncedValue";

/** Long enough to skip the keystrokes of a word, short enough to feel live. */
const PREVIEW_DELAY_MS = 250;

export type Preview = { kind: "draft"; draft: Draft; html: string } | { kind: "failed"; message: string };

export interface ReplyDraftModel {
  requests: EditableRequest[];
  updateRequest(key: string, change: Partial<Pick<EditableRequest, "type" | "item">>): void;
  removeRequest(key: string): void;
  /** Returns the new row's key, so the pane can move focus to it. */
  addRequest(): string;
  /** What the picker shows: the rep's choice, else the core's default for these requests. */
  decision: DecisionTypeId | undefined;
  setDecision(decision: DecisionTypeId): void;
  dateValue: string;
  dateProblem: string | null;
  setDate(value: string): void;
  templateId: string | undefined;
  setTemplateId(templateId: string): void;
  today: IsoDate;
  /** Null while there is no complete request to draft from. */
  preview: Preview | null;
  /** Why the reply cannot be sent as it stands, or null. */
  blocker: string | null;
  /** The reply from the rep's latest edits, not the debounced preview; throws when it cannot be drafted. */
  finalDraft(): Draft;
  /** The preview as it would be with this template, for the template editor. */
  previewWith(template: ReplyTemplate): Preview | null;
}

interface Choices {
  decision?: DecisionTypeId;
  date?: string;
  templateId?: string;
}

export function useReplyDraft(
  services: PaneServices,
  library: TemplateLibrary,
  item: HostItem,
  analysis: Analysis,
): ReplyDraftModel {
  const [requests, setRequests] = useState(() => toEditable(analysis.requests));
  const [choices, setChoices] = useState<Choices>({});
  const [today] = useState(() => services.today());
  const locale = services.host.displayLanguage();
  const rep = useMemo(() => repFromItem(item), [item]);

  const dateProblem = choices.date === undefined ? null : decisionDateProblem(choices.date, today, locale);
  const options = useCallback(
    (ready: EditableRequest[]): DraftOptions => ({
      library,
      rep,
      today,
      requests: completeRequests(ready),
      decision: choices.decision,
      decisionDate: dateProblem === null ? choices.date : undefined,
      templateId: choices.templateId,
    }),
    [library, rep, today, choices, dateProblem],
  );

  const settledRequests = useDebouncedValue(requests, PREVIEW_DELAY_MS);
  const previewFor = useCallback(
    (draftOptions: DraftOptions): Preview | null => {
      if (draftOptions.requests?.length === 0) return null;
      try {
        const draft = services.draft(analysis, draftOptions);
        return { kind: "draft", draft, html: services.sanitize(draft.html) };
      } catch (error) {
        return { kind: "failed", message: draftFailureMessage(error) };
      }
    },
    [services, analysis],
  );
  const preview = useMemo(() => previewFor(options(settledRequests)), [previewFor, options, settledRequests]);

  const previewWith = useCallback(
    (template: ReplyTemplate) =>
      previewFor({
        ...options(settledRequests),
        library: { ...library, templates: [template, ...library.templates] },
        templateId: template.id,
      }),
    [previewFor, options, settledRequests, library],
  );

  const shown = preview?.kind === "draft" ? preview.draft : undefined;

  return {
    requests,
    updateRequest: (key, change) =>
      setRequests((rows) => rows.map((row) => (row.key === key ? { ...row, ...change } : row))),
    removeRequest: (key) => setRequests((rows) => rows.filter((row) => row.key !== key)),
    addRequest: () => {
      const row = blankRequest();
      setRequests((rows) => [...rows, row]);
      return row.key;
    },
    decision: choices.decision ?? shown?.decision,
    setDecision: (decision) => setChoices((current) => ({ ...current, decision })),
    dateValue: choices.date ?? shown?.decisionDate ?? "",
    dateProblem,
    setDate: (date) => setChoices((current) => ({ ...current, date })),
    templateId: choices.templateId ?? shown?.templateId,
    setTemplateId: (templateId) => setChoices((current) => ({ ...current, templateId })),
    today,
    preview,
    blocker: blockerFor(requests, dateProblem),
    finalDraft: () => services.draft(analysis, options(requests)),
    previewWith,
  };
}

function blockerFor(requests: EditableRequest[], dateProblem: string | null): string | null {
  if (requests.length === 0) return "Add what they asked for before you send the reply.";
  if (completeRequests(requests).length < requests.length) {
    return "Complete each request: pick its type and describe the item.";
  }
  return dateProblem === null ? null : "Fix the decision date first.";
}

function draftFailureMessage(error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  return `The reply could not be drafted with this template: ${reason} Pick another template.`;
}
