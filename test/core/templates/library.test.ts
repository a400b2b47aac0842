import { readFileSync } from "node:fs";
import { join } from "node:path";
import schema from "../../../templates/library.schema.json";
import { compileLibrary, pickTemplate, TEMPLATE_TYPES, validateLibrary } from "../../../src/core/templates";
import type { TemplateLibrary } from "../../../src/core/templates";
import { LANGUAGES, REQUEST_TYPES } from "../../../src/core/types";
import { defaultTemplateFiles } from "./defaultTemplates";

const lintDir = join(__dirname, "../../fixtures/templates/lint");
const fixture = (name: string) => ({
  path: `${name}.html`,
  text: readFileSync(join(lintDir, `${name}.html`), "utf8"),
});

describe("compileLibrary", () => {
  const files = defaultTemplateFiles();
  const { library, rejected } = compileLibrary(files, { name: "Default", version: "2026.11.1" });

  test("compiles the default library, every template, ordered by id", () => {
    expect(rejected).toEqual([]);
    expect(library.schemaVersion).toBe(1);
    expect(library.templates).toHaveLength(files.length);
    const ids = library.templates.map((template) => template.id);
    expect(ids).toEqual([...ids].sort());
  });

  test("is deterministic: the same files in another order build the same JSON", () => {
    const again = compileLibrary([...files].reverse(), { name: "Default", version: "2026.11.1" });
    expect(JSON.stringify(again.library)).toBe(JSON.stringify(library));
  });

  test("the compiled library validates against the published schema", () => {
    const result = validateLibrary(JSON.parse(JSON.stringify(library)));
    expect(result.error).toBeUndefined();
    expect(result.rejected).toEqual([]);
    expect(result.library).toEqual(library);
  });

  test("covers every request type and general in English, and the common types in de, fr, es", () => {
    const has = (type: string, language: string) =>
      library.templates.some(
        (template) => template.language === language && template.types.some((t) => t === type),
      );
    for (const type of [...REQUEST_TYPES, "general"]) expect(has(type, "en")).toBe(true);
    for (const language of ["de", "fr", "es"]) {
      for (const type of ["general", "demo", "pricing", "information", "proposal"])
        expect(has(type, language)).toBe(true);
    }
  });

  test("a broken file is left out and listed with file, line and rule", () => {
    const result = compileLibrary(
      [fixture("pass-basic"), fixture("fail-script"), fixture("fail-metadata-missing")],
      {
        name: "Team",
        version: "1",
      },
    );
    expect(result.library.templates.map((template) => template.id)).toEqual(["pass-basic"]);
    expect(result.rejected.map((entry) => entry.path)).toEqual([
      "fail-script.html",
      "fail-metadata-missing.html",
    ]);
    expect(result.rejected[0].errors[0]).toMatch(/^fail-script\.html:12 safe-html: /);
  });
});

describe("validateLibrary", () => {
  const good = (): TemplateLibrary =>
    JSON.parse(
      JSON.stringify(
        compileLibrary([fixture("pass-basic"), fixture("pass-requests-loop")], { name: "Team", version: "3" })
          .library,
      ),
    ) as TemplateLibrary;

  test.each<[string, unknown, RegExp]>([
    ["not JSON", "{ not json", /not valid JSON/],
    ["JSON but not an object", "[1, 2]", /does not match the schema/],
    ["wrong schema version", { ...good(), schemaVersion: 2 }, /schemaVersion/],
    ["missing name", { schemaVersion: 1, version: "1", templates: [] }, /name/],
    ["templates not a list", { schemaVersion: 1, name: "x", version: "1", templates: {} }, /templates/],
    ["unknown top-level field", { ...good(), extra: true }, /additional properties/],
    ["null", null, /does not match the schema/],
  ])("%s: no library, a clear error", (_name, input, message) => {
    const result = validateLibrary(input);
    expect(result.library).toBeUndefined();
    expect(result.error).toMatch(message);
  });

  test("accepts the library as a JSON string", () => {
    const library = good();
    expect(validateLibrary(JSON.stringify(library)).library).toEqual(library);
  });

  test("a broken template is rejected, the others kept", () => {
    const library = good();
    const broken = [
      { ...library.templates[0], id: "no-body", body: "" },
      { ...library.templates[0], id: "bad-type", types: ["webinar"] },
      { ...library.templates[0], id: "script", body: `${library.templates[0].body}<script>x()</script>` },
      { ...library.templates[0], id: "unescaped", body: `${library.templates[0].body}{{{prospect.name}}}` },
      { id: "missing-fields" },
      library.templates[0],
    ];
    const result = validateLibrary({ ...library, templates: [...library.templates, ...broken] });
    expect(result.error).toBeUndefined();
    expect(result.library?.templates).toEqual(library.templates);
    expect(result.rejected.map((entry) => entry.path)).toEqual([
      "templates[2] no-body",
      "templates[3] bad-type",
      "templates[4] script",
      "templates[5] unescaped",
      "templates[6] missing-fields",
      "templates[7] pass-basic",
    ]);
    expect(result.rejected[2].errors.join()).toMatch(/safe-html/);
    expect(result.rejected[3].errors.join()).toMatch(/no-unescaped-values/);
    expect(result.rejected[5].errors.join()).toMatch(/appears twice/);
  });

  test("the schema's lists are the ones the code knows", () => {
    const template = schema.definitions.template.properties;
    expect(template.types.items.enum).toEqual([...TEMPLATE_TYPES]);
    expect(template.language.enum).toEqual([...LANGUAGES]);
    expect(schema.properties.schemaVersion.const).toBe(1);
  });
});

describe("pickTemplate", () => {
  const library = compileLibrary(defaultTemplateFiles(), { name: "Default", version: "1" }).library;
  const pick = (types: string[], language: string, preferred?: string) =>
    pickTemplate(
      library,
      types.map((type) => ({ type }) as { type: (typeof REQUEST_TYPES)[number] }),
      language as "en",
      preferred,
    )?.id;

  test.each<[string[], string, string | undefined, string]>([
    [["demo"], "de", undefined, "demo-de"],
    [["pricing", "demo"], "fr", undefined, "pricing-fr"],
    [["security"], "de", undefined, "security-en"],
    [["references"], "es", undefined, "references-en"],
    [[], "es", undefined, "general-es"],
    [[], "pt", undefined, "general-en"],
    [["demo"], "unknown", undefined, "demo-en"],
    [["demo"], "de", "pricing-es", "pricing-es"],
    [["demo"], "de", "no-such-template", "demo-de"],
  ])("%j in %s (preferred %s) picks %s", (types, language, preferred, expected) => {
    expect(pick(types, language, preferred)).toBe(expected);
  });

  test("without a general reply it still offers a template, and an empty library offers none", () => {
    const onlyDemo = { ...library, templates: library.templates.filter((t) => t.id === "demo-fr") };
    expect(pickTemplate(onlyDemo, [{ type: "pricing" }], "en")?.id).toBe("demo-fr");
    expect(pickTemplate({ ...library, templates: [] }, [{ type: "pricing" }], "en")).toBeNull();
  });
});
