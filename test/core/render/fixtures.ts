import type { Analysis, DetectedRequest } from "../../../src/core/types";

/** A prospect's analysed message, as the email and detection modules hand it over. */
export function sampleAnalysis(
  overrides: Partial<Analysis["message"]["sender"]> = {},
  deadline: string | null = "2026-12-04",
): Analysis {
  return {
    message: {
      text: "Could you send a demo and pricing for 30 seats?",
      signature: "",
      sender: {
        name: "Ana Costa",
        firstName: "Ana",
        email: "ana.costa@atlantic-seafoods.com",
        company: "Atlantic Seafoods",
        ...overrides,
      },
      sentAt: "2026-11-23T10:22:00+00:00",
      language: "en",
      subject: "Pricing",
      found: true,
      addressees: { ours: [], theirs: [] },
    },
    requests: [],
    dates: [],
    deadline,
  };
}

export const SAMPLE_REQUESTS: DetectedRequest[] = [
  { type: "demo", item: "a demo of the booking module", evidence: "Could you show us the booking module?" },
  { type: "pricing", item: "pricing for 30 seats", evidence: "And what would 30 seats cost?" },
];

export const SAMPLE_REP = {
  name: "Sam Carter",
  firstName: "Sam",
  email: "sam.carter@contoso.com",
  company: "Contoso",
};
