/**
 * Input the core cannot work with (empty, binary, not an email). The message is written for
 * the rep and is shown as it is by the CLI and the task pane.
 */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}
