import builtinLibrary from "decision-ask-templates";
import fc from "fast-check";
import { parseTemplateFile } from "../../src/core/templates";
import { HostError } from "../../src/host/mailHost";
import {
  deletePersonal,
  duplicateTemplate,
  exportTemplateFile,
  lintPersonalTemplate,
  listPersonal,
  mergeLibraries,
  PERSONAL_BUDGET_BYTES,
  PERSONAL_TEMPLATES_KEY,
  savePersonal,
} from "../../src/library";
import { GOOD_BODY, MemoryRoamingStore, template } from "./fakes";

const ID_FORMAT = /^[a-z0-9][a-z0-9-]{0,63}$/;

function snapshot(store: MemoryRoamingStore) {
  return { values: JSON.stringify([...store.values]), saves: store.saves };
}

describe("saving personal templates", () => {
  test("a team template saved as personal gets a personal id; saving it again is a second copy", async () => {
    const store = new MemoryRoamingStore();
    const first = await savePersonal(store, template({ id: "demo-en" }));
    const second = await savePersonal(store, template({ id: "demo-en", name: "Another" }));
    expect(first).toMatchObject({ ok: true, template: { id: "my-demo-en" } });
    expect(second).toMatchObject({ ok: true, template: { id: "my-demo-en-2", name: "Another" } });
    expect(listPersonal(store)).toEqual({
      templates: [template({ id: "my-demo-en" }), template({ id: "my-demo-en-2", name: "Another" })],
      rejected: [],
    });
  });

  test("a personal template is updated in place", async () => {
    const store = new MemoryRoamingStore();
    await savePersonal(store, template({ id: "my-a" }));
    await savePersonal(store, template({ id: "my-b" }));
    const edited = await savePersonal(store, template({ id: "my-a", name: "Edited", version: 2 }));
    expect(edited).toMatchObject({ ok: true, template: { id: "my-a", name: "Edited" } });
    expect(listPersonal(store).templates.map((t) => [t.id, t.name])).toEqual([
      ["my-a", "Edited"],
      ["my-b", "Demo — team"],
    ]);
  });

  test("names and bodies are saved as the template file format reads them", async () => {
    const store = new MemoryRoamingStore();
    const result = await savePersonal(
      store,
      template({
        id: "my-x",
        name: "  Two\nlines ",
        description: "a\r\n---\r\nb",
        body: `\r\n${GOOD_BODY}\r\n\r\n`,
      }),
    );
    expect(result).toMatchObject({
      ok: true,
      template: { name: "Two lines", description: "a --- b", body: GOOD_BODY },
    });
  });

  test.each([
    ["no decision ask", { body: "<p>Here is {{items}} by {{decisionDate.long}}.</p>" }, ["asks-decision"]],
    ["unescaped value", { body: GOOD_BODY.replace("{{items}}", "{{{items}}}") }, ["no-unescaped-values"]],
    ["script", { body: `${GOOD_BODY}<script>alert(1)</script>` }, ["safe-html"]],
    ["unknown field", { body: `${GOOD_BODY}<p>{{prospect.ssn}}</p>` }, ["known-fields"]],
    ["empty name", { name: "  " }, ["metadata"]],
    ["bad id", { id: "My Template" }, ["metadata"]],
    ["empty body", { body: "  " }, ["metadata"]],
  ])("a template that fails the lint (%s) is not saved", async (_name, change, rules) => {
    const store = new MemoryRoamingStore();
    await savePersonal(store, template({ id: "my-kept" }));
    const before = snapshot(store);
    const result = await savePersonal(store, template({ id: "my-new", ...change }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(/can't be saved yet: it fails \d+ checks?\.$/);
    expect([...new Set(result.failures.map((f) => f.rule))]).toEqual(rules);
    expect(snapshot(store)).toEqual(before);
  });

  test("lint failures in the body carry the line within the body", () => {
    const failures = lintPersonalTemplate(template({ body: `${GOOD_BODY}\n<p onclick="x()">Hi</p>` }));
    expect(failures).toEqual([expect.objectContaining({ rule: "safe-html", line: 5, file: "Demo — team" })]);
  });

  test("past the personal budget: a clear message in KB, and nothing changes", async () => {
    const store = new MemoryRoamingStore();
    await savePersonal(store, template({ id: "my-kept" }));
    const before = snapshot(store);
    const big = template({
      id: "my-big",
      body: `${GOOD_BODY}\n<p>${"Lorem ipsum dolor sit amet. ".repeat(1250)}</p>`,
    });
    const result = await savePersonal(store, big);
    expect(result).toEqual({
      ok: false,
      message:
        "Your personal templates would take 35 KB; Outlook keeps 32 KB per add-in, and 24 KB of it is for personal templates. Delete or shorten one.",
      failures: [],
    });
    expect(snapshot(store)).toEqual(before);
  });

  test("templates already over the budget can still be shortened and deleted, not grown", async () => {
    const store = new MemoryRoamingStore();
    const huge = (id: string, chars: number) =>
      template({ id, body: `${GOOD_BODY}\n<p>${"z".repeat(chars)}</p>` });
    store.values.set(PERSONAL_TEMPLATES_KEY, [huge("my-a", 14_000), huge("my-b", 12_000)]);
    expect((await savePersonal(store, huge("my-b", 12_500))).ok).toBe(false);
    expect(await savePersonal(store, huge("my-b", 11_000))).toMatchObject({ ok: true });
    expect(await deletePersonal(store, "my-a")).toEqual({ ok: true });
    expect(listPersonal(store).templates.map((t) => t.id)).toEqual(["my-b"]);
  });

  test("the budget counts UTF-8 bytes, as Outlook does", async () => {
    const store = new MemoryRoamingStore();
    // About 9,000 characters but 27,000 bytes.
    const result = await savePersonal(store, template({ body: `${GOOD_BODY}\n<p>${"€".repeat(9000)}</p>` }));
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/would take 27 KB/) });
  });

  test("just within the budget is saved", async () => {
    const store = new MemoryRoamingStore();
    const filler = "x".repeat(PERSONAL_BUDGET_BYTES - 600);
    const result = await savePersonal(store, template({ body: `${GOOD_BODY}\n<p>${filler}</p>` }));
    expect(result.ok).toBe(true);
  });

  test("when other settings leave too little room, the store's own limit is reported and nothing changes", async () => {
    const store = new MemoryRoamingStore();
    store.values.set("decisionAsk.conversations", "c".repeat(14_000));
    await savePersonal(store, template({ id: "my-kept" }));
    const before = snapshot(store);
    const result = await savePersonal(
      store,
      template({ id: "my-big", body: `${GOOD_BODY}\n<p>${"y".repeat(20_000)}</p>` }),
    );
    expect(result).toEqual({
      ok: false,
      message:
        "Your personal templates don't fit in the 32 KB Outlook keeps for the add-in's settings. Delete or shorten one; nothing was changed.",
      failures: [],
    });
    expect(snapshot(store)).toEqual(before);
  });

  test.each([
    [
      new HostError(
        "settingsFailed",
        "Outlook couldn't save your Decision Ask settings. Your change was not kept; try again.",
      ),
      "Outlook couldn't save your Decision Ask settings. Your change was not kept; try again.",
    ],
    [new Error("boom"), "Outlook couldn't save your personal templates, so nothing was changed. Try again."],
  ])("a failed save (%s) surfaces a clear message", async (error, message) => {
    const store = new MemoryRoamingStore();
    store.failWith = error;
    expect(await savePersonal(store, template())).toEqual({ ok: false, message, failures: [] });
    expect(await deletePersonal(store, "my-demo-en")).toEqual({ ok: true });
    expect(listPersonal(store).templates).toEqual([]);
  });
});

