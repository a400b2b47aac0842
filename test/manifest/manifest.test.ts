/** @jest-environment jsdom */
import { execFileSync } from "child_process";
import { existsSync, readFileSync } from "fs";
import path from "path";
import { COMMAND_FUNCTIONS } from "../../src/commands/commandNames";
import { NOTIFICATION_ICON_RESID } from "../../src/host/office/notify";
import { FEATURE_SETS } from "../../src/host/office/requirements";
import { parseAddinManifest } from "../../src/simulator/addinManifest";

const ROOT = path.resolve(__dirname, "../..");
const MANIFEST_PATH = path.join(ROOT, "manifest.xml");
const XML = readFileSync(MANIFEST_PATH, "utf8");
const DEV_URL = "https://localhost:3000/";
const XSI = "http://www.w3.org/2001/XMLSchema-instance";
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const doc = new DOMParser().parseFromString(XML, "application/xml");

function all(parent: Element | Document, localName: string): Element[] {
  return Array.from(parent.getElementsByTagNameNS("*", localName));
}

function children(parent: Element, localName: string): Element[] {
  return Array.from(parent.children).filter((c) => c.localName === localName);
}

function xsiType(el: Element): string {
  return el.getAttributeNS(XSI, "type") ?? "";
}

/** The elements of one VersionOverrides, without those of a VersionOverrides nested in it. */
function ownElements(overrides: Element): Element[] {
  const out: Element[] = [];
  const walk = (el: Element) => {
    for (const child of Array.from(el.children)) {
      if (child.localName === "VersionOverrides") continue;
      out.push(child);
      walk(child);
    }
  };
  walk(overrides);
  return out;
}

const [outerOverrides, innerOverrides] = all(doc, "VersionOverrides");

/** Reads the manifest with office-addin-manifest's own reader, in plain Node (its dependencies are ES modules). */
function readWithOfficeAddinManifest(): Record<string, unknown> {
  const script =
    'require("office-addin-manifest").OfficeAddinManifest.readManifestFile(process.argv[1])' +
    ".then((info) => process.stdout.write(JSON.stringify(info)), (e) => { console.error(e); process.exit(1); });";
  return JSON.parse(
    execFileSync(process.execPath, ["-e", script, MANIFEST_PATH], { cwd: ROOT, encoding: "utf8" }),
  );
}

/** The pages webpack emits, from its HtmlWebpackPlugin `filename`s. */
function builtPages(): string[] {
  const config = readFileSync(path.join(ROOT, "webpack.config.js"), "utf8");
  return [...config.matchAll(/filename:\s*"([^"]{1,100}\.html)"/g)].map((m) => m[1]);
}

function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

function assetOf(url: string): string {
  expect(url.startsWith(`${DEV_URL}assets/`)).toBe(true);
  return path.join(ROOT, url.slice(DEV_URL.length));
}

test("the XML is well formed", () => {
  expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
});

