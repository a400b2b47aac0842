import { detectRequests } from "../../../src/core/detect/detectRequests";
import { en } from "../../../src/core/detect/lexicon/en";
import { de } from "../../../src/core/detect/lexicon/de";
import { respell } from "../../../src/core/detect/respell";

describe("respell", () => {
  test.each([
    ["can u send it", "can you send it"],
    ["whats the damage", "what's the damage"],
    ["we cant wait, thats why", "we can't wait, that's why"],
    ["click thru it w/ my lead + whoever", "click through it with my lead and whoever"],
    ["no sign-off w/o the report", "no sign-off without the report"],
    ["im free, ive got time", "I'm free, I've got time"],
  ])("%s", (original, standard) => {
    expect(respell(en, original).text).toBe(standard);
  });

  test("leaves capitals, abbreviations and other words alone", () => {
    for (const text of ["U.S. pricing", "the u-turn", "Ur-text", "menu", "items", "Thursday"]) {
      expect(respell(en, text).text).toBe(text);
    }
  });

  test("maps every offset back to the writer's words", () => {
    const original = "ok so u can send whats left";
    const { text, toOriginal } = respell(en, original);
    expect(text).toBe("ok so you can send what's left");
    for (const word of ["ok", "so", "can", "send", "left"]) {
      expect(original.slice(toOriginal(text.indexOf(word))).startsWith(word)).toBe(true);
    }
  });

  test("a lexicon without informal spellings reads the text as written", () => {
    expect(respell(de, "u thru whats").text).toBe("u thru whats");
  });

  test("the evidence quotes the prospect, not the respelled text", () => {
    const [request] = detectRequests("hey can u send ur rollout guide thru email", "en");
    expect(request.type).toBe("information");
    expect(request.evidence).toBe("hey can u send ur rollout guide thru email");
  });
});