describe("listing, deleting and duplicating", () => {
  test("saved entries this version cannot use are listed as rejected and survive later saves", async () => {
    const store = new MemoryRoamingStore();
    const unreadable = { id: "my-old", name: "Old format", html: "<p>…</p>" };
    store.values.set(PERSONAL_TEMPLATES_KEY, [unreadable, template({ id: "my-fine" })]);
    const listed = listPersonal(store);
    expect(listed.templates.map((t) => t.id)).toEqual(["my-fine"]);
    expect(listed.rejected.map((r) => r.path)).toEqual(["templates[0] my-old"]);

    await savePersonal(store, template({ id: "my-new" }));
    expect(store.get<unknown[]>(PERSONAL_TEMPLATES_KEY)?.[0]).toEqual(unreadable);
  });

  test("a stored value that is not a list reads as no templates", () => {
    const store = new MemoryRoamingStore();
    store.values.set(PERSONAL_TEMPLATES_KEY, "garbage");
    expect(listPersonal(store)).toEqual({ templates: [], rejected: [] });
  });

  test("delete removes one; deleting the last removes the setting; deleting a missing one saves nothing", async () => {
    const store = new MemoryRoamingStore();
    await savePersonal(store, template({ id: "my-a" }));
    await savePersonal(store, template({ id: "my-b" }));
    expect(await deletePersonal(store, "my-a")).toEqual({ ok: true });
    expect(listPersonal(store).templates.map((t) => t.id)).toEqual(["my-b"]);
    const saves = store.saves;
    expect(await deletePersonal(store, "my-missing")).toEqual({ ok: true });
    expect(store.saves).toBe(saves);
    await deletePersonal(store, "my-b");
    expect(store.values.has(PERSONAL_TEMPLATES_KEY)).toBe(false);
  });

  test("a failed delete keeps the template and says why", async () => {
    const store = new MemoryRoamingStore();
    await savePersonal(store, template({ id: "my-a" }));
    store.failWith = new HostError("settingsFailed", "Outlook couldn't save your Decision Ask settings.");
    expect(await deletePersonal(store, "my-a")).toEqual({
      ok: false,
      message: "Outlook couldn't save your Decision Ask settings.",
    });
    expect(listPersonal(store).templates.map((t) => t.id)).toEqual(["my-a"]);
  });

  test("duplicate: a personal copy with a fresh id, the new name and version 1", async () => {
    const original = template({ id: "demo-en", version: 7 });
    const a = duplicateTemplate(original, " My demo ");
    const b = duplicateTemplate(a, "My demo 2");
    expect(a).toMatchObject({ name: "My demo", version: 1, body: original.body, types: ["demo"] });
    expect(a.id).toMatch(/^my-demo-en-[a-z0-9]{6}$/);
    expect(b.id).toMatch(/^my-demo-en-[a-z0-9]{6}-[a-z0-9]{6}$/);
    expect(b.id).not.toBe(a.id);
    expect(original).toEqual(template({ id: "demo-en", version: 7 }));

    const long = duplicateTemplate(template({ id: "a".repeat(64) }), "");
    expect(long.id).toMatch(ID_FORMAT);
    expect(long.name).toBe("Demo — team");

    const store = new MemoryRoamingStore();
    expect(await savePersonal(store, a)).toMatchObject({ ok: true, template: { id: a.id } });
    expect(await savePersonal(store, b)).toMatchObject({ ok: true, template: { id: b.id } });
    expect(listPersonal(store).templates).toHaveLength(2);
  });

  test("personal ids stay in the id format however long the original", async () => {
    const store = new MemoryRoamingStore();
    const long = template({ id: "b".repeat(64) });
    const first = await savePersonal(store, long);
    const second = await savePersonal(store, long);
    expect(first.ok && first.template.id).toMatch(ID_FORMAT);
    expect(second.ok && second.template.id).toMatch(/-2$/);
    expect(second.ok && second.template.id).toMatch(ID_FORMAT);
  });
});