describe("office-addin-manifest's reading", () => {
  const info = readWithOfficeAddinManifest();

  test("a mail add-in named Decision Ask with a GUID, a four-part version and ReadWriteItem", () => {
    expect(info).toMatchObject({
      officeAppType: "MailApp",
      displayName: "Decision Ask",
      providerName: "Decision Ask",
      defaultLocale: "en-US",
      permissions: "ReadWriteItem",
      hosts: ["Mailbox"],
      manifestType: "xml",
    });
    expect(info.id).toMatch(GUID);
    expect(info.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  test("the version follows package.json", () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
      version: string;
    };
    expect(info.version).toBe(`${version}.0`);
  });

  test("the 64 and 128 px logos and the support page exist", () => {
    expect(pngSize(assetOf(String(info.iconUrl)))).toEqual({ width: 64, height: 64 });
    expect(pngSize(assetOf(String(info.highResolutionIconUrl)))).toEqual({ width: 128, height: 128 });
    expect(existsSync(assetOf(String(info.supportUrl)))).toBe(true);
  });
});

describe("URLs", () => {
  const urls = [...XML.matchAll(/DefaultValue="(https?:[^"]{1,300})"/g)].map((m) => m[1]);

  test("every URL is https on the development server, which the production build rewrites", () => {
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(url.startsWith(DEV_URL)).toBe(true);
  });

  test("every URL is a page the build emits or an asset that exists", () => {
    const pages = builtPages();
    expect(pages).toEqual(expect.arrayContaining(["taskpane.html", "commands.html"]));
    for (const url of urls) {
      const file = url.slice(DEV_URL.length);
      if (file.startsWith("assets/")) expect(existsSync(path.join(ROOT, file))).toBe(true);
      else expect(pages).toContain(file);
    }
  });

  test("the legacy forms (clients without add-in commands) open the task pane", () => {
    for (const form of all(doc, "SourceLocation").filter((el) => el.hasAttribute("DefaultValue"))) {
      expect(form.getAttribute("DefaultValue")).toBe(`${DEV_URL}taskpane.html`);
    }
  });
});

describe("requirement sets", () => {
  test("Mailbox 1.3 in the base manifest and VersionOverrides 1.0; 1.5 (pinning) in VersionOverrides 1.1", () => {
    const base = all(doc, "Set").find(
      (el) => el.parentElement?.parentElement?.parentElement === doc.documentElement,
    );
    expect(base?.getAttribute("Name")).toBe("Mailbox");
    expect(base?.getAttribute("MinVersion")).toBe("1.3");
    expect(xsiType(outerOverrides)).toBe("VersionOverridesV1_0");
    expect(xsiType(innerOverrides)).toBe("VersionOverridesV1_1");
    expect(innerOverrides.parentElement).toBe(outerOverrides);
    const setsOf = (o: Element) => ownElements(o).find((el) => el.localName === "Sets");
    expect(setsOf(outerOverrides)?.getAttribute("DefaultMinVersion")).toBe("1.3");
    expect(setsOf(innerOverrides)?.getAttribute("DefaultMinVersion")).toBe("1.5");
  });

  test("every newer API the code uses is above the manifest's floor, so it sits behind isSetSupported", () => {
    for (const version of Object.values(FEATURE_SETS))
      expect(Number(version.split(".")[1])).toBeGreaterThan(3);
  });
});

describe.each([
  ["VersionOverrides 1.0", () => outerOverrides],
  ["VersionOverrides 1.1", () => innerOverrides],
])("%s", (_name, overridesOf) => {
  const overrides = overridesOf();
  const elements = ownElements(overrides);
  const resources = elements.find((el) => el.localName === "Resources") as Element;
  const defined = new Map<string, string[]>();
  for (const el of ownElements(resources)) {
    const id = el.getAttribute("id");
    if (id) defined.set(id, [...(defined.get(id) ?? []), el.parentElement?.localName ?? ""]);
  }
  const referencing = elements.filter((el) => el.hasAttribute("resid"));

  test("every resource id is defined exactly once, and every one defined is used", () => {
    for (const [id, kinds] of defined) expect({ id, times: kinds.length }).toEqual({ id, times: 1 });
    const used = new Set(referencing.map((el) => el.getAttribute("resid")));
    used.add(NOTIFICATION_ICON_RESID);
    expect([...defined.keys()].sort()).toEqual([...used].sort());
  });

  test("every resid resolves to a resource of the right kind", () => {
    const kindFor = (el: Element): string => {
      if (el.localName === "Image") return "Images";
      if (el.localName === "SourceLocation" || el.localName === "FunctionFile") return "Urls";
      if (el.localName === "Description" && el.parentElement?.localName === "Supertip") return "LongStrings";
      return "ShortStrings";
    };
    for (const el of referencing) {
      const resid = el.getAttribute("resid") ?? "";
      expect({ resid, kind: defined.get(resid)?.[0] }).toEqual({ resid, kind: kindFor(el) });
    }
  });

  test("the notification icon is one of its images", () => {
    expect(defined.get(NOTIFICATION_ICON_RESID)).toEqual(["Images"]);
  });

  test("group and control ids are unique", () => {
    const ids = elements
      .filter((el) => el.localName === "Group" || el.localName === "Control")
      .map((el) => el.getAttribute("id"));
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("every button has 16, 32 and 80 px icons whose files are that size", () => {
    const images = new Map(
      ownElements(resources)
        .filter((el) => el.localName === "Image")
        .map((el) => [el.getAttribute("id"), el.getAttribute("DefaultValue") ?? ""]),
    );
    const controls = elements.filter((el) => el.localName === "Control");
    expect(controls).toHaveLength(4);
    for (const control of controls) {
      const icons = all(children(control, "Icon")[0], "Image");
      expect(icons.map((i) => i.getAttribute("size"))).toEqual(["16", "32", "80"]);
      for (const icon of icons) {
        const size = Number(icon.getAttribute("size"));
        const file = assetOf(images.get(icon.getAttribute("resid")) ?? "");
        expect(pngSize(file)).toEqual({ width: size, height: size });
      }
    }
  });

  test("compose: the pane button and Insert decision ask; read: Reply with decision ask and the pane button", () => {
    const surface = (type: string) => {
      const point = elements.find(
        (el) => el.localName === "ExtensionPoint" && xsiType(el) === type,
      ) as Element;
      return all(point, "Control").map((control) => {
        const action = all(control, "Action")[0];
        return {
          action: xsiType(action),
          functionName: children(action, "FunctionName")[0]?.textContent ?? null,
          pinning: children(action, "SupportsPinning")[0]?.textContent ?? null,
        };
      });
    };
    const pinning = xsiType(overrides) === "VersionOverridesV1_1" ? "true" : null;
    expect(surface("MessageComposeCommandSurface")).toEqual([
      { action: "ExecuteFunction", functionName: COMMAND_FUNCTIONS.insert, pinning: null },
      { action: "ShowTaskpane", functionName: null, pinning: null },
    ]);
    expect(surface("MessageReadCommandSurface")).toEqual([
      { action: "ExecuteFunction", functionName: COMMAND_FUNCTIONS.reply, pinning: null },
      { action: "ShowTaskpane", functionName: null, pinning },
    ]);
  });
});

test("the function names are exactly those commands.ts associates", () => {
  const names = all(doc, "FunctionName").map((el) => el.textContent?.trim());
  expect(new Set(names)).toEqual(new Set(Object.values(COMMAND_FUNCTIONS)));
});

test("labels say what the buttons do, in the product's words", () => {
  const strings = all(doc, "String").map((el) => el.getAttribute("DefaultValue") ?? "");
  expect(strings).toEqual(
    expect.arrayContaining(["Insert decision ask", "Reply with decision ask", "Decision Ask"]),
  );
  for (const text of strings) expect(text).not.toMatch(/commitment/i);
  for (const el of all(doc, "String").filter((e) => e.parentElement?.localName === "ShortStrings")) {
    expect((el.getAttribute("DefaultValue") ?? "").length).toBeLessThanOrEqual(125);
  }
  for (const el of all(doc, "String").filter((e) => e.parentElement?.localName === "LongStrings")) {
    expect((el.getAttribute("DefaultValue") ?? "").length).toBeLessThanOrEqual(250);
  }
});

test("the simulator's ribbon shows the same buttons", () => {
  const commands = parseAddinManifest(XML);
  expect(commands.displayName).toBe("Decision Ask");
  expect(commands.functionFile).toBe("/commands.html");
  expect(commands.compose.map((b) => b.label)).toEqual(["Insert decision ask", "Decision Ask"]);
  expect(commands.read.map((b) => b.label)).toEqual(["Reply with decision ask", "Decision Ask"]);
});

test("the committed icons are what scripts/make-icons.js draws", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { renderIcons } = require("../../scripts/make-icons.js") as {
    renderIcons: () => Array<{ file: string; png: Buffer }>;
  };
  for (const { file, png } of renderIcons()) {
    expect({ file, same: readFileSync(path.join(ROOT, "assets", file)).equals(png) }).toEqual({
      file,
      same: true,
    });
  }
});
