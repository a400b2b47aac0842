import { decisionDateProblem, formatPaneDate } from "../../src/ui/taskpane/paneDates";
import { loadTheme } from "../../src/ui/taskpane/theme";
import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from "@fluentui/react-components";

describe("pane dates", () => {
  it.each([
    ["en-US", "short", "Fri, Dec 4"],
    ["en-GB", "short", "Fri 4 Dec"],
    ["de-DE", "long", "Freitag, 4. Dezember"],
    ["not a locale!", "short", "Fri, Dec 4"],
  ] as const)("formats 2026-12-04 for %s (%s) as %s", (locale, style, expected) => {
    expect(formatPaneDate("2026-12-04", locale, style)).toBe(expected);
  });

  it.each([
    ["2026-12-04", null],
    ["2026-11-30", null],
    ["", "Pick the date they will decide by."],
    ["2026-02-30", "Enter a real date."],
    ["2026-11-27", "Pick today or a later date."],
    ["2026-12-06", "Sunday, December 6 falls on a weekend. Pick a weekday."],
  ])("judges %p against today 2026-11-30", (value, problem) => {
    expect(decisionDateProblem(value, "2026-11-30", "en-US")).toBe(problem);
  });
});

describe("theme", () => {
  it("follows Outlook's light, dark and high-contrast themes", async () => {
    expect(await loadTheme("light")).toBe(webLightTheme);
    expect(await loadTheme("dark")).toBe(webDarkTheme);
    expect(await loadTheme("highContrast")).toBe(teamsHighContrastTheme);
  });
});
