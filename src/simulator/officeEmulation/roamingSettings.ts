import { OFFICE_ERRORS, SimulatorCallError } from "./types";

/** Outlook keeps at most 32 KB of roaming settings per user and add-in. */
export const ROAMING_SETTINGS_LIMIT = 32 * 1024;

/**
 * Office.context.roamingSettings over localStorage: set/get/remove work on a local copy and
 * only saveAsync persists it, as in Outlook.
 */
export class EmulatedRoamingSettings {
  private values: Record<string, unknown>;

  constructor(
    private readonly storage: Pick<Storage, "getItem" | "setItem">,
    private readonly storageKey: string,
  ) {
    this.values = readStored(storage, storageKey);
  }

  get(name: string): unknown {
    return this.values[name];
  }

  set(name: string, value: unknown): void {
    this.values[name] = JSON.parse(JSON.stringify(value ?? null));
  }

  remove(name: string): void {
    delete this.values[name];
  }

  /** Throws SimulatorCallError when the settings exceed Outlook's limit; nothing is saved then. */
  persist(): void {
    const json = JSON.stringify(this.values);
    if (new TextEncoder().encode(json).length > ROAMING_SETTINGS_LIMIT) {
      throw new SimulatorCallError(OFFICE_ERRORS.settingsTooLarge);
    }
    this.storage.setItem(this.storageKey, json);
  }
}

function readStored(storage: Pick<Storage, "getItem">, key: string): Record<string, unknown> {
  const raw = storage.getItem(key);
  if (!raw) return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    return parsed && typeof parsed === "object" && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}
