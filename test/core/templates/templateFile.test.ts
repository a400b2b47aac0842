import { parseTemplateFile, TemplateFileError } from "../../../src/core/templates";

const good = [
  "---",
  "id: demo-en",
  "name: Demo — decision ask",
  "description: Confirms the demo.",
  "types: demo, trial",
  "language: en",
  "version: 2",
  "---",
  "<p>Hi {{greetingName}},</p>",
  "",
].join("\r\n");

test("reads metadata and body, with CRLF line ends and a byte-order mark", () => {
  expect(parseTemplateFile("templates/en/demo.html", "\uFEFF" + good)).toEqual({
    id: "demo-en",
    name: "Demo — decision ask",
    description: "Confirms the demo.",
    types: ["demo", "trial"],
    language: "en",
    version: 2,
    body: "<p>Hi {{greetingName}},</p>",
  });
});

test.each([
  ["no metadata block", "<p>Hi</p>", 1, /starts with a metadata block/],
  ["unclosed block", "---\nid: x\n", 1, /not closed/],
  ["unknown field", good.replace("version: 2", "version: 2\r\ncolour: red"), 8, /Unknown field "colour"/],
  ["duplicate field", good.replace("language: en", "language: en\r\nlanguage: de"), 7, /given twice/],
  ["bad id", good.replace("id: demo-en", "id: Demo EN"), 2, /lowercase/],
  ["unknown type", good.replace("types: demo, trial", "types: demo, webinar"), 5, /Unknown type "webinar"/],
  ["empty body", good.replace("<p>Hi {{greetingName}},</p>", ""), 9, /no body/],
])("%s: TemplateFileError names the file and line", (_name, text, line, message) => {
  let caught: unknown;
  try {
    parseTemplateFile("templates/en/x.html", text);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(TemplateFileError);
  const error = caught as TemplateFileError;
  expect(error.file).toBe("templates/en/x.html");
  expect(error.line).toBe(line);
  expect(error.message).toMatch(message);
  expect(error.message).toContain(`templates/en/x.html:${line}`);
});
