import { AsyncCallRunner, optionsAndCallback, type CallOptions } from "./asyncCalls";
import { EmulatedRoamingSettings } from "./roamingSettings";
import {
  OFFICE_ERRORS,
  SimulatorCallError,
  type FunctionCommandHandler,
  type ItemSnapshot,
  type SimBodyType,
  type SimMailbox,
  type SimNotification,
  type SimTheme,
  type SimulatorBridge,
} from "./types";

/** Office.js caps setSelectedDataAsync at 1,000,000 characters. */
const MAX_INSERT_CHARS = 1_000_000;

export const ENUMS = {
  HostType: { Outlook: "Outlook" },
  PlatformType: { OfficeOnline: "OfficeOnline" },
  CoercionType: { Html: "html", Text: "text" },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  EventType: { ItemChanged: "olkItemSelectedChanged", OfficeThemeChanged: "officeThemeChanged" },
  MailboxEnums: {
    BodyMode: { FullBody: 0, HostConfig: 1 },
    BodyType: { Html: "html", Text: "text" },
    ComposeType: { Reply: "reply", NewMail: "newMail", Forward: "forward" },
    ItemType: { Message: "message", Appointment: "appointment" },
    ItemNotificationMessageType: {
      ProgressIndicator: "progressIndicator",
      InformationalMessage: "informationalMessage",
      ErrorMessage: "errorMessage",
      InsightMessage: "insightMessage",
    },
    RecipientType: {
      User: "user",
      ExternalUser: "externalUser",
      DistributionList: "distributionList",
      Other: "other",
    },
    SourceProperty: { Body: "body", Subject: "subject" },
  },
} as const;

export interface EmulationEnvironment {
  bridge: SimulatorBridge;
  storage: Pick<Storage, "getItem" | "setItem">;
  /** Identifies the add-in, so its roaming settings are its own. */
  addinId: string;
}

/** Copies what the page hands over, so the frame never holds objects from the page's realm. */
function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

