/**
 * Which newer Outlook features this client has, asked in one place. The manifest asks only for
 * Mailbox 1.3 (function commands); everything newer is used behind these checks, with a
 * fallback where Outlook offers one.
 */
export const FEATURE_SETS = {
  /** Office.EventType.ItemChanged, for a pinned pane (pinning itself needs 1.5). */
  itemChanged: "1.5",
  /** item.displayReplyFormAsync / displayReplyAllFormAsync; older clients have the sync forms. */
  replyFormAsync: "1.9",
  /** item.getComposeTypeAsync: new mail, reply or forward. */
  composeType: "1.10",
  /** Office.context.officeTheme and the OfficeThemeChanged event in Outlook. */
  officeTheme: "1.14",
} as const;

export type Feature = keyof typeof FEATURE_SETS | "bodyMode";

export function supports(office: typeof Office, feature: Feature): boolean {
  // bodyMode belongs to no requirement set: clients that know it ship the BodyMode enum, and
  // the others ignore or reject the option, so the enum's presence is the test.
  if (feature === "bodyMode") return bodyModeEnum(office) !== undefined;
  const requirements = office.context?.requirements;
  if (!requirements || typeof requirements.isSetSupported !== "function") return false;
  try {
    return requirements.isSetSupported("Mailbox", FEATURE_SETS[feature]);
  } catch {
    return false;
  }
}

export function bodyModeEnum(office: typeof Office): typeof Office.MailboxEnums.BodyMode | undefined {
  const enums = office.MailboxEnums as Partial<typeof Office.MailboxEnums> | undefined;
  return enums?.BodyMode;
}
