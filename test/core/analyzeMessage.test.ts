import { analyzeMessage } from "../../src/core/analyzeMessage";
import type { Addressees, ProspectMessage } from "../../src/core/types";

function message(text: string, addressees: Addressees): ProspectMessage {
  return {
    text,
    signature: "",
    sender: { name: "Naomi Fitch", firstName: "Naomi", email: "naomi@fitch.example", company: "Fitch" },
    sentAt: "2026-11-19T11:00:00-05:00",
    language: "en",
    subject: "",
    found: true,
    addressees,
  };
}

const TEXT =
  "Raj, can you send the security questionnaire to Jordan by Friday?\n\nJordan, could you send over pricing for 40 stores by December 4?";

describe("analyzeMessage: the deadline belongs to the rep's item", () => {
  test("a date set for the prospect's colleague is not the item's deadline", () => {
    const analysis = analyzeMessage(message(TEXT, { ours: ["jordan"], theirs: ["raj"] }));
    expect(analysis.requests.map((r) => r.type)).toEqual(["pricing"]);
    expect(analysis.deadline).toBe("2026-12-04");
    // Every date the message names is still listed.
    expect(analysis.dates.map((d) => d.date)).toContain("2026-11-20");
  });

  test("without knowing who is who, both are asks and the earliest date counts", () => {
    const analysis = analyzeMessage(message(TEXT, { ours: [], theirs: [] }));
    expect(analysis.requests.map((r) => r.type)).toEqual(["security", "pricing"]);
    expect(analysis.deadline).toBe("2026-11-20");
  });
});
