import type { MailHost } from "../host/mailHost";
import { failureMessage } from "./commandMessages";
import type { CommandServices } from "./services";

/** The part of Office.AddinCommands.Event a command uses. */
export interface CommandEvent {
  completed(): void;
}

/**
 * Runs one command to the end, whatever happens: a failure is shown to the rep as an error
 * notification, and event.completed() is always called so Outlook does not report the add-in
 * as not responding. `services` is built inside, so a host that cannot start is reported too.
 */
export async function runCommand(
  event: CommandEvent,
  services: () => CommandServices,
  command: (services: CommandServices) => Promise<void>,
): Promise<void> {
  let host: MailHost | undefined;
  try {
    const built = services();
    host = built.host;
    await command(built);
  } catch (error) {
    await host?.notify("error", failureMessage(error)).catch(() => undefined);
  } finally {
    event.completed();
  }
}
