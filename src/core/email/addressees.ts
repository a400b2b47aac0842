/**
 * Which side each person a message is addressed to is on, so detection can tell an ask to the
 * rep from an ask to the prospect's colleague in the same mail.
 */
import type { Addressees, Mailbox } from "../types";
import { domainOf, firstNameOf, inAddressOrder, isFreeMail, nameFromAddress, normalizeName } from "./sender";

function firstName(box: Mailbox): string {
  const email = box.email.toLowerCase();
  return firstNameOf(inAddressOrder(normalizeName(box.name), email) || nameFromAddress(email));
}

function companyDomain(box: Mailbox | null | undefined): string {
  return box?.email && !isFreeMail(box.email) ? domainOf(box.email) : "";
}

type Side = "ours" | "theirs" | "unknown";

function sideOf(box: Mailbox, prospectDomain: string, me: Mailbox | undefined): Side {
  const email = box.email.toLowerCase();
  if (me && ((email && email === me.email.toLowerCase()) || (!email && box.name === me.name))) return "ours";
  if (!email) return "unknown";
  const domain = companyDomain(box);
  if (domain && domain === companyDomain(me)) return "ours";
  if (domain && domain === prospectDomain) return "theirs";
  // With no signed-in rep, a company address outside the prospect's company is the vendor's.
  if (!me && domain && prospectDomain) return "ours";
  return "unknown";
}

/**
 * `recipients` are the message's To and Cc, `from` its sender, `me` the rep when the host knows
 * them; `participants` wrote the thread's other messages and count only for the rep's side (a
 * draft quoting "On … Jordan Mehta <jordan@vendor.com> wrote:" is Jordan's). A first name
 * found on both sides is dropped from both: it cannot tell who is asked.
 */
export function findAddressees(
  recipients: readonly Mailbox[],
  from: Mailbox | null,
  me: Mailbox | undefined,
  participants: readonly Mailbox[] = [],
): Addressees {
  const prospectDomain = companyDomain(from);
  const ours = new Set<string>();
  const theirs = new Set<string>();
  const mine = me ? firstName(me) : "";
  if (mine) ours.add(mine.toLowerCase());
  for (const box of recipients) {
    const name = firstName(box).toLowerCase();
    if (!name) continue;
    const side = sideOf(box, prospectDomain, me);
    if (side === "ours") ours.add(name);
    else if (side === "theirs") theirs.add(name);
  }
  for (const box of participants) {
    const name = firstName(box).toLowerCase();
    if (name && sideOf(box, prospectDomain, me) === "ours") ours.add(name);
  }
  for (const name of ours) {
    if (theirs.delete(name)) ours.delete(name);
  }
  return { ours: [...ours], theirs: [...theirs] };
}
