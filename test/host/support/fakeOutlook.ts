import { OfficeMockObject } from "office-addin-mock";

// office-addin-mock needs only the OfficeApp enum from office-addin-manifest, whose other
// dependencies ship ES modules jest does not load; the enum is all it gets here.
jest.mock("office-addin-manifest", () => ({
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
}));

/**
 * An Outlook mailbox for the adapter's tests, built on office-addin-mock. The compose body is a
 * string with a selection, so an insertion can be checked byte for byte; every method records
 * its calls and can be made to fail the way Office.js fails (a failed AsyncResult) or to throw.
 */

export type Method =
  | "body.getAsync"
  | "body.getTypeAsync"
  | "body.setSelectedDataAsync"
  | "body.setAsync"
  | "body.prependAsync"
  | "subject.getAsync"
  | "to.getAsync"
  | "getComposeTypeAsync"
  | "displayReplyFormAsync"
  | "displayReplyAllFormAsync"
  | "displayReplyForm"
  | "displayReplyAllForm"
  | "notificationMessages.replaceAsync"
  | "roamingSettings.saveAsync"
  | "mailbox.addHandlerAsync"
  | "mailbox.removeHandlerAsync";

export interface OfficeErrorLike {
  code: number;
  name: string;
  message: string;
}

export const INTERNAL_ERROR: OfficeErrorLike = {
  code: 5001,
  name: "Internal Error",
  message: "An internal error has occurred.",
};

export interface Mailbox {
  displayName: string;
  emailAddress: string;
}

export interface FakeOutlookOptions {
  mode: "read" | "compose";
  bodyType?: "html" | "text";
  /** The body as the client holds it. */
  body?: string;
  /** Compose: [start, end) of the rep's selection; a plain cursor when start === end. */
  selection?: [number, number];
  subject?: string;
  from?: Mailbox;
  sender?: Mailbox;
  to?: Mailbox[];
  /** Read mode: the message's Cc line. */
  cc?: Mailbox[];
  dateTimeCreated?: Date;
  conversationId?: string;
  composeType?: "newMail" | "reply" | "forward";
  /** Highest Mailbox requirement set the client supports. */
  mailboxVersion?: string;
  /** Whether the client ships Office.MailboxEnums.BodyMode. */
  bodyModeEnum?: boolean;
  officeTheme?: {
    bodyBackgroundColor: string;
    bodyForegroundColor: string;
    controlBackgroundColor: string;
    controlForegroundColor: string;
  };
  displayLanguage?: string;
  userProfile?: Mailbox;
  roaming?: Record<string, unknown>;
  /** Methods whose AsyncResult reports failure. */
  fail?: Partial<Record<Method, OfficeErrorLike>>;
  /** Methods that throw when called (as missing or broken client APIs do). */
  throws?: Partial<Record<Method, Error>>;
}

export interface Call {
  method: Method;
  args: unknown[];
}