describe("exportTemplateFile", () => {
  test.each(builtinLibrary.templates.map((t) => [t.id, t] as const))(
    "%s round-trips through parseTemplateFile",
    (_id, t) => {
      expect(parseTemplateFile(`${t.id}.html`, exportTemplateFile(t))).toEqual(t);
    },
  );

  test("a saved personal template round-trips, and the file passes the team lint", async () => {
    const store = new MemoryRoamingStore();
    const saved = await savePersonal(
      store,
      template({
        name: "Mine: demo\n---",
        types: ["demo", "trial"],
        language: "de",
        body: `\r\n${GOOD_BODY}`,
      }),
    );
    if (!saved.ok) throw new Error(saved.message);
    const file = exportTemplateFile(saved.template);
    expect(file.split("\n").slice(0, 8)).toEqual([
      "---",
      "id: my-demo-en",
      "name: Mine: demo ---",
      "description: The team's demo reply.",
      "types: demo, trial",
      "language: de",
      "version: 3",
      "---",
    ]);
    expect(parseTemplateFile("my-demo-en.html", file)).toEqual(saved.template);
  });
});

test("any name and description a rep types survives save, export and parse", async () => {
  const text = (maxLength: number) =>
    fc.string({ unit: "binary", maxLength }).filter((value) => value.replace(/\s+/g, " ").trim() !== "");
  await fc.assert(
    fc.asyncProperty(text(90), text(250), fc.string({ maxLength: 40 }), async (name, description, extra) => {
      const body = `${GOOD_BODY}\r\n<p>${extra.replace(/[<>&{}]/g, "")}</p>`;
      const saved = await savePersonal(new MemoryRoamingStore(), template({ name, description, body }));
      if (!saved.ok) throw new Error(saved.message);
      expect(parseTemplateFile("mine.html", exportTemplateFile(saved.template))).toEqual(saved.template);
    }),
    { numRuns: 200 },
  );
});

describe("mergeLibraries", () => {
  test("personal templates first and marked; the library's follow", () => {
    const library = { ...builtinLibrary, templates: builtinLibrary.templates.slice(0, 2) };
    const merged = mergeLibraries(library, [template({ id: "my-demo" })]);
    expect(merged.name).toBe(builtinLibrary.name);
    expect(merged.templates.map((t) => [t.id, t.origin])).toEqual([
      ["my-demo", "personal"],
      [library.templates[0].id, "library"],
      [library.templates[1].id, "library"],
    ]);
    expect(library.templates[0]).not.toHaveProperty("origin");
  });

  test("a team template with a personal template's id is offered under its own id", () => {
    const library = {
      ...builtinLibrary,
      templates: [template({ id: "my-demo" }), template({ id: "my-demo-team" })],
    };
    const merged = mergeLibraries(library, [template({ id: "my-demo", name: "Mine" })]);
    expect(merged.templates.map((t) => [t.id, t.origin])).toEqual([
      ["my-demo", "personal"],
      ["my-demo-team-2", "library"],
      ["my-demo-team", "library"],
    ]);
  });
});
