import { defaultDecisionFor, planDates, type DecisionTypeId } from "./decision";
import { buildReplyContext, renderReply, type Rep } from "./render";
import { pickTemplate, type TemplateLibrary } from "./templates";
import type { Analysis, DetectedRequest, IsoDate } from "./types";

export interface DraftOptions {
  library: TemplateLibrary;
  rep: Rep;
  /** The rep's today: delivery and decision dates are planned from it. */
  today: IsoDate;
  /** The requests as the rep left them; the detected ones by default. */
  requests?: readonly DetectedRequest[];
  decision?: DecisionTypeId;
  decisionDate?: IsoDate;
  templateId?: string;
}

export interface Draft {
  html: string;
  text: string;
  templateId: string;
  decision: DecisionTypeId;
  decisionDate: IsoDate;
  deliveryDate: IsoDate;
  requests: DetectedRequest[];
}

export class DraftError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DraftError";
  }
}

/**
 * The decision-ask reply for an analysis: the rep's choices where given, the core's
 * suggestions elsewhere (decision type for the items, a decision date a few business days after
 * delivery and before the prospect's deadline, the template in the prospect's language).
 */
export function draftReply(analysis: Analysis, options: DraftOptions): Draft {
  const requests = [...(options.requests ?? analysis.requests)];
  const language = analysis.message.language;
  const template = pickTemplate(options.library, requests, language, options.templateId);
  if (!template) throw new DraftError("The template library has no templates.");
  const plan = planDates({ today: options.today, requests, deadline: analysis.deadline });
  const decision = options.decision ?? defaultDecisionFor(requests);
  const decisionDate = options.decisionDate ?? plan.decisionDate;
  // A decision asked for before the promised delivery would be asked about an item not yet sent.
  const deliveryDate = plan.deliveryDate <= decisionDate ? plan.deliveryDate : decisionDate;
  const context = buildReplyContext({
    analysis,
    requests,
    decision,
    decisionDate,
    deliveryDate,
    rep: options.rep,
    language: template.language,
  });
  const { html, text } = renderReply(template, context);
  return { html, text, templateId: template.id, decision, decisionDate, deliveryDate, requests };
}
