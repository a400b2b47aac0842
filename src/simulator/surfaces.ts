import type { ComposeEditor } from "./composeEditor";
import type { SimMessage } from "./messages";
import type { SimComposeType, SimMailbox, SimNotification } from "./officeEmulation/types";

/** What the item area shows: a received message, or a draft being written. */
export type Surface = ReadSurface | ComposeSurface;

export interface ReadSurface {
  kind: "read";
  message: SimMessage;
  notifications: Map<string, SimNotification>;
}

export interface ComposeSurface {
  kind: "compose";
  id: string;
  composeType: SimComposeType;
  subject: string;
  to: SimMailbox[];
  cc: SimMailbox[];
  conversationId: string | null;
  inReplyTo: SimMessage | null;
  editor: ComposeEditor;
  notifications: Map<string, SimNotification>;
}
