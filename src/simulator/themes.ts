import type { SimTheme } from "./officeEmulation/types";

export type ThemeName = "light" | "dark" | "highContrast";

/** The colours Outlook on the web reports in Office.context.officeTheme for each theme. */
export const THEMES: Record<ThemeName, SimTheme> = {
  light: {
    bodyBackgroundColor: "#FFFFFF",
    bodyForegroundColor: "#242424",
    controlBackgroundColor: "#F5F5F5",
    controlForegroundColor: "#242424",
  },
  dark: {
    bodyBackgroundColor: "#292929",
    bodyForegroundColor: "#FFFFFF",
    controlBackgroundColor: "#1F1F1F",
    controlForegroundColor: "#FFFFFF",
  },
  highContrast: {
    bodyBackgroundColor: "#000000",
    bodyForegroundColor: "#FFFFFF",
    controlBackgroundColor: "#000000",
    controlForegroundColor: "#FFFF00",
  },
};

export function isThemeName(value: string): value is ThemeName {
  return value === "light" || value === "dark" || value === "highContrast";
}
