import type { ProspectMessage } from "../../../core/types";
import { usePaneStyles } from "../styles";

/** Who the reply is for, so the rep sees at once that the pane read the right message. */
export function ProspectHeader({ message }: { message: ProspectMessage }) {
  const styles = usePaneStyles();
  const { sender, subject } = message;
  const title = sender.name || sender.email || "Decision Ask";
  const details = [sender.company, subject].filter(Boolean);
  return (
    <header>
      <h1 className={styles.heading1}>{title}</h1>
      {details.length > 0 && <p className={styles.secondary}>{details.join(" · ")}</p>}
    </header>
  );
}
