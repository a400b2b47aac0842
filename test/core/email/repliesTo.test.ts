import { analyzeEmail } from "../../../src/core/analyze";
import { readProspectMessage } from "../../../src/core/email";
import type { Mailbox } from "../../../src/core/types";

const box = (name: string, email: string): Mailbox => ({ name, email });
const PROSPECT = box("Lena Brandt", "lena.brandt@kestrel-freight.com");
const REP = box("Omar Haddad", "omar@routewise.io");

const REP_OFFER = [
  "On Mon, Nov 16, 2026 at 4:02 PM Omar Haddad <omar@routewise.io> wrote:",
  "> Hi Lena,",
  ">",
  "> I can either set up a sandbox for your planners, or send over our integration guide.",
  ">",
  "> Omar",
];

describe("readProspectMessage: the message a reply answers", () => {
  test("read mode: the rep's message quoted below the prospect's", () => {
    const message = readProspectMessage({
      mode: "read",
      body: ["The sandbox would be more useful.", "", "Lena", "", ...REP_OFFER].join("\n"),
      bodyType: "text",
      from: PROSPECT,
    });
    expect(message.text).toBe("The sandbox would be more useful.");
    expect(message.repliesTo).toContain("I can either set up a sandbox");
  });

  test("compose mode: the message quoted below the prospect's, one level deeper", () => {
    const body = [
      "Great, setting it up now.",
      "",
      "On Tue, Nov 17, 2026 at 9:14 AM Lena Brandt <lena.brandt@kestrel-freight.com> wrote:",
      "> The sandbox would be more useful.",
      ">",
      ...REP_OFFER.map((line) => `> ${line}`),
    ].join("\n");
    const message = readProspectMessage({ mode: "compose", body, bodyType: "text", me: REP });
    expect(message.text).toBe("The sandbox would be more useful.");
    expect(message.repliesTo).toContain("send over our integration guide");
  });

  test("a forward is passed on, not answered", () => {
    const body = [
      "FYI, see below.",
      "",
      "---------- Forwarded message ---------",
      "From: Omar Haddad <omar@routewise.io>",
      "Date: Mon, Nov 16, 2026 at 4:02 PM",
      "Subject: Sandbox",
      "To: Lena Brandt <lena.brandt@kestrel-freight.com>",
      "",
      "I can set up a sandbox for your planners.",
    ].join("\n");
    const message = readProspectMessage({ mode: "read", body, bodyType: "text", from: PROSPECT });
    expect(message.repliesTo).toBe("");
  });

  test("a follow-up to the prospect's own earlier mail answers no offer", () => {
    const body = [
      "Yes please, any update?",
      "",
      "On Mon, Nov 16, 2026 at 4:02 PM Lena Brandt <lena.brandt@kestrel-freight.com> wrote:",
      "> I can send over our lane volumes if you need them.",
    ].join("\n");
    const message = readProspectMessage({ mode: "read", body, bodyType: "text", from: PROSPECT });
    expect(message.repliesTo).toBe("");
  });
});

describe("analyzeEmail: a reply taking up the rep's offer asks for it", () => {
  test("the offer picked by name is the request; its item comes from the rep's words", () => {
    const analysis = analyzeEmail({
      mode: "read",
      body: ["The sandbox would be more useful, by Friday if you can.", "", "Lena", "", ...REP_OFFER].join(
        "\n",
      ),
      bodyType: "text",
      from: PROSPECT,
      sentAt: "2026-11-17T09:14:00+01:00",
    });
    expect(analysis.requests.map((r) => [r.type, r.item])).toEqual([
      ["trial", "a sandbox for your planners"],
    ]);
    expect(analysis.requests[0].evidence).toBe("The sandbox would be more useful, by Friday if you can.");
    expect(analysis.deadline).toBe("2026-11-20");
  });

  test("without the quoted offer the same words ask for nothing", () => {
    const analysis = analyzeEmail({
      mode: "read",
      body: "The sandbox would be more useful.\n\nLena",
      bodyType: "text",
      from: PROSPECT,
    });
    expect(analysis.requests).toEqual([]);
  });
});
