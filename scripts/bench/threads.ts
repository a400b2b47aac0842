/**
 * Bench inputs: a typical reply draft, and threads of a given size built the way Outlook
 * quotes (each older message under a From:/Sent:/To:/Subject: header).
 */

const PROSPECT = `Hi Sam,

Thanks for the call on Tuesday. Could you send me pricing for 120 seats on the Enterprise plan,
and a short demo of the route-planning module for our dispatch leads? We would need the pricing
by December 4 so it can go into next year's budget.

Best regards,
Laura Jensen
Head of Operations
Nordic Haulage AB
+46 8 555 0100`;

const OLDER = `Hi Laura,

Good to speak earlier. As promised, here is a short summary of what we covered: the dispatch
board, the driver app, and how route changes reach the drivers in real time. Let me know what
else would help your team.

Kind regards,
Sam Carter
Contoso`;

function outlookHeader(from: string, day: number): string {
  return [
    "________________________________",
    `From: ${from}`,
    `Sent: Monday, November ${(day % 28) + 1}, 2026 10:${String(day % 60).padStart(2, "0")} AM`,
    "To: Sam Carter <sam.carter@contoso.com>",
    "Subject: RE: Route planning",
    "",
  ].join("\n");
}

/** The body of a reply draft: the rep's new text, the prospect's message quoted under a header. */
export function typicalDraft(): string {
  return [
    "Hi Laura,",
    "",
    "",
    outlookHeader("Laura Jensen <laura.jensen@nordichaulage.se>", 23),
    PROSPECT,
    "",
    outlookHeader("Sam Carter <sam.carter@contoso.com>", 20),
    OLDER,
  ].join("\n");
}

/** A draft of about `bytes` characters: the typical draft followed by older quoted messages. */
export function threadOfSize(bytes: number): string {
  const parts = [typicalDraft()];
  let size = parts[0].length;
  for (let i = 0; size < bytes; i++) {
    const from =
      i % 2 === 0 ? "Laura Jensen <laura.jensen@nordichaulage.se>" : "Sam Carter <sam.carter@contoso.com>";
    const chunk = `\n${outlookHeader(from, i)}${i % 2 === 0 ? PROSPECT : OLDER}\n`;
    parts.push(chunk);
    size += chunk.length;
  }
  return parts.join("");
}
