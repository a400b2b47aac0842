import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import { usePaneStyles } from "../styles";

export function LoadingState() {
  const styles = usePaneStyles();
  return (
    <main className={styles.centered}>
      <Spinner label="Reading the email…" labelPosition="below" />
    </main>
  );
}

export function ReadErrorState({ message, onRetry }: { message: string; onRetry(): void }) {
  const styles = usePaneStyles();
  return (
    <main className={styles.pane}>
      <h1 className={styles.heading1}>Decision Ask</h1>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Could not read this email.</MessageBarTitle>
          {message}
        </MessageBarBody>
      </MessageBar>
      <Button appearance="primary" onClick={onRetry}>
        Retry
      </Button>
    </main>
  );
}
