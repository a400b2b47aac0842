import { HostError, type RoamingStore } from "../mailHost";
import { FAILURES } from "./hostMessages";
import { describeThrown, type OfficeCaller } from "./officeCalls";

/** Outlook keeps at most 32 KB of roaming settings per user and add-in. */
export const ROAMING_LIMIT_BYTES = 32 * 1024;

/**
 * The one roaming setting that holds all of Decision Ask's settings. Office.js cannot list the
 * settings it holds, so keeping them in one record is what lets the store measure the whole
 * size before saving rather than learn about the limit from a failed save.
 */
export const SETTINGS_CONTAINER = "decisionAsk";

type Settings = Record<string, unknown>;

export class OfficeRoamingStore implements RoamingStore {
  /** Saves run one after another, so a failed save can put back exactly what it replaced. */
  private saving: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly office: typeof Office,
    private readonly caller: OfficeCaller,
  ) {}

  get<T>(key: string): T | undefined {
    const value = this.all()[key];
    // A copy, so a caller mutating what it read cannot change what the next save writes.
    return value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as T);
  }

  set(key: string, value: unknown): Promise<void> {
    return this.update((settings) => ({ ...settings, [key]: asJson(value) }));
  }

  remove(key: string): Promise<void> {
    return this.update((settings) => {
      const next = { ...settings };
      delete next[key];
      return next;
    });
  }

  private update(change: (settings: Settings) => Settings): Promise<void> {
    const run = this.saving.then(() => this.save(change(this.all())));
    this.saving = run.catch(() => undefined);
    return run;
  }

  private async save(next: Settings): Promise<void> {
    const size = new TextEncoder().encode(JSON.stringify({ [SETTINGS_CONTAINER]: next })).length;
    if (size > ROAMING_LIMIT_BYTES) {
      throw new HostError(
        FAILURES.settingsTooLarge.code,
        FAILURES.settingsTooLarge.message,
        `${size} bytes > ${ROAMING_LIMIT_BYTES}`,
      );
    }
    const roaming = this.roaming();
    const previous: unknown = roaming.get(SETTINGS_CONTAINER);
    roaming.set(SETTINGS_CONTAINER, next);
    try {
      await this.caller.call<void>(FAILURES.settingsSave, (callback) => roaming.saveAsync(callback));
    } catch (error) {
      // Put the in-memory copy back, or the next successful save would write this change after all.
      if (previous === undefined) roaming.remove(SETTINGS_CONTAINER);
      else roaming.set(SETTINGS_CONTAINER, previous);
      throw error;
    }
  }

  private all(): Settings {
    const value: unknown = this.roaming().get(SETTINGS_CONTAINER);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Settings) : {};
  }

  private roaming(): Office.RoamingSettings {
    const roaming = this.office.context?.roamingSettings;
    if (!roaming) {
      throw new HostError(
        FAILURES.settingsSave.code,
        FAILURES.settingsSave.message,
        "roamingSettings is missing",
      );
    }
    return roaming;
  }
}

/** Roaming settings hold JSON: what cannot round-trip through it is refused before anything changes. */
function asJson(value: unknown): unknown {
  try {
    const json = JSON.stringify(value);
    return json === undefined ? null : (JSON.parse(json) as unknown);
  } catch (error) {
    throw new HostError(FAILURES.settingsSave.code, FAILURES.settingsSave.message, describeThrown(error));
  }
}
