import type { Preview } from "../hooks/useReplyDraft";
import type { DecisionTypeOption } from "../services";
import { formatPaneDate } from "../paneDates";
import { usePaneStyles } from "../styles";

/**
 * Screen readers hear a one-line summary when the drafted ask changes, not the whole reply
 * re-read on every edit.
 */
export function PreviewAnnouncer({
  preview,
  decisionTypes,
  locale,
}: {
  preview: Preview | null;
  decisionTypes: readonly DecisionTypeOption[];
  locale: string;
}) {
  const styles = usePaneStyles();
  let summary = "";
  if (preview?.kind === "draft") {
    const { decision, decisionDate } = preview.draft;
    const label = decisionTypes.find((option) => option.id === decision)?.label ?? decision;
    summary = `Reply updated: ${label}, decision by ${formatPaneDate(decisionDate, locale, "long")}.`;
  } else if (preview?.kind === "failed") {
    summary = "The reply could not be drafted with this template.";
  }
  return (
    <p role="status" aria-live="polite" className={styles.visuallyHidden}>
      {summary}
    </p>
  );
}
