import fc from "fast-check";
import { htmlToText } from "../../../src/core/render";
import { lintTemplates, validateLibrary } from "../../../src/core/templates";

const HEAD =
  "---\nid: fuzz\nname: Fuzz\ndescription: Fuzzed.\ntypes: general\nlanguage: en\nversion: 1\n---\n";
const piece = fc.constantFrom(
  "<p>",
  "</p>",
  "<a href='",
  "https:",
  "javascript:",
  '"',
  "'",
  ">",
  "<",
  "{{",
  "}}",
  "{{#requests}}",
  "{{/requests}}",
  "{{items}}",
  "{{{",
  "}}}",
  "{{&",
  "on",
  "click=",
  "style=",
  "expression(",
  "<img src=",
  "//x",
  "\n",
  "&#x09;",
  " ",
);
const body = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.array(piece, { maxLength: 80 }).map((parts) => parts.join("")),
);

test("lintTemplates never throws and every failure points into the file", () => {
  fc.assert(
    fc.property(body, (text) => {
      const file = HEAD + text;
      const lines = file.split("\n").length;
      for (const failure of lintTemplates([{ path: "fuzz.html", text: file }])) {
        expect(failure.line).toBeGreaterThanOrEqual(1);
        expect(failure.line).toBeLessThanOrEqual(lines);
      }
    }),
    { numRuns: 300 },
  );
});

test("htmlToText never throws and leaves no tags from well-formed markup", () => {
  fc.assert(
    fc.property(body, (html) => {
      expect(typeof htmlToText(html)).toBe("string");
    }),
    { numRuns: 300 },
  );
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom("<p>x</p>", "<br>", "<ul><li>y</li></ul>", "<strong>z</strong>")),
      (parts) => {
        expect(htmlToText(parts.join(""))).not.toMatch(/[<>]/);
      },
    ),
  );
});

test("validateLibrary never throws on arbitrary JSON", () => {
  fc.assert(
    fc.property(fc.oneof(fc.json(), fc.jsonValue()), (input) => {
      const result = validateLibrary(input);
      expect(result.library !== undefined || result.error !== undefined).toBe(true);
    }),
    { numRuns: 300 },
  );
});
