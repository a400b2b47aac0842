import { useCallback, useEffect, useState } from "react";
import type { Analysis, DetectedLanguage } from "../../../core/types";
import type { ReplyTemplate } from "../../../core/templates";
import { InputError } from "../../../core/errors";
import { HostError, type HostItem } from "../../../host/mailHost";
import type { PaneServices } from "../services";
import { findProspect } from "../../../core/email/sender";
import { recallConversation, rememberConversation } from "../conversationMemory";

/**
 * - "message": the prospect's message was read from the item.
 * - "remembered": a compose draft without the quoted message, using what the pane read of the
 *   same conversation in read mode.
 * - "none": a compose draft with nothing to go on; the rep says what was asked for.
 */
export type AnalysisSource = "message" | "remembered" | "none";

export type ItemAnalysisState =
  | { status: "loading" }
  | { status: "error"; message: string }
  | {
      status: "ready";
      item: HostItem;
      analysis: Analysis;
      source: AnalysisSource;
      /** The message's language, when what reads it could not be downloaded. */
      languageNotLoaded?: DetectedLanguage;
      /** Built-in templates in the message's language, downloaded with it. */
      languageTemplates?: readonly ReplyTemplate[];
    };

export function useItemAnalysis(services: PaneServices): ItemAnalysisState & { retry(): void } {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<ItemAnalysisState>({ status: "loading" });

  useEffect(() => {
    let current = true;
    setState({ status: "loading" });
    loadAnalysis(services).then(
      (loaded) => current && setState(loaded),
      (error: unknown) => current && setState({ status: "error", message: readFailureMessage(error) }),
    );
    return () => {
      current = false;
    };
  }, [services, attempt]);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  // A pinned pane stays open while the rep moves to another email; it must not answer the old one.
  useEffect(() => services.host.onItemChanged?.(retry), [services, retry]);
  return { ...state, retry };
}

async function loadAnalysis(services: PaneServices): Promise<ItemAnalysisState> {
  const { host } = services;
  const item = await host.readItem();
  const { analysis, languageNotLoaded, templates: languageTemplates } = await services.analyze(item);
  const { conversationId } = item;
  if (analysis.message.found) {
    // A reading that missed requests for want of its language is not worth remembering.
    if (host.mode === "read" && conversationId && !languageNotLoaded) {
      // The memory only helps a later compose draft; failing to save must not disturb this one.
      rememberConversation(host.settings, conversationId, analysis).catch(() => undefined);
    }
    return { status: "ready", item, analysis, source: "message", languageNotLoaded, languageTemplates };
  }
  const remembered = conversationId ? recallConversation(host.settings, conversationId) : null;
  if (remembered) return { status: "ready", item, analysis: remembered, source: "remembered" };
  return { status: "ready", item, analysis: addressedTo(analysis, item), source: "none" };
}

/** With no message to read, the draft's first recipient is still who the reply greets. */
function addressedTo(analysis: Analysis, item: HostItem): Analysis {
  const recipient = item.to?.[0];
  if (!recipient) return analysis;
  const sender = findProspect({ from: recipient, signature: "", me: item.me });
  return { ...analysis, message: { ...analysis.message, sender } };
}

function readFailureMessage(error: unknown): string {
  if (error instanceof HostError || error instanceof InputError) return error.message;
  return "Decision Ask could not read this email. Try again, or reopen the email.";
}