type Callback = (result: { status: string; value?: unknown; error?: OfficeErrorLike }) => void;

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function fakeOutlook(options: FakeOutlookOptions) {
  const state = {
    body: options.body ?? "",
    selection: options.selection ?? [0, 0],
    roaming: { ...(options.roaming ?? {}) } as Record<string, unknown>,
    savedRoaming: JSON.parse(JSON.stringify(options.roaming ?? {})) as Record<string, unknown>,
    notifications: new Map<string, Record<string, unknown>>(),
    replyForms: [] as Array<{ replyAll: boolean; formData: unknown }>,
    handlers: new Map<string, (event: unknown) => void>(),
  };
  const calls: Call[] = [];
  /** Async calls started and not yet answered, to check the adapter's limit of three. */
  const flight = { now: 0, max: 0 };

  /** Office.js never calls back synchronously; neither does the fake. */
  const asyncMethod =
    (method: Method, work: (args: unknown[]) => unknown) =>
    (...args: unknown[]) => {
      calls.push({ method, args });
      const thrown = options.throws?.[method];
      if (thrown) throw thrown;
      const callback = [...args].reverse().find((a) => typeof a === "function") as Callback | undefined;
      flight.now += 1;
      flight.max = Math.max(flight.max, flight.now);
      setTimeout(() => {
        flight.now -= 1;
        const error = options.fail?.[method];
        if (error) return callback?.({ status: "failed", error });
        callback?.({ status: "succeeded", value: work(args) });
      }, 0);
    };
  const syncMethod =
    (method: Method, work: (args: unknown[]) => void) =>
    (...args: unknown[]) => {
      calls.push({ method, args });
      const thrown = options.throws?.[method];
      if (thrown) throw thrown;
      work(args);
    };

  const bodyType = options.bodyType ?? "html";
  const notificationMessages = {
    replaceAsync: asyncMethod("notificationMessages.replaceAsync", ([key, details]) => {
      state.notifications.set(String(key), details as Record<string, unknown>);
    }),
  };
  const replyForm = (replyAll: boolean) => (args: unknown[]) => {
    state.replyForms.push({ replyAll, formData: args[0] });
  };

  const readItem = {
    subject: options.subject ?? "",
    ...(options.from ? { from: options.from } : {}),
    ...(options.sender ? { sender: options.sender } : {}),
    to: options.to ?? [],
    cc: options.cc ?? [],
    ...(options.dateTimeCreated ? { dateTimeCreated: options.dateTimeCreated } : {}),
    ...(options.conversationId ? { conversationId: options.conversationId } : {}),
    body: { getAsync: asyncMethod("body.getAsync", () => state.body) },
    displayReplyForm: syncMethod("displayReplyForm", replyForm(false)),
    displayReplyAllForm: syncMethod("displayReplyAllForm", replyForm(true)),
    displayReplyFormAsync: asyncMethod("displayReplyFormAsync", replyForm(false)),
    displayReplyAllFormAsync: asyncMethod("displayReplyAllFormAsync", replyForm(true)),
    notificationMessages,
  };

  const composeItem = {
    subject: { getAsync: asyncMethod("subject.getAsync", () => options.subject ?? "") },
    to: { getAsync: asyncMethod("to.getAsync", () => options.to ?? []) },
    ...(options.conversationId ? { conversationId: options.conversationId } : {}),
    getComposeTypeAsync: asyncMethod("getComposeTypeAsync", () => ({
      composeType: options.composeType ?? "newMail",
      coercionType: bodyType,
    })),
    body: {
      getAsync: asyncMethod("body.getAsync", () => state.body),
      getTypeAsync: asyncMethod("body.getTypeAsync", () => bodyType),
      setSelectedDataAsync: asyncMethod("body.setSelectedDataAsync", ([data]) => {
        const [start, end] = state.selection;
        state.body = state.body.slice(0, start) + String(data) + state.body.slice(end);
        const cursor = start + String(data).length;
        state.selection = [cursor, cursor];
      }),
      setAsync: asyncMethod("body.setAsync", ([data]) => {
        state.body = String(data);
      }),
      prependAsync: asyncMethod("body.prependAsync", ([data]) => {
        state.body = String(data) + state.body;
      }),
    },
    notificationMessages,
  };

  const mailboxVersion = options.mailboxVersion ?? "1.14";
  const data = {
    host: "outlook",
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    CoercionType: { Html: "html", Text: "text" },
    EventType: { ItemChanged: "olkItemSelectedChanged", OfficeThemeChanged: "officeThemeChanged" },
    MailboxEnums: {
      ...(options.bodyModeEnum === false ? {} : { BodyMode: { FullBody: 0, HostConfig: 1 } }),
      ItemNotificationMessageType: {
        ProgressIndicator: "progressIndicator",
        InformationalMessage: "informationalMessage",
        ErrorMessage: "errorMessage",
      },
    },
    context: {
      displayLanguage: options.displayLanguage ?? "en-US",
      ...(options.officeTheme ? { officeTheme: options.officeTheme } : {}),
      requirements: {
        isSetSupported: (name: string, version?: string) =>
          name === "Mailbox" && compareVersions(mailboxVersion, String(version ?? "1.1")) >= 0,
      },
      roamingSettings: {
        get: (name: string) => state.roaming[name],
        set: (name: string, value: unknown) => {
          state.roaming[name] = value;
        },
        remove: (name: string) => {
          delete state.roaming[name];
        },
        saveAsync: asyncMethod("roamingSettings.saveAsync", () => {
          state.savedRoaming = JSON.parse(JSON.stringify(state.roaming)) as Record<string, unknown>;
        }),
      },
      mailbox: {
        item: options.mode === "read" ? readItem : composeItem,
        addHandlerAsync: asyncMethod("mailbox.addHandlerAsync", ([type, handler]) => {
          state.handlers.set(String(type), handler as (event: unknown) => void);
        }),
        removeHandlerAsync: asyncMethod("mailbox.removeHandlerAsync", ([type]) => {
          state.handlers.delete(String(type));
        }),
        userProfile: options.userProfile ?? { displayName: "Sam Rivera", emailAddress: "sam@vendor.example" },
      },
    },
  };
  const office = new OfficeMockObject(data) as unknown as typeof Office;
  return {
    office,
    state,
    calls,
    flight,
    /** Outlook raising a mailbox event. */
    fire: (type: string, event: unknown = { type }) => state.handlers.get(type)?.(event),
    called: (method: Method) => calls.filter((c) => c.method === method),
  };
}
