import { htmlToText } from "./bodies";
import { h } from "./dom";
import type { SimMessage } from "./messages";
import type { SimMailbox, SimNotification } from "./officeEmulation/types";
import { formatSentDate } from "./replyQuote";
import type { ComposeSurface } from "./surfaces";

function names(list: SimMailbox[]): string {
  return list
    .map((m) => (m.displayName ? `${m.displayName} <${m.emailAddress}>` : m.emailAddress))
    .join("; ");
}

export function messageListItem(
  message: SimMessage,
  selected: boolean,
  language: string,
  onOpen: () => void,
) {
  const preview = (message.text ?? htmlToText(message.html ?? "")).replace(/\s{1,200}/g, " ").slice(0, 90);
  const button = h(
    "button",
    { type: "button", "aria-current": selected ? "true" : undefined, "data-file": message.fileName },
    h("span", { class: "sender", text: message.from.displayName }),
    h("span", { class: "subject", text: message.subject || "(no subject)" }),
    h("span", { class: "preview", text: preview }),
    h("span", { class: "date", text: formatSentDate(message.date, language) }),
  );
  button.addEventListener("click", onOpen);
  return h("li", {}, button);
}

export function readingPane(message: SimMessage, language: string): HTMLElement[] {
  const header = [
    h("h1", { text: message.subject || "(no subject)" }),
    h(
      "div",
      { class: "item-meta" },
      h("strong", { text: names([message.from]) }),
      h("div", { text: `To: ${names(message.to)}` }),
      message.cc.length ? h("div", { text: `Cc: ${names(message.cc)}` }) : null,
      h("div", { text: formatSentDate(message.date, language) }),
    ),
  ];
  if (message.html) {
    // The sandbox keeps the email's own scripts and styles away from the simulator and the add-in.
    const frame = h("iframe", { class: "message-body-frame", sandbox: "", title: "Message body" });
    frame.srcdoc = message.html;
    return [...header, frame];
  }
  return [...header, h("div", { class: "message-body-text", id: "message-body", text: message.text ?? "" })];
}

export function composeForm(
  surface: ComposeSurface,
  actions: { onSubjectInput: (value: string) => void; onDiscard: () => void; onSend: () => void },
): HTMLElement[] {
  const subject = h("input", {
    type: "text",
    id: "compose-subject",
    "aria-label": "Subject",
    value: surface.subject,
  });
  subject.addEventListener("input", () => actions.onSubjectInput(subject.value));
  const send = h("button", { type: "button", class: "primary", text: "Send" });
  send.addEventListener("click", actions.onSend);
  const discard = h("button", { type: "button", text: "Discard" });
  discard.addEventListener("click", actions.onDiscard);
  return [
    h("div", { class: "compose-actions" }, send, discard),
    h(
      "div",
      { class: "compose-field" },
      h("span", { text: "To" }),
      h("span", { id: "compose-to", text: names(surface.to) }),
    ),
    h("div", { class: "compose-field" }, h("span", { text: "Cc" }), h("span", { text: names(surface.cc) })),
    h("div", { class: "compose-field" }, h("span", { text: "Subject" }), subject),
    surface.editor.element,
  ];
}

export function notificationBar(entries: Array<[string, SimNotification]>, onDismiss: (key: string) => void) {
  return entries.map(([key, n]) => {
    const dismiss = h("button", { type: "button", "aria-label": "Dismiss notification", text: "✕" });
    dismiss.addEventListener("click", () => onDismiss(key));
    return h(
      "div",
      {
        class: `notification ${n.type === "errorMessage" ? "error" : "info"}`,
        "data-key": key,
        "data-type": n.type,
      },
      h("span", { text: n.message }),
      dismiss,
    );
  });
}
