import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildReplyContext, htmlToText, joinItems, renderReply } from "../../../src/core/render";
import { compileLibrary } from "../../../src/core/templates";
import type { DetectedLanguage, DetectedRequest } from "../../../src/core/types";
import { defaultTemplateFiles } from "../templates/defaultTemplates";
import { SAMPLE_REP, SAMPLE_REQUESTS, sampleAnalysis } from "./fixtures";

const context = (
  requests: DetectedRequest[] = SAMPLE_REQUESTS,
  language: DetectedLanguage = "en",
  analysis = sampleAnalysis(),
) =>
  buildReplyContext({
    analysis,
    requests,
    decision: "budget-approval",
    decisionDate: "2026-12-03",
    deliveryDate: "2026-11-24",
    rep: SAMPLE_REP,
    language,
  });

describe("buildReplyContext", () => {
  test("fills every documented field", () => {
    expect(context()).toEqual({
      prospect: {
        name: "Ana Costa",
        firstName: "Ana",
        email: "ana.costa@atlantic-seafoods.com",
        company: "Atlantic Seafoods",
      },
      greetingName: "Ana",
      requests: [
        { ...SAMPLE_REQUESTS[0], first: true, last: false },
        { ...SAMPLE_REQUESTS[1], first: false, last: true },
      ],
      items: "a demo of the booking module and pricing for 30 seats",
      itemCount: 2,
      hasSeveralItems: true,
      decision: {
        id: "budget-approval",
        label: "Budget approval",
        ask: "whether the budget for this can be approved",
      },
      decisionDate: { iso: "2026-12-03", long: "Thursday, December 3" },
      deliveryDate: { iso: "2026-11-24", long: "Tuesday, November 24" },
      deadline: { iso: "2026-12-04", long: "Friday, December 4", met: true },
      rep: SAMPLE_REP,
      subject: "Pricing",
      language: "en",
    });
  });

  test.each<[DetectedLanguage, string, string, string]>([
    ["en", "there", "Friday, December 4", "whether the budget for this can be approved"],
    ["de", "zusammen", "Freitag, 4. Dezember", "ob das Budget dafür freigegeben werden kann"],
    ["fr", "", "vendredi 4 décembre", "si le budget peut être validé"],
    ["es", "", "viernes, 4 de diciembre", "si se puede aprobar el presupuesto"],
    ["pt", "", "sexta-feira, 4 de dezembro", "whether the budget for this can be approved"],
    ["unknown", "there", "Friday, December 4", "whether the budget for this can be approved"],
  ])("in %s: neutral greeting %j, localized dates and decision", (language, greeting, deadline, ask) => {
    const built = context(SAMPLE_REQUESTS, language, sampleAnalysis({ firstName: " " }));
    expect(built.greetingName).toBe(greeting);
    expect(built.deadline?.long).toBe(deadline);
    expect(built.decision.ask).toBe(ask);
    expect(built.language).toBe(language === "unknown" ? "en" : language);
  });

  test("without a deadline, deadline is null; a rep without email or company gets empty strings", () => {
    const built = buildReplyContext({
      analysis: sampleAnalysis({}, null),
      requests: SAMPLE_REQUESTS.slice(0, 1),
      decision: "next-step",
      decisionDate: "2026-12-03",
      deliveryDate: "2026-11-24",
      rep: { name: "Sam Carter", firstName: "Sam" },
      language: "en",
    });
    expect(built.deadline).toBeNull();
    expect(built.rep).toEqual({ name: "Sam Carter", firstName: "Sam", email: "", company: "" });
    expect(built.hasSeveralItems).toBe(false);
    expect(built.requests[0]).toMatchObject({ first: true, last: true });
  });

  test("items the rep emptied are dropped; with none left the reply still names what was asked", () => {
    const built = context([{ type: "demo", item: "  ", evidence: "" }], "de");
    expect(built.requests).toEqual([]);
    expect(built.itemCount).toBe(0);
    expect(built.items).toBe("die gewünschten Informationen");
  });
});

test.each<[string[], DetectedLanguage, string]>([
  [[], "en", ""],
  [["a demo"], "en", "a demo"],
  [["a demo", "pricing"], "en", "a demo and pricing"],
  [["a demo", "pricing", "a case study"], "en", "a demo, pricing and a case study"],
  [["eine Demo", "die Preise"], "de", "eine Demo und die Preise"],
  [["une démo", "vos tarifs"], "fr", "une démo et vos tarifs"],
  [["precios", "información"], "es", "precios e información"],
  [["precios", "hielo"], "es", "precios y hielo"],
  [["precios", "una demo"], "es", "precios y una demo"],
  [["uma proposta", "casos"], "pt", "uma proposta e casos"],
  [["een demo", "prijzen"], "nl", "een demo en prijzen"],
])("joinItems(%j, %s)", (items, language, expected) => {
  expect(joinItems(items, language)).toBe(expected);
});

