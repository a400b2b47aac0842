import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Analysis, DetectedLanguage, Language } from "../../../core/types";
import type { AnalysisSource } from "../hooks/useItemAnalysis";

const LANGUAGE_NAMES: Record<Language, string> = {
  en: "English",
  de: "German",
  fr: "French",
  es: "Spanish",
  pt: "Portuguese",
  it: "Italian",
  nl: "Dutch",
};

interface AnalysisNotesProps {
  source: AnalysisSource;
  analysis: Analysis;
  /** The message's language, when what reads it could not be downloaded. */
  languageNotLoaded?: DetectedLanguage;
}

/** Says what the pane could not read, so the rep knows what to check before sending. */
export function AnalysisNotes({ source, analysis, languageNotLoaded }: AnalysisNotesProps) {
  const notes: { key: string; intent: "info" | "warning"; text: string }[] = [];
  if (languageNotLoaded) {
    const what =
      languageNotLoaded === "unknown"
        ? "support for other languages"
        : `${LANGUAGE_NAMES[languageNotLoaded]} language support`;
    notes.push({
      key: "language-not-loaded",
      intent: "warning",
      text: `Couldn't download ${what} (check your connection), so requests in their message may be missed. Check what they asked for below; reopen the pane to try again.`,
    });
  }
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
