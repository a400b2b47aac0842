import { Component, type ReactNode } from "react";
import { ReadErrorState } from "./PaneStates";

interface PaneErrorBoundaryProps {
  children: ReactNode;
  /** Starts the pane over; the email itself is untouched, so nothing of the rep's is lost there. */
  onRestart(): void;
}

/** A fault in the pane shows a way out instead of a blank panel. */
export class PaneErrorBoundary extends Component<PaneErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <ReadErrorState
        message="Decision Ask ran into a problem. Your email is unchanged; start again to draft the reply."
        onRetry={() => {
          this.setState({ failed: false });
          this.props.onRestart();
        }}
      />
    );
  }
}
