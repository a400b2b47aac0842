import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Preview } from "../hooks/useReplyDraft";
import { usePreviewStyles } from "../styles";

/** The drafted reply exactly as it will be inserted; its HTML has been through the sanitizer. */
export function ReplyPreview({ preview }: { preview: Preview | null }) {
  const styles = usePreviewStyles();
  if (preview === null) {
    return <p>Add a request to see the reply.</p>;
  }
  if (preview.kind === "failed") {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{preview.message}</MessageBarBody>
      </MessageBar>
    );
  }
  return <div className={styles.reply} dangerouslySetInnerHTML={{ __html: preview.html }} />;
}
