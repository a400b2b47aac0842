import library from "decision-ask-templates";
import { analyzeEmail } from "../../src/core/analyze";
import { draftReply } from "../../src/core/draft";
import type { EmailInput } from "../../src/core/types";

const rep = { name: "Sam Carter", firstName: "Sam" };
const email = (body: string): EmailInput => ({
  mode: "read",
  body,
  bodyType: "text",
  from: { name: "Dana Whitfield", email: "dana@harborlogistics.com" },
  sentAt: "2026-12-01T09:00:00Z",
});

describe("draftReply", () => {
  const analysis = analyzeEmail(
    email("Hi Sam,\n\nCould you send pricing for 40 seats by December 10?\n\nDana"),
  );

  it("uses the core's suggestions when the rep chose nothing", () => {
    const draft = draftReply(analysis, { library, rep, today: "2026-12-01" });
    expect(draft.templateId).toBe("pricing-en");
    expect(draft.decision).toBe("budget-approval");
    expect(draft.decisionDate <= "2026-12-10").toBe(true);
    expect(draft.deliveryDate <= draft.decisionDate).toBe(true);
    expect(draft.text).toMatch(/40 seats/);
    expect(draft.html).toMatch(/^<p>Hi Dana,<\/p>/);
  });

  it("takes the rep's requests, decision, date and template", () => {
    const draft = draftReply(analysis, {
      library,
      rep,
      today: "2026-12-01",
      requests: [{ type: "demo", item: "a demo of the dispatch board", evidence: "" }],
      decision: "shortlist",
      decisionDate: "2026-12-04",
      templateId: "general-en",
    });
    expect(draft.templateId).toBe("general-en");
    expect(draft.decision).toBe("shortlist");
    expect(draft.decisionDate).toBe("2026-12-04");
    expect(draft.text).toMatch(/a demo of the dispatch board/);
    expect(draft.text).not.toMatch(/40 seats/);
    expect(draft.text).toMatch(/Friday, December 4/);
    expect(draft.deliveryDate <= "2026-12-04").toBe(true);
  });

  it("writes in the prospect's language when the library has it, else English", () => {
    const french = analyzeEmail(
      email("Bonjour Sam,\nPouvez-vous m'envoyer vos tarifs pour 10 utilisateurs ?\nDana"),
    );
    expect(draftReply(french, { library, rep, today: "2026-12-01" }).templateId).toBe("pricing-fr");
    const italianTrial = analyzeEmail(
      email("Buongiorno, potreste attivare una prova gratuita per il nostro team?"),
    );
    expect(draftReply(italianTrial, { library, rep, today: "2026-12-01" }).templateId).toBe("trial-en");
  });

  it("falls back to the general reply when nothing was asked for", () => {
    const none = analyzeEmail(email("Thanks Sam, all good for now.\nDana"));
    const draft = draftReply(none, { library, rep, today: "2026-12-01" });
    expect(draft.templateId).toBe("general-en");
    expect(draft.requests).toEqual([]);
  });
});
