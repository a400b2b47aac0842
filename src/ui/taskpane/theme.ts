import { webLightTheme, type Theme } from "@fluentui/react-components";
import type { HostTheme } from "../../host/mailHost";

export type ThemeKind = HostTheme["kind"];

/**
 * Fluent's tokens for Outlook's theme. Most reps run Outlook light, so the dark and high-contrast
 * tokens are a chunk of their own, downloaded only by the reps who use them.
 */
export async function loadTheme(kind: ThemeKind): Promise<Theme> {
  if (kind === "light") return webLightTheme;
  const themes = await import(/* webpackChunkName: "themes" */ "./otherThemes");
  return kind === "dark" ? themes.webDarkTheme : themes.teamsHighContrastTheme;
}
