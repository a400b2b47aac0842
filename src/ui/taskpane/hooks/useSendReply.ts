import { useCallback, useRef, useState } from "react";
import type { Draft } from "../../../core/draft";
import { HostError } from "../../../host/mailHost";
import type { PaneServices } from "../services";

export type SendStatus =
  | { state: "idle" }
  | { state: "sending" }
  | { state: "sent"; message: string }
  | { state: "failed"; message: string };

/**
 * Compose inserts at the cursor, so the rep's text and the quoted thread stay as they are; read
 * mode opens a reply form holding the draft. Failures leave every edit in place to try again.
 */
export function useSendReply(services: PaneServices): { status: SendStatus; send(build: () => Draft): void } {
  const [status, setStatus] = useState<SendStatus>({ state: "idle" });
  const sending = useRef(false);

  const send = useCallback(
    (build: () => Draft) => {
      if (sending.current) return;
      sending.current = true;
      setStatus({ state: "sending" });
      deliver(services, build)
        .then(
          (message) => setStatus({ state: "sent", message }),
          (error: unknown) => setStatus({ state: "failed", message: sendFailureMessage(error) }),
        )
        .finally(() => {
          sending.current = false;
        });
    },
    [services],
  );

  return { status, send };
}

async function deliver(services: PaneServices, build: () => Draft): Promise<string> {
  const draft = build();
  const html = services.sanitize(draft.html);
  if (services.host.mode === "compose") {
    await services.host.insertAtCursor({ html, text: draft.text });
    return "Reply inserted at your cursor. Read it over before you send.";
  }
  await services.host.openReplyForm({ html });
  return "Reply opened with your decision ask. Read it over before you send.";
}

function sendFailureMessage(error: unknown): string {
  if (error instanceof HostError) return error.message;
  const reason = error instanceof Error ? ` ${error.message}` : "";
  return `The reply could not be drafted.${reason} Your edits are kept; try again.`;
}
