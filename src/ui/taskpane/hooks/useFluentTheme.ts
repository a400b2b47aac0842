import { useEffect, useState } from "react";
import { webLightTheme, type Theme } from "@fluentui/react-components";
import { loadTheme, type ThemeKind } from "../theme";

/**
 * The Fluent theme for Outlook's: light at once; dark or high contrast once its tokens arrive,
 * the light one if they cannot be downloaded. Null only before the first theme is there, so a
 * dark pane never flashes white; on a switch while open the shown theme stays until the new one
 * arrives, so nothing the rep typed is unmounted.
 */
export function useFluentTheme(kind: ThemeKind): Theme | null {
  const [shown, setShown] = useState<Theme | null>(kind === "light" ? webLightTheme : null);
  useEffect(() => {
    let current = true;
    loadTheme(kind)
      .catch(() => webLightTheme)
      .then((theme) => {
        if (current) setShown(theme);
      });
    return () => {
      current = false;
    };
  }, [kind]);
  return shown;
}
