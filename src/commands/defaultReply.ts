import type { Draft, DraftOptions } from "../core/draft";
import type { Analysis } from "../core/types";
import type { HostItem } from "../host/mailHost";
import type { CommandServices } from "./services";

export type DefaultReply =
  | { kind: "drafted"; draft: Draft; analysis: Analysis }
  | { kind: "nothing"; reason: "noMessage" | "noRequest" };

/**
 * Reads the open item and drafts the reply a one-click command sends: every detected request,
 * the default template, the suggested decision and date. Nothing is drafted without a
 * prospect message and a request in it; a command never invents one.
 */
export async function draftDefaultReply(services: CommandServices): Promise<DefaultReply> {
  const item = await services.host.readItem();
  const analysis = services.analyze(item);
  if (!analysis.message.found) return { kind: "nothing", reason: "noMessage" };
  if (analysis.requests.length === 0) return { kind: "nothing", reason: "noRequest" };
  const draft = services.draft(analysis, {
    library: services.library,
    rep: repOf(item),
    today: services.today(),
  });
  return { kind: "drafted", draft: { ...draft, html: services.sanitize(draft.html) }, analysis };
}

function repOf(item: HostItem): DraftOptions["rep"] {
  const name = item.me?.name.trim() ?? "";
  return { name, firstName: name.split(/\s+/)[0] ?? "", email: item.me?.email || undefined };
}
