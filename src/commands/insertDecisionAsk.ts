import { insertedMessage, nothingFoundMessage } from "./commandMessages";
import { draftDefaultReply } from "./defaultReply";
import type { CommandServices } from "./services";

/**
 * Compose: inserts the default decision ask at the rep's cursor and says what it inserted.
 * When nothing is detected it says so and leaves the draft alone.
 */
export async function insertDecisionAsk(services: CommandServices): Promise<void> {
  const { host } = services;
  const reply = await draftDefaultReply(services);
  if (reply.kind === "nothing") {
    await host.notify("info", nothingFoundMessage(reply.reason, "inserted"));
    return;
  }
  const { draft } = reply;
  await host.insertAtCursor({ html: draft.html, text: draft.text });
  await host.notify(
    "info",
    insertedMessage(
      draft.requests.map((r) => r.item),
      draft.decisionDate,
      host.displayLanguage(),
    ),
  );
}