interface RenderCase {
  name: string;
  body: string;
  html: string;
  text: string;
}

const renderCases = JSON.parse(
  readFileSync(join(__dirname, "../../fixtures/templates/render-cases.json"), "utf8"),
) as RenderCase[];

test.each(renderCases.map((c): [string, RenderCase] => [c.name, c]))("renderReply: %s", (_name, c) => {
  expect(renderReply({ body: c.body }, context())).toEqual({ html: c.html, text: c.text });
});

test("values from the email are escaped in the HTML and read back as written in the text", () => {
  const analysis = sampleAnalysis({
    name: "<script>alert(1)</script>",
    firstName: '<img src=x onerror="x()">',
  });
  const built = context(
    [{ type: "demo", item: 'a demo <b>now</b> & "then"', evidence: "<script>" }],
    "en",
    analysis,
  );
  const { html, text } = renderReply("<p>Hi {{greetingName}}, {{prospect.name}}: {{items}}</p>", built);
  expect(html).not.toMatch(/<script|<img|<b>/);
  expect(html).toContain("&lt;script&gt;alert(1)&lt;&#x2F;script&gt;");
  expect(text).toBe('Hi <img src=x onerror="x()">, <script>alert(1)</script>: a demo <b>now</b> & "then"');
});

test.each<[string, string]>([
  ["<p>One</p><p>Two</p>", "One\n\nTwo"],
  ["<p>Line<br>break<br/>again</p>", "Line\nbreak\nagain"],
  ["<p>List:</p><ul><li>a</li><li>b<ul><li>c</li></ul></li></ul><p>End</p>", "List:\n\n- a\n- b\n- c\n\nEnd"],
  ["<p>  lots   of\n  space </p>", "lots of space"],
  [
    '<p><a href="https://example.com">site</a> <a href="https://example.com">https://example.com</a></p>',
    "site (https://example.com) https://example.com",
  ],
  ["<p>&lt;tag&gt; &#39;q&#39; &#x2F; &nbsp;x &unknown;</p>", "<tag> 'q' /  x &unknown;"],
  ["<style>p { color: red }</style><p>shown</p><!-- hidden -->", "shown"],
  ["plain text, no tags", "plain text, no tags"],
  ["", ""],
])("htmlToText(%j)", (html, expected) => {
  expect(htmlToText(html)).toBe(expected);
});

test("htmlToText is linear on hostile input", () => {
  const started = Date.now();
  htmlToText("<p " + "<".repeat(200_000) + "&#".repeat(100_000) + "<a href='".repeat(10_000));
  expect(Date.now() - started).toBeLessThan(3_000);
});

test("a deadline the delivery cannot meet is said honestly, never promised", () => {
  const late = buildReplyContext({
    analysis: sampleAnalysis({}, "2026-11-24"),
    requests: [{ type: "proposal", item: "a proposal", evidence: "" }],
    decision: "go-no-go",
    decisionDate: "2026-12-03",
    deliveryDate: "2026-11-27",
    rep: SAMPLE_REP,
    language: "en",
  });
  expect(late.deadline).toEqual({ iso: "2026-11-24", long: "Tuesday, November 24", met: false });
  const { library } = compileLibrary(defaultTemplateFiles(), { name: "Default", version: "1" });
  for (const template of library.templates.filter((t) => t.language === "en")) {
    const { text } = renderReply(template, late);
    expect(text).not.toContain("in time");
    expect(text).toContain("the soonest I can have it ready is Friday, November 27");
  }
  const onTime = renderReply(library.templates.find((t) => t.id === "proposal-en") ?? "", context());
  expect(onTime.text).toContain(
    "I've noted you need it by Friday, December 4, and I'll make sure it's with you in time.",
  );
});

describe("every default template renders the commitment ask", () => {
  const { library } = compileLibrary(defaultTemplateFiles(), { name: "Default", version: "1" });
  test.each(library.templates.map((template): [string, typeof template] => [template.id, template]))(
    "%s",
    (_id, template) => {
      const built = context(SAMPLE_REQUESTS, template.language);
      const { html, text } = renderReply(template, built);
      expect(text).toContain(built.items);
      expect(text).toContain(built.decision.ask);
      expect(text).toContain(built.decisionDate.long);
      expect(text).toContain(built.deliveryDate.long);
      expect(text).toContain("Ana");
      expect(html).not.toMatch(/style=|class=|<font|\{\{|\}\}/);
      expect(html).toMatch(/^<p>/);
    },
  );
});
