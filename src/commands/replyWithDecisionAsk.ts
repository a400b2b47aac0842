import { nothingFoundMessage } from "./commandMessages";
import { draftDefaultReply } from "./defaultReply";
import type { CommandServices } from "./services";

/**
 * Read mode: opens Outlook's reply form already holding the default decision ask; the rep
 * reads it over and sends. When nothing is detected it says so and opens nothing.
 */
export async function replyWithDecisionAsk(services: CommandServices): Promise<void> {
  const { host } = services;
  const reply = await draftDefaultReply(services);
  if (reply.kind === "nothing") {
    await host.notify("info", nothingFoundMessage(reply.reason, "opened"));
    return;
  }
  await host.openReplyForm({ html: reply.draft.html });
}
