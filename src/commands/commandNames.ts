/**
 * The function names manifest.xml gives its ExecuteFunction buttons; each is bound to its
 * handler with Office.actions.associate in commands.ts (a manifest test checks they agree).
 */
export const COMMAND_FUNCTIONS = {
  insert: "insertDecisionAsk",
  reply: "replyWithDecisionAsk",
} as const;
