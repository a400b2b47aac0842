/**
 * The contract between the simulator page (which owns the mailbox, the compose editor and the
 * Outlook chrome) and the Office.js emulation running inside the add-in's iframes.
 */

export interface SimMailbox {
  displayName: string;
  emailAddress: string;
}

export type ItemMode = "read" | "compose";
export type SimBodyType = "html" | "text";
export type SimComposeType = "newMail" | "reply" | "forward";

/** The item an add-in frame sees, as plain JSON so it crosses windows without shared prototypes. */
export interface ItemSnapshot {
  /** The simulator's own id of the read item or draft, so a pinned pane can tell it changed. */
  surfaceId: string;
  mode: ItemMode;
  /** Read mode only, as Outlook assigns ids to sent/received items only. */
  itemId?: string;
  internetMessageId?: string;
  subject: string;
  /** Read mode: the sender. Compose mode: the rep's own mailbox (item.from.getAsync). */
  from: SimMailbox;
  to: SimMailbox[];
  cc: SimMailbox[];
  /** Read mode only: ISO 8601. */
  dateTimeCreated?: string;
  conversationId: string | null;
  composeType?: SimComposeType;
}

export interface SimNotification {
  type: "informationalMessage" | "errorMessage" | "progressIndicator" | "insightMessage";
  message: string;
  icon?: string;
  persistent?: boolean;
}

/** Office.Error as Office.js reports it. */
export interface SimOfficeError {
  code: number;
  name: string;
  message: string;
}

export interface SimTheme {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
}

export type FunctionCommandHandler = (event: {
  completed: (options?: { allowEvent?: boolean }) => void;
}) => void;

/**
 * What the page offers each add-in frame. Every call may throw a SimulatorCallError, which the
 * emulation reports as a failed AsyncResult, the way Office.js reports host failures.
 */
export interface SimulatorBridge {
  item(): ItemSnapshot | null;
  getBody(coercion: SimBodyType, fullBody: boolean): string;
  getBodyType(): SimBodyType;
  setSelectedData(data: string, coercion: SimBodyType): void;
  setSubject(subject: string): void;
  displayReplyForm(htmlBody: string, replyAll: boolean): void;
  replaceNotification(key: string, notification: SimNotification): void;
  removeNotification(key: string): void;
  notifications(): Array<SimNotification & { key: string }>;
  /** Consumes the "make the next Office call fail" switch. */
  takeInjectedFailure(): SimOfficeError | null;
  theme(): SimTheme;
  displayLanguage(): string;
  userProfile(): SimMailbox & { timeZone: string };
  /** Highest Mailbox requirement set the emulated client supports, e.g. "1.13". */
  mailboxRequirementSet(): string;
  associate(actionId: string, handler: FunctionCommandHandler): void;
  /**
   * Lets the page tell the frame about theme changes (Office.EventType.OfficeThemeChanged); the
   * listener answers false when the add-in registered no handler, so the page reloads it instead.
   */
  onThemeChanged(listener: (theme: SimTheme) => boolean): void;
  /** A pinned pane's item was replaced (Office.EventType.ItemChanged); same answer as above. */
  onItemChanged(listener: () => boolean): void;
}

export class SimulatorCallError extends Error {
  constructor(readonly officeError: SimOfficeError) {
    super(officeError.message);
    this.name = "SimulatorCallError";
  }
}

/**
 * The page and the frames are separate bundles with separate copies of the class, so an error
 * thrown across the window boundary is recognised by shape, not instanceof.
 */
export function officeErrorOf(error: unknown): SimOfficeError | null {
  if (!error || typeof error !== "object") return null;
  const candidate = (error as { name?: unknown; officeError?: unknown }).officeError;
  if ((error as { name?: unknown }).name !== "SimulatorCallError" || !candidate) return null;
  const { code, name, message } = candidate as SimOfficeError;
  return { code, name, message };
}

/**
 * Failures the emulation reports. 5001 and 2006 are Office.js common error codes; the others are
 * the simulator's own, named after the Outlook condition they stand for.
 */
export const OFFICE_ERRORS = {
  internal: { code: 5001, name: "Internal Error", message: "An internal error has occurred." },
  invalidDataFormat: {
    code: 2006,
    name: "Data Write Error",
    message: "The format of the specified data object is invalid.",
  },
  dataTooLarge: { code: 9000, name: "DataExceedsMaximumSize", message: "The data exceeds the maximum size." },
  invalidSelection: {
    code: 9016,
    name: "InvalidSelection",
    message: "The current selection isn't supported for this operation.",
  },
  settingsTooLarge: {
    code: 9057,
    name: "SettingsSizeExceeded",
    message: "The roaming settings exceed the 32 KB limit.",
  },
  tooManyCalls: {
    code: 9041,
    name: "TooManyConcurrentCalls",
    message: "Outlook on the web allows at most 3 asynchronous calls in flight.",
  },
  notAvailable: {
    code: 9040,
    name: "ApiNotAvailable",
    message: "This API isn't available in the current mode.",
  },
} satisfies Record<string, SimOfficeError>;
