import { useEffect, useRef } from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Preview } from "../hooks/useReplyDraft";
import { usePreviewStyles } from "../styles";

/** The drafted reply exactly as it will be inserted; its HTML has been through the sanitizer. */
export function ReplyPreview({ preview }: { preview: Preview | null }) {
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
  return <ReplyHtml html={preview.html} />;
}

/**
 * A link in the reply is for the prospect. Followed in the pane, it would navigate the pane
 * away and lose the rep's edits, so links here are shown but neither followed nor tab stops.
 */
function ReplyHtml({ html }: { html: string }) {
  const styles = usePreviewStyles();
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    container.current?.querySelectorAll("a").forEach((link) => link.setAttribute("tabindex", "-1"));
  }, [html]);
  return (
    <div
      ref={container}
      className={styles.reply}
      onClick={(event) => {
        if (event.target instanceof Element && event.target.closest("a")) event.preventDefault();
      }}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
