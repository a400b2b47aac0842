import builtinLibrary from "decision-ask-templates";
import { DOWNLOADED_TEMPLATE_LANGUAGES } from "../../src/ui/taskpane/builtinTemplates";

/** A language added to templates/ must be downloadable by the pane, or its templates never show. */
describe("the pane's built-in templates", () => {
  it("downloads every language templates/ holds besides English", () => {
    const languages = new Set(builtinLibrary.templates.map((template) => template.language));
    languages.delete("en");
    expect([...DOWNLOADED_TEMPLATE_LANGUAGES].sort()).toEqual([...languages].sort());
  });
});
