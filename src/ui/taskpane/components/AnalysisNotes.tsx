import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Analysis } from "../../../core/types";
import type { AnalysisSource } from "../hooks/useItemAnalysis";

/** Says what the pane could not read, so the rep knows what to check before sending. */
export function AnalysisNotes({ source, analysis }: { source: AnalysisSource; analysis: Analysis }) {
  const notes: { key: string; intent: "info" | "warning"; text: string }[] = [];
  if (source === "none") {
    notes.push({
      key: "no-message",
      intent: "warning",
      text: "This draft doesn't include the prospect's message. Add what they asked for: pick the type and describe the item.",
    });
  } else {
    if (source === "remembered") {
      notes.push({
        key: "remembered",
        intent: "info",
        text: "This draft doesn't include their message, so these requests come from when you read it.",
      });
    }
    if (analysis.requests.length === 0) {
      notes.push({
        key: "no-requests",
        intent: "info",
        text: "No request found in their message. If they asked for something, add it below.",
      });
    }
    if (analysis.message.language === "unknown") {
      notes.push({
        key: "language",
        intent: "info",
        text: "Couldn't tell which language their message is in, so the reply is in English.",
      });
    }
  }
  return (
    <>
      {notes.map((note) => (
        <MessageBar key={note.key} intent={note.intent} layout="multiline">
          <MessageBarBody>{note.text}</MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}
