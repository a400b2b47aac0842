import { detectRequests } from "../../../src/core/detect/detectRequests";
import type { DetectedLanguage } from "../../../src/core/types";

/** Items are said back by the rep: the prospect's "your pricing" is the rep's "our pricing". */
const CASES: [DetectedLanguage, string, string][] = [
  ["en", "Can you send me your pricing?", "our pricing"],
  ["en", "Could you share your SOC 2 report and your pen-test summary?", "our SOC 2 report"],
  ["en", "Can you enable a trial for our QA team?", "your QA team"],
  ["en", "Could we see a demo of your scheduling module for my team?", "our scheduling module for your team"],
  ["fr", "Pouvez-vous m'envoyer vos tarifs pour notre équipe ?", "nos tarifs pour votre équipe"],
  ["de", "Können Sie mir Ihre Preisliste für unser Team schicken?", "unsere Preisliste für Ihr Team"],
  ["it", "Potete inviarci il vostro listino prezzi?", "nostro listino prezzi"],
  ["pt", "Podem enviar o vosso catálogo para a nossa equipa?", "nosso catálogo"],
];

describe("items in the rep's voice", () => {
  it.each(CASES)("%s: %s", (language, text, expected) => {
    const items = detectRequests(text, language).map((request) => request.item);
    expect(items.join(" | ")).toContain(expected);
  });

  it("leaves German lower-case 'ihre' (her, their) alone", () => {
    const [request] = detectRequests("Können Sie mir ein Angebot für ihre Filiale schicken?", "de");
    expect(request.item).not.toMatch(/unsere/);
  });
});
