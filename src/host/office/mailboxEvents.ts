import type { OfficeCaller } from "./officeCalls";

const REGISTER_FAILURE = {
  code: "unavailable",
  message: "Outlook couldn't tell Decision Ask about changes; reopen the pane if it shows an old email.",
} as const;

/**
 * Mailbox events (ItemChanged, OfficeThemeChanged) for any number of listeners. Office.js
 * removes every handler of a type at once, so the adapter keeps one Office handler per type
 * and registers it with the first listener and removes it after the last one leaves.
 */
export class MailboxEvents {
  private readonly listeners = new Map<Office.EventType, Set<(event: unknown) => void>>();

  constructor(
    private readonly office: typeof Office,
    private readonly caller: OfficeCaller,
  ) {}

  listen(eventType: Office.EventType, listener: (event: unknown) => void): () => void {
    let set = this.listeners.get(eventType);
    if (!set) {
      const created = new Set<(event: unknown) => void>();
      set = created;
      this.listeners.set(eventType, created);
      // A failed registration only means no updates: the pane still works on the item it read.
      this.caller
        .call<void>(REGISTER_FAILURE, (callback) =>
          this.office.context.mailbox.addHandlerAsync(
            eventType,
            (event: unknown) => [...created].forEach((l) => l(event)),
            callback,
          ),
        )
        .catch(() => undefined);
    }
    const active = set;
    active.add(listener);
    return () => {
      if (!active.delete(listener) || active.size > 0) return;
      this.listeners.delete(eventType);
      this.caller
        .call<void>(REGISTER_FAILURE, (callback) =>
          this.office.context.mailbox.removeHandlerAsync(eventType, callback),
        )
        .catch(() => undefined);
    };
  }
}