function emailAddressDetails(mailbox: SimMailbox) {
  return {
    displayName: mailbox.displayName,
    emailAddress: mailbox.emailAddress,
    recipientType: ENUMS.MailboxEnums.RecipientType.User,
  };
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function requireCoercion(value: unknown): SimBodyType {
  if (value === "html" || value === "text") return value;
  throw new SimulatorCallError(OFFICE_ERRORS.invalidDataFormat);
}

/**
 * Builds the `Office` namespace for one add-in frame: the subset of Office.js the add-in uses,
 * with the shapes, enum values and async conventions of @types/office-js.
 */
export function createOffice(env: EmulationEnvironment) {
  const { bridge } = env;
  const calls = new AsyncCallRunner(() => bridge.takeInjectedFailure());
  const roaming = new EmulatedRoamingSettings(env.storage, `decision-ask-simulator:roaming:${env.addinId}`);
  const mailboxHandlers = new Map<string, Array<(event: unknown) => void>>();

  const asyncMethod =
    <T>(work: (options: CallOptions, ...leading: unknown[]) => T, leadingArgs = 0) =>
    (...args: unknown[]): void => {
      const leading = args.slice(0, leadingArgs);
      const { options, callback } = optionsAndCallback<T>(args.slice(leadingArgs));
      calls.run(options, callback, () => work(options, ...leading));
    };

  const notificationMessages = {
    addAsync: asyncMethod((_o, key, details) => {
      if (bridge.notifications().some((n) => n.key === key)) {
        throw new SimulatorCallError({
          ...OFFICE_ERRORS.internal,
          message: `Duplicate notification key: ${key}`,
        });
      }
      bridge.replaceNotification(String(key), clone(details as SimNotification));
    }, 2),
    replaceAsync: asyncMethod((_o, key, details) => {
      bridge.replaceNotification(String(key), clone(details as SimNotification));
    }, 2),
    removeAsync: asyncMethod((_o, key) => bridge.removeNotification(String(key)), 1),
    getAllAsync: asyncMethod(() => clone(bridge.notifications())),
  };

  const replyForm = (replyAll: boolean) => (formData: unknown) => {
    const htmlBody =
      typeof formData === "string"
        ? formData
        : String((formData as { htmlBody?: string } | null)?.htmlBody ?? "");
    bridge.displayReplyForm(htmlBody, replyAll);
  };

  function readItem(snapshot: ItemSnapshot) {
    return {
      itemType: ENUMS.MailboxEnums.ItemType.Message,
      itemId: snapshot.itemId,
      internetMessageId: snapshot.internetMessageId,
      conversationId: snapshot.conversationId,
      subject: snapshot.subject,
      normalizedSubject: snapshot.subject.replace(/^(?:(?:re|fw|fwd|aw|wg|tr):\s*){1,5}/i, ""),
      from: emailAddressDetails(snapshot.from),
      sender: emailAddressDetails(snapshot.from),
      to: snapshot.to.map(emailAddressDetails),
      cc: snapshot.cc.map(emailAddressDetails),
      dateTimeCreated: snapshot.dateTimeCreated ? new Date(snapshot.dateTimeCreated) : undefined,
      dateTimeModified: snapshot.dateTimeCreated ? new Date(snapshot.dateTimeCreated) : undefined,
      body: {
        getAsync: asyncMethod((options, coercion) => {
          return bridge.getBody(
            requireCoercion(coercion),
            options.bodyMode !== ENUMS.MailboxEnums.BodyMode.HostConfig,
          );
        }, 1),
      },
      displayReplyForm: replyForm(false),
      displayReplyAllForm: replyForm(true),
      displayReplyFormAsync: asyncMethod((_o, formData) => replyForm(false)(formData), 1),
      displayReplyAllFormAsync: asyncMethod((_o, formData) => replyForm(true)(formData), 1),
      notificationMessages,
    };
  }

  function composeItem(snapshot: ItemSnapshot) {
    const recipients = (pick: (item: ItemSnapshot) => SimMailbox[]) => ({
      getAsync: asyncMethod(() => pick(clone(bridge.item() ?? snapshot)).map(emailAddressDetails)),
    });
    return {
      itemType: ENUMS.MailboxEnums.ItemType.Message,
      conversationId: snapshot.conversationId,
      subject: {
        getAsync: asyncMethod(() => (bridge.item() ?? snapshot).subject),
        setAsync: asyncMethod((_o, subject) => bridge.setSubject(String(subject)), 1),
      },
      from: { getAsync: asyncMethod(() => emailAddressDetails(clone(snapshot.from))) },
      to: recipients((item) => item.to),
      cc: recipients((item) => item.cc),
      getComposeTypeAsync: asyncMethod(() => ({
        composeType: snapshot.composeType ?? ENUMS.MailboxEnums.ComposeType.NewMail,
        coercionType: bridge.getBodyType(),
      })),
      body: {
        // Outlook's default (HostConfig) leaves out the quoted thread of a reply when the mailbox
        // shows conversations; only FullBody is sure to return it.
        getAsync: asyncMethod(
          (options, coercion) =>
            bridge.getBody(
              requireCoercion(coercion),
              options.bodyMode === ENUMS.MailboxEnums.BodyMode.FullBody,
            ),
          1,
        ),
        getTypeAsync: asyncMethod(() => bridge.getBodyType()),
        setSelectedDataAsync: asyncMethod((options, data) => {
          const text = String(data ?? "");
          if (text.length > MAX_INSERT_CHARS) throw new SimulatorCallError(OFFICE_ERRORS.dataTooLarge);
          const coercion =
            options.coercionType === undefined ? "text" : requireCoercion(options.coercionType);
          bridge.setSelectedData(text, coercion);
        }, 1),
      },
      notificationMessages,
    };
  }

  // A pinned pane keeps its frame while the rep moves on, so the item is looked up on each read.
  let shown: {
    id: string | null;
    item: ReturnType<typeof readItem> | ReturnType<typeof composeItem> | null;
  } = {
    id: null,
    item: null,
  };
  const currentItem = () => {
    const snapshot = bridge.item();
    const id = snapshot?.surfaceId ?? null;
    if (id !== shown.id || (snapshot && !shown.item)) {
      const item = snapshot
        ? snapshot.mode === "read"
          ? readItem(clone(snapshot))
          : composeItem(clone(snapshot))
        : null;
      shown = { id, item };
    }
    return shown.item;
  };
  const profile = clone(bridge.userProfile());

  const dispatch = (eventType: string, event: Record<string, unknown>) => {
    const handlers = mailboxHandlers.get(eventType) ?? [];
    for (const handler of handlers) handler({ type: eventType, ...event });
    return handlers.length > 0;
  };
  const registered = new Set<string>();
  /** The page learns of a frame's interest in an event only once the add-in asks for it. */
  const subscribe = (eventType: string) => {
    if (registered.has(eventType)) return;
    registered.add(eventType);
    if (eventType === ENUMS.EventType.OfficeThemeChanged) {
      bridge.onThemeChanged((theme) => dispatch(eventType, { officeTheme: clone(theme) }));
    } else if (eventType === ENUMS.EventType.ItemChanged) {
      bridge.onItemChanged(() => dispatch(eventType, {}));
    }
  };

  const mailbox = {
    get item() {
      return currentItem();
    },
    userProfile: {
      displayName: profile.displayName,
      emailAddress: profile.emailAddress,
      timeZone: profile.timeZone,
      accountType: "enterprise",
    },
    diagnostics: { hostName: "OutlookWebApp", hostVersion: "simulator", OWAView: "ThreeColumn" },
    addHandlerAsync: asyncMethod((_o, eventType, handler) => {
      const list = mailboxHandlers.get(String(eventType)) ?? [];
      list.push(handler as (event: unknown) => void);
      mailboxHandlers.set(String(eventType), list);
      subscribe(String(eventType));
    }, 2),
    removeHandlerAsync: asyncMethod((_o, eventType) => {
      mailboxHandlers.delete(String(eventType));
    }, 1),
  };

  const context = {
    host: ENUMS.HostType.Outlook,
    platform: ENUMS.PlatformType.OfficeOnline,
    diagnostics: {
      host: ENUMS.HostType.Outlook,
      platform: ENUMS.PlatformType.OfficeOnline,
      version: "simulator",
    },
    get displayLanguage() {
      return bridge.displayLanguage();
    },
    get contentLanguage() {
      return bridge.displayLanguage();
    },
    get officeTheme(): SimTheme {
      return clone(bridge.theme());
    },
    requirements: {
      isSetSupported(name: string, minVersion?: string | number): boolean {
        if (name.toLowerCase() !== "mailbox") return false;
        return compareVersions(bridge.mailboxRequirementSet(), String(minVersion ?? "1.1")) >= 0;
      },
    },
    roamingSettings: {
      get: (name: string) => clone(roaming.get(name)),
      set: (name: string, value: unknown) => roaming.set(name, value),
      remove: (name: string) => roaming.remove(name),
      saveAsync: asyncMethod(() => roaming.persist()),
    },
    mailbox,
  };

  let resolveReady: (info: { host: string; platform: string }) => void = () => undefined;
  const ready = new Promise<{ host: string; platform: string }>((resolve) => (resolveReady = resolve));

  const office = {
    ...ENUMS,
    context,
    initialize: undefined as undefined | ((reason: string) => void),
    onReady(callback?: (info: { host: string; platform: string }) => void) {
      return ready.then((info) => {
        callback?.(info);
        return info;
      });
    },
    actions: {
      associate(actionId: string, handler: FunctionCommandHandler) {
        bridge.associate(actionId, handler);
      },
    },
  };

  /** Office.js initializes after the page's scripts have run; so does the emulation. */
  function start(): void {
    setTimeout(() => {
      office.initialize?.("");
      resolveReady({ host: ENUMS.HostType.Outlook, platform: ENUMS.PlatformType.OfficeOnline });
    }, 0);
  }

  return { office, start };
}

export type EmulatedOffice = ReturnType<typeof createOffice>["office"];
