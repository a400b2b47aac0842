import type { HostTheme } from "../mailHost";

/**
 * Outlook's theme from Office.context.officeTheme (Mailbox 1.14; absent before). Outlook does not
 * support `isDarkTheme` or `themeId`, so the kind is worked out from the colours:
 * - high contrast: the system forces colours (Windows contrast themes), or the body is pure
 *   black on white or white on black with controls on the same background, as Outlook's
 *   high-contrast palette reports it. Outlook has no flag for it, so this is a best effort;
 * - dark: a body background darker than the point where white and black text contrast equally;
 * - light: everything else, including clients with no theme API.
 */
export function themeOf(office: typeof Office, forcedColors: () => boolean): HostTheme {
  if (safely(forcedColors, false)) return { kind: "highContrast" };
  const theme = safely(() => office.context?.officeTheme, undefined);
  const background = parseHexColor(theme?.bodyBackgroundColor);
  if (!theme || !background) return { kind: "light" };
  const foreground = parseHexColor(theme.bodyForegroundColor);
  const controls = parseHexColor(theme.controlBackgroundColor);
  if (
    foreground &&
    contrastRatio(background, foreground) >= MAXIMUM_CONTRAST &&
    controls !== null &&
    relativeLuminance(controls) === relativeLuminance(background)
  ) {
    return { kind: "highContrast" };
  }
  return { kind: relativeLuminance(background) < EQUAL_CONTRAST_LUMINANCE ? "dark" : "light" };
}

/** Black on white is 21:1; this leaves room for rounding but not for Outlook's own #242424 text. */
const MAXIMUM_CONTRAST = 20;
/** Background luminance at which black and white text have the same contrast (WCAG formula). */
const EQUAL_CONTRAST_LUMINANCE = 0.179;

type Rgb = [number, number, number];

export function parseHexColor(value: string | undefined): Rgb | null {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value?.trim() ?? "");
  if (!match) return null;
  const hex = match[1].length === 3 ? [...match[1]].map((c) => c + c).join("") : match[1];
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
}

export function relativeLuminance([r, g, b]: Rgb): number {
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}
