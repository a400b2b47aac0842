/**
 * Reads the add-in's ribbon buttons and files from the same manifest.xml Outlook reads, so the
 * simulator shows what the manifest declares rather than a copy of it.
 */

export type ButtonAction =
  { kind: "function"; functionName: string } | { kind: "taskpane"; url: string; pinnable: boolean };

export interface RibbonButton {
  id: string;
  label: string;
  tooltip: string;
  action: ButtonAction;
}

export interface AddinCommands {
  displayName: string;
  groupLabel: string;
  read: RibbonButton[];
  compose: RibbonButton[];
  /** Path of the function file (commands.html) on the simulator's server. */
  functionFile: string | null;
}

function children(parent: Element, localName: string): Element[] {
  return Array.from(parent.children).filter((c) => c.localName === localName);
}

function firstDeep(parent: Element | Document, localName: string): Element | null {
  return parent.getElementsByTagNameNS("*", localName)[0] ?? null;
}

/** Manifest URLs point at the dev server or production; the simulator serves the same paths itself. */
function localPath(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.pathname}${parsed.search}`;
  } catch {
    return url;
  }
}

export function parseAddinManifest(xml: string, parser: DOMParser = new DOMParser()): AddinCommands {
  const doc = parser.parseFromString(xml, "application/xml");
  if (doc.getElementsByTagName("parsererror").length > 0)
    throw new Error("manifest.xml is not well-formed XML.");
  const resources = new Map<string, string>();
  for (const tag of ["String", "Url"]) {
    for (const el of Array.from(doc.getElementsByTagNameNS("*", tag))) {
      const id = el.getAttribute("id");
      const value = el.getAttribute("DefaultValue");
      if (id && value !== null) resources.set(id, value);
    }
  }
  const resource = (el: Element | null): string => resources.get(el?.getAttribute("resid") ?? "") ?? "";
  const surface = (type: string): RibbonButton[] => {
    // With nested VersionOverrides the last (newest) one is what current Outlook clients use.
    const point = Array.from(doc.getElementsByTagNameNS("*", "ExtensionPoint"))
      .filter(
        (p) =>
          p.getAttribute("xsi:type") === type ||
          p.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type") === type,
      )
      .pop();
    if (!point) return [];
    return Array.from(point.getElementsByTagNameNS("*", "Control")).map((control) => {
      const action = firstDeep(control, "Action");
      const actionType =
        action?.getAttribute("xsi:type") ??
        action?.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type") ??
        "";
      const functionName = action ? (children(action, "FunctionName")[0]?.textContent ?? "").trim() : "";
      const sourceLocation = action ? resource(children(action, "SourceLocation")[0] ?? null) : "";
      const pinnable = action
        ? children(action, "SupportsPinning")[0]?.textContent?.trim() === "true"
        : false;
      return {
        id: control.getAttribute("id") ?? "",
        label: resource(children(control, "Label")[0] ?? null),
        tooltip: resource(firstDeep(control, "Description")),
        action:
          actionType === "ExecuteFunction"
            ? { kind: "function", functionName }
            : { kind: "taskpane", url: localPath(sourceLocation), pinnable },
      };
    });
  };
  const functionFile = firstDeep(doc, "FunctionFile");
  const groupLabel = firstDeep(doc, "Group");
  return {
    displayName: firstDeep(doc, "DisplayName")?.getAttribute("DefaultValue") ?? "Add-in",
    groupLabel: resource(groupLabel ? (children(groupLabel, "Label")[0] ?? null) : null),
    read: surface("MessageReadCommandSurface"),
    compose: surface("MessageComposeCommandSurface"),
    functionFile: functionFile ? localPath(resource(functionFile)) : null,
  };
}
