import type { DetectedLanguage } from "../types";

export const DECISION_TYPE_IDS = [
  "go-no-go",
  "next-step",
  "involve-decision-makers",
  "shortlist",
  "budget-approval",
] as const;
export type DecisionTypeId = (typeof DECISION_TYPE_IDS)[number];

/** How a reply names a decision: a short label for the rep, and the clause a reply asks with. */
export interface DecisionText {
  label: string;
  /**
   * A clause that completes "could you let me know …" / "könnten Sie mir sagen, …": a whole
   * question in indirect form, so templates can place it after their own lead-in.
   */
  ask: string;
}

export interface DecisionType extends DecisionText {
  id: DecisionTypeId;
}

type DecisionLanguage = "en" | "de" | "fr" | "es";

const TEXTS: Record<DecisionLanguage, Record<DecisionTypeId, DecisionText>> = {
  en: {
    "go-no-go": { label: "Go / no-go", ask: "whether you want to move forward with us" },
    "next-step": { label: "Take the next step", ask: "whether you'd like to take the next step together" },
    "involve-decision-makers": {
      label: "Bring in the other decision makers",
      ask: "who else should weigh in, and whether we should bring them into the conversation",
    },
    shortlist: { label: "Shortlist", ask: "whether we make your shortlist" },
    "budget-approval": { label: "Budget approval", ask: "whether the budget for this can be approved" },
  },
  de: {
    "go-no-go": { label: "Go / No-Go", ask: "ob Sie mit uns weitermachen möchten" },
    "next-step": { label: "Nächster Schritt", ask: "ob Sie den nächsten Schritt mit uns gehen möchten" },
    "involve-decision-makers": {
      label: "Weitere Entscheider einbinden",
      ask: "wer noch mitentscheidet und ob wir diese Personen ins Gespräch holen sollten",
    },
    shortlist: { label: "Shortlist", ask: "ob wir auf Ihre Shortlist kommen" },
    "budget-approval": { label: "Budgetfreigabe", ask: "ob das Budget dafür freigegeben werden kann" },
  },
  fr: {
    "go-no-go": { label: "Go / no-go", ask: "si vous souhaitez avancer avec nous" },
    "next-step": { label: "Étape suivante", ask: "si vous souhaitez passer à l'étape suivante ensemble" },
    "involve-decision-makers": {
      label: "Associer les autres décideurs",
      ask: "qui d'autre prend part à la décision, et s'il faut les associer à nos échanges",
    },
    shortlist: { label: "Liste restreinte", ask: "si nous faisons partie de votre liste restreinte" },
    "budget-approval": { label: "Validation du budget", ask: "si le budget peut être validé" },
  },
  es: {
    "go-no-go": { label: "Sí / no", ask: "si quiere seguir adelante con nosotros" },
    "next-step": { label: "Siguiente paso", ask: "si quiere dar el siguiente paso con nosotros" },
    "involve-decision-makers": {
      label: "Incluir a los demás decisores",
      ask: "quién más participa en la decisión y si conviene incluirlos en la conversación",
    },
    shortlist: { label: "Lista de finalistas", ask: "si pasamos a su lista de finalistas" },
    "budget-approval": { label: "Aprobación del presupuesto", ask: "si se puede aprobar el presupuesto" },
  },
};

export function isDecisionTypeId(value: string): value is DecisionTypeId {
  return (DECISION_TYPE_IDS as readonly string[]).includes(value);
}

/** The decision in the reply's language; languages without their own wording read English. */
export function decisionType(id: DecisionTypeId, language: DetectedLanguage): DecisionType {
  const texts = language in TEXTS ? TEXTS[language as DecisionLanguage] : TEXTS.en;
  return { id, ...texts[id] };
}

export function decisionTypes(language: DetectedLanguage): DecisionType[] {
  return DECISION_TYPE_IDS.map((id) => decisionType(id, language));
}
