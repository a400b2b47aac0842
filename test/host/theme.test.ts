import { createOfficeHost } from "../../src/host/office/officeHost";
import { fakeOutlook } from "./support/fakeOutlook";

const LIGHT = {
  bodyBackgroundColor: "#FFFFFF",
  bodyForegroundColor: "#242424",
  controlBackgroundColor: "#F5F5F5",
  controlForegroundColor: "#242424",
};
const DARK = {
  bodyBackgroundColor: "#292929",
  bodyForegroundColor: "#FFFFFF",
  controlBackgroundColor: "#1F1F1F",
  controlForegroundColor: "#FFFFFF",
};
const HIGH_CONTRAST = {
  bodyBackgroundColor: "#000000",
  bodyForegroundColor: "#FFFFFF",
  controlBackgroundColor: "#000000",
  controlForegroundColor: "#FFFF00",
};
const PURE_DARK_WITH_GREY_CONTROLS = { ...HIGH_CONTRAST, controlBackgroundColor: "#1F1F1F" };

const noForcedColors = () => false;

describe("theme", () => {
  test.each([
    ["no theme API (before Mailbox 1.14)", undefined, "light"],
    ["Outlook's light theme", LIGHT, "light"],
    ["Outlook's dark theme", DARK, "dark"],
    ["a high-contrast palette", HIGH_CONTRAST, "highContrast"],
    [
      "black and white but ordinary controls is dark, not high contrast",
      PURE_DARK_WITH_GREY_CONTROLS,
      "dark",
    ],
    ["an unreadable colour is light", { ...DARK, bodyBackgroundColor: "dark" }, "light"],
    ["short hex colours are read", { ...DARK, bodyBackgroundColor: "#222" }, "dark"],
  ] as const)("%s", (_case, officeTheme, kind) => {
    const outlook = fakeOutlook({ mode: "read", officeTheme });
    expect(createOfficeHost(outlook.office, { forcedColors: noForcedColors }).theme()).toEqual({ kind });
  });

  test("a system that forces colours is high contrast whatever Outlook reports", () => {
    const outlook = fakeOutlook({ mode: "read", officeTheme: LIGHT });
    expect(createOfficeHost(outlook.office, { forcedColors: () => true }).theme()).toEqual({
      kind: "highContrast",
    });
  });

  test("display language comes from Outlook", () => {
    const outlook = fakeOutlook({ mode: "read", displayLanguage: "de-DE" });
    expect(createOfficeHost(outlook.office).displayLanguage()).toBe("de-DE");
  });
});
