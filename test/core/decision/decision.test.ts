import {
  DECISION_TYPE_IDS,
  decisionType,
  defaultDecisionFor,
  deliveryDateFor,
  planDates,
  suggestDecisionDate,
} from "../../../src/core/decision";
import { businessDayOnOrBefore, isWeekend } from "../../../src/core/dates";
import type { RequestType } from "../../../src/core/types";

const asRequests = (types: RequestType[]) => types.map((type) => ({ type }));

describe("decision types", () => {
  test.each(["en", "de", "fr", "es"] as const)("every type has a label and an ask in %s", (language) => {
    for (const id of DECISION_TYPE_IDS) {
      const decision = decisionType(id, language);
      expect(decision.id).toBe(id);
      expect(decision.label.length).toBeGreaterThan(0);
      expect(decision.ask.length).toBeGreaterThan(0);
    }
  });

  test("languages without their own wording fall back to English", () => {
    expect(decisionType("shortlist", "pt")).toEqual(decisionType("shortlist", "en"));
    expect(decisionType("shortlist", "unknown")).toEqual(decisionType("shortlist", "en"));
  });

  test("each language words the asks itself", () => {
    expect(decisionType("go-no-go", "de").ask).not.toBe(decisionType("go-no-go", "en").ask);
    expect(decisionType("go-no-go", "fr").ask).not.toBe(decisionType("go-no-go", "es").ask);
  });
});

test.each<[RequestType[], string]>([
  [["pricing"], "budget-approval"],
  [["demo"], "next-step"],
  [["trial"], "next-step"],
  [["information"], "next-step"],
  [["meeting"], "next-step"],
  [["case-study"], "shortlist"],
  [["references"], "shortlist"],
  [["security"], "go-no-go"],
  [["contract"], "go-no-go"],
  [["proposal"], "go-no-go"],
  [["demo", "pricing"], "budget-approval"],
  [["case-study", "demo"], "shortlist"],
  [["pricing", "contract"], "go-no-go"],
  [[], "next-step"],
])("defaultDecisionFor(%j) is %s", (types, expected) => {
  expect(defaultDecisionFor(asRequests(types))).toBe(expected);
});

// 2026-11-23 is a Monday; 2026-11-28/29 a weekend.
test.each<[string, RequestType[], string]>([
  ["2026-11-23", ["pricing"], "2026-11-24"],
  ["2026-11-23", ["proposal"], "2026-11-27"],
  ["2026-11-26", ["demo"], "2026-11-30"],
  ["2026-11-28", ["pricing"], "2026-11-30"],
  ["2026-11-23", ["demo", "references", "pricing"], "2026-11-26"],
  ["2026-11-23", [], "2026-11-24"],
])("deliveryDateFor on %s for %j is %s", (today, types, expected) => {
  expect(deliveryDateFor(asRequests(types), today)).toBe(expected);
});

interface PlanCase {
  name: string;
  today: string;
  types: RequestType[];
  deadline: string | null;
  delivery: string;
  decision: string;
}

const plans: PlanCase[] = [
  {
    name: "no deadline",
    today: "2026-11-23",
    types: ["pricing"],
    deadline: null,
    delivery: "2026-11-24",
    decision: "2026-11-27",
  },
  {
    name: "across a weekend",
    today: "2026-11-26",
    types: ["demo"],
    deadline: null,
    delivery: "2026-11-30",
    decision: "2026-12-03",
  },
  {
    name: "asked on a Saturday",
    today: "2026-11-28",
    types: ["pricing"],
    deadline: null,
    delivery: "2026-11-30",
    decision: "2026-12-03",
  },
  {
    name: "across a month end",
    today: "2026-11-30",
    types: ["security"],
    deadline: null,
    delivery: "2026-12-03",
    decision: "2026-12-08",
  },
  {
    name: "across the year end",
    today: "2026-12-30",
    types: ["references"],
    deadline: null,
    delivery: "2027-01-04",
    decision: "2027-01-07",
  },
  {
    name: "deadline with room",
    today: "2026-11-23",
    types: ["pricing"],
    deadline: "2026-12-04",
    delivery: "2026-11-24",
    decision: "2026-11-27",
  },
  {
    name: "tight deadline: decide on it, deliver by it",
    today: "2026-11-23",
    types: ["proposal"],
    deadline: "2026-11-25",
    delivery: "2026-11-25",
    decision: "2026-11-25",
  },
  {
    name: "tight deadline: delivery still fits",
    today: "2026-11-23",
    types: ["demo"],
    deadline: "2026-11-26",
    delivery: "2026-11-25",
    decision: "2026-11-26",
  },
  {
    name: "deadline on a Sunday moves to the Friday before",
    today: "2026-11-23",
    types: ["demo"],
    deadline: "2026-11-29",
    delivery: "2026-11-25",
    decision: "2026-11-27",
  },
  {
    name: "deadline already past is ignored",
    today: "2026-11-23",
    types: ["pricing"],
    deadline: "2026-11-20",
    delivery: "2026-11-24",
    decision: "2026-11-27",
  },
  {
    name: "deadline today is ignored",
    today: "2026-11-23",
    types: ["pricing"],
    deadline: "2026-11-23",
    delivery: "2026-11-24",
    decision: "2026-11-27",
  },
  {
    name: "weekend deadline right after a Saturday",
    today: "2026-11-28",
    types: ["pricing"],
    deadline: "2026-11-29",
    delivery: "2026-11-30",
    decision: "2026-12-03",
  },
];

describe("planDates / suggestDecisionDate", () => {
  test.each(plans.map((plan): [string, PlanCase] => [plan.name, plan]))("%s", (_name, plan) => {
    const input = { today: plan.today, requests: asRequests(plan.types), deadline: plan.deadline };
    expect(planDates(input)).toEqual({ deliveryDate: plan.delivery, decisionDate: plan.decision });
    expect(suggestDecisionDate(input)).toBe(plan.decision);
  });

  test("the decision date is never a weekend, never in the past, never before delivery", () => {
    const types: RequestType[] = ["pricing", "demo", "proposal", "references"];
    for (let offset = 0; offset < 60; offset += 1) {
      const today = new Date(Date.UTC(2026, 10, 1 + offset)).toISOString().slice(0, 10);
      for (const deadlineOffset of [null, -2, 0, 1, 2, 3, 5, 9, 20]) {
        const deadline =
          deadlineOffset === null
            ? null
            : new Date(Date.UTC(2026, 10, 1 + offset + deadlineOffset)).toISOString().slice(0, 10);
        for (const type of types) {
          const { deliveryDate, decisionDate } = planDates({ today, requests: [{ type }], deadline });
          expect(isWeekend(decisionDate)).toBe(false);
          expect(isWeekend(deliveryDate)).toBe(false);
          expect(decisionDate >= today).toBe(true);
          expect(deliveryDate <= decisionDate).toBe(true);
          if (deadline !== null && businessDayOnOrBefore(deadline) > today && decisionDate > deadline) {
            throw new Error(`decision ${decisionDate} after deadline ${deadline} (today ${today}, ${type})`);
          }
        }
      }
    }
  });
});
