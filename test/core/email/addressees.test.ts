import { findAddressees } from "../../../src/core/email/addressees";
import { parseMailboxList } from "../../../src/core/email/mailbox";
import { readProspectMessage } from "../../../src/core/email/readProspectMessage";
import type { Mailbox } from "../../../src/core/types";

const box = (name: string, email = ""): Mailbox => ({ name, email });

describe("parseMailboxList", () => {
  test.each([
    [
      "Outlook, semicolons",
      "Sam Carter <sam@contoso.com>; Raj Malhotra",
      [box("Sam Carter", "sam@contoso.com"), box("Raj Malhotra")],
    ],
    [
      "a comma inside a name",
      "Carter, Sam <sam@contoso.com>; Malhotra, Raj <raj@fitch.com>",
      [box("Carter, Sam", "sam@contoso.com"), box("Malhotra, Raj", "raj@fitch.com")],
    ],
    [
      "commas after addresses (Mac, Gmail)",
      "Sam <sam@contoso.com>, raj@fitch.com",
      [box("Sam", "sam@contoso.com"), box("", "raj@fitch.com")],
    ],
    ["empty", " ; ", []],
  ])("%s", (_name, value, expected) => {
    expect(parseMailboxList(value)).toEqual(expected);
  });

  test("a huge list is cut, not read to the end", () => {
    const value = Array.from({ length: 5000 }, (_, i) => `P${i} <p${i}@x.com>`).join("; ");
    expect(parseMailboxList(value).length).toBeLessThanOrEqual(50);
  });
});

describe("findAddressees", () => {
  const prospect = box("Naomi Fitch", "nfitch@fitchhardware.com");
  const raj = box("Raj Malhotra", "rmalhotra@fitchhardware.com");
  const jordan = box("Jordan Ellis", "jordan.ellis@corvane.io");

  test.each([
    [
      "the prospect's colleague and the rep, no signed-in rep",
      [raj, jordan],
      undefined,
      { ours: ["jordan"], theirs: ["raj"] },
    ],
    [
      "the signed-in rep's colleague",
      [raj, box("Priya Shah", "priya@corvane.io")],
      jordan,
      { ours: ["jordan", "priya"], theirs: ["raj"] },
    ],
    [
      "surname first in the directory",
      [box("Malhotra Raj", "raj.malhotra@fitchhardware.com")],
      jordan,
      { ours: ["jordan"], theirs: ["raj"] },
    ],
    [
      "a name on both sides tells nothing",
      [box("Raj Kumar", "raj@corvane.io"), raj],
      undefined,
      { ours: [], theirs: [] },
    ],
    [
      "free mail says nothing about sides",
      [box("Ann Lee", "ann@gmail.com")],
      jordan,
      { ours: ["jordan"], theirs: [] },
    ],
    [
      "names without addresses: only the rep is known",
      [box("Raj Malhotra"), box("Jordan Ellis")],
      jordan,
      { ours: ["jordan"], theirs: [] },
    ],
  ])("%s", (_name, recipients, me, expected) => {
    expect(findAddressees(recipients, prospect, me)).toEqual(expected);
  });
});

describe("readProspectMessage: addressees", () => {
  test("read mode: from the item's To and Cc", () => {
    const message = readProspectMessage({
      mode: "read",
      body: "Raj, can you pull together our store count and get it over to Jordan?\n\nNaomi",
      bodyType: "text",
      from: box("Naomi Fitch", "nfitch@fitchhardware.com"),
      recipients: [
        box("Raj Malhotra", "rmalhotra@fitchhardware.com"),
        box("Jordan Ellis", "jordan@corvane.io"),
      ],
    });
    expect(message.addressees).toEqual({ ours: ["jordan"], theirs: ["raj"] });
  });

  test("compose mode: from the quote header's To and Cc lines", () => {
    const body = [
      "Thanks Naomi, on it.",
      "",
      "From: Naomi Fitch <nfitch@fitchhardware.com>",
      "Sent: Thursday, November 19, 2026 11:11 AM",
      "To: Raj Malhotra <rmalhotra@fitchhardware.com>",
      "Cc: Jordan Ellis <jordan@corvane.io>",
      "Subject: intro",
      "",
      "Raj, can you pull together our store count?",
    ].join("\n");
    const message = readProspectMessage({
      mode: "compose",
      body,
      bodyType: "text",
      me: box("Jordan Ellis", "jordan@corvane.io"),
    });
    expect(message.addressees).toEqual({ ours: ["jordan"], theirs: ["raj"] });
  });

  test("a draft with no signed-in rep: the thread's other writers at another company are the rep's side", () => {
    const body = [
      "Thanks Megan.",
      "",
      "On Thu, Nov 19, 2026 at 3:27 PM Megan Clarke <mclarke@fairhaven.com> wrote:",
      "> Tom - could you pull the overtime spend and send it to Jordan?",
      ">",
      "> On Wed, Nov 18, 2026 at 10:11 AM Jordan Mehta <jordan.mehta@corvana.com> wrote:",
      ">> Hi Megan, could you share your overtime spend?",
    ].join("\n");
    const message = readProspectMessage({ mode: "compose", body, bodyType: "text" });
    expect(message.addressees).toEqual({ ours: ["jordan"], theirs: [] });
  });

  test("an On … wrote: line names no one", () => {
    const body =
      "Sure.\n\nOn Thu, Nov 19, 2026 at 9:14 AM Naomi Fitch <nfitch@fitchhardware.com> wrote:\n> Raj, can you send it?";
    const message = readProspectMessage({ mode: "compose", body, bodyType: "text" });
    expect(message.addressees).toEqual({ ours: [], theirs: [] });
  });
});
