import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import type { HostTheme } from "../../host/mailHost";

const THEMES: Record<HostTheme["kind"], Theme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  highContrast: teamsHighContrastTheme,
};

export function themeFor(kind: HostTheme["kind"]): Theme {
  return THEMES[kind] ?? webLightTheme;
}
