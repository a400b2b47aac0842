import fc from "fast-check";
import { InputError } from "../../../src/core/errors";
import {
  htmlToText,
  latestMessage,
  parseEml,
  quotedProspectMessage,
  readProspectMessage,
} from "../../../src/core/email";
import type { EmailInput, Mode } from "../../../src/core/types";

/** Pieces real mail is made of, so random strings hit the quote, signature and markup paths. */
const mailPiece = fc.constantFrom(
  "From: Ana Costa <ana@x.com>\n",
  "Sent: Friday, November 20, 2026 10:22 AM\n",
  "To: Sam\n",
  "Subject: Re: pricing\n",
  "Von: Nowak, Olga <o@x.pl>\n",
  "De : Camille <c@x.fr>\nEnvoyé : mardi 24 novembre 2026 10:00\n",
  "________________________________\n",
  "-----Original Message-----\n",
  "On Fri, Nov 20, 2026 at 3:15 PM Noah <noah@x.co> wrote:\n",
  "On Fri, Nov 20, 2026 at 3:15 PM Noah <\n",
  "Am 23.11.2026 um 09:40 schrieb Olga <o@x.pl>:\n",
  "> ",
  ">> ",
  "\n",
  "Thanks,\n",
  "Best regards\n",
  "-- \n",
  "Sent from my iPhone\n",
  "Could you send pricing? ",
  "Thanks - Arjun",
  "Head of Pricing\n",
  "<div>",
  "</div>",
  "<br>",
  "<blockquote>",
  "</blockquote>",
  '<div id="appendonsend">',
  '<div id="divRplyFwdMsg">',
  '<div style="border-top:solid #E1E1E1 1pt">',
  "<hr>",
  "<!--",
  "-->",
  "<style>",
  "&nbsp;",
  "&#8217;",
  "&amp",
  "<",
  ">",
  "&",
);

const mailText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.array(mailPiece, { maxLength: 60 }).map((parts) => parts.join("")),
);
const mailbox = fc.record({ name: fc.string({ maxLength: 20 }), email: fc.string({ maxLength: 20 }) });

function read(input: EmailInput): void {
  try {
    readProspectMessage(input);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
  }
}

describe("reading arbitrary input", () => {
  it("never throws anything but InputError", () => {
    fc.assert(
      fc.property(
        mailText,
        fc.constantFrom<Mode>("read", "compose"),
        fc.constantFrom<"text" | "html">("text", "html"),
        fc.option(mailbox, { nil: undefined }),
        fc.option(mailbox, { nil: undefined }),
        (body, mode, bodyType, from, me) => {
          const input: EmailInput = { mode, body, bodyType };
          if (from) input.from = from;
          if (me) input.me = me;
          read(input);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it("refuses only blank received emails, with InputError; a blank draft quotes nothing", () => {
    fc.assert(
      fc.property(mailText, fc.constantFrom<Mode>("read", "compose"), (body, mode) => {
        const run = () => readProspectMessage({ mode, body, bodyType: "text" });
        if (body.trim() !== "") expect(run).not.toThrow();
        else if (mode === "read") expect(run).toThrow(InputError);
        else expect(run().found).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it("gives back text taken from the body, never longer than it", () => {
    fc.assert(
      fc.property(mailText, fc.constantFrom<Mode>("read", "compose"), (raw, mode) => {
        const body = raw.replace(/\r/g, "");
        if (body.trim() === "") return;
        const message = readProspectMessage({ mode, body, bodyType: "text" });
        expect(message.text.length).toBeLessThanOrEqual(body.length);
        for (const line of message.text.split("\n")) expect(body).toContain(line.trim());
        if (mode === "compose" && !message.found) expect(message.text).toBe("");
      }),
      { numRuns: 800 },
    );
  });

  it("turns HTML into text at most a fixed factor longer than the markup", () => {
    fc.assert(
      fc.property(mailText, (html) => {
        expect(htmlToText(html).length).toBeLessThanOrEqual(10 * html.length + 10);
      }),
      { numRuns: 1500 },
    );
  });

  it("refuses non-email files with InputError", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        try {
          await parseEml(bytes);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: 300 },
    );
  });
});

/**
 * Inputs built to make naive scanners go quadratic. Each is megabytes long: a quadratic pass
 * over them takes hours, a linear one well under the test timeout, so finishing at all is
 * the check. The sizes are compared against the outputs, not against the clock.
 */
describe("pathological input", () => {
  const MB = 1024 * 1024;
  jest.setTimeout(60_000);

  it("reads HTML full of '<' with no '>' and of unterminated comments and tags", () => {
    expect(htmlToText("a <".repeat(MB / 3))).toContain("a <");
    expect(htmlToText("<a".repeat(MB / 2)).length).toBeGreaterThan(0);
    expect(htmlToText("x<!--".repeat(10) + "<b".repeat(MB / 2))).toBe("x");
    expect(htmlToText("<style>".repeat(MB / 7))).toBe("");
    expect(htmlToText("&".repeat(MB) + "&#".repeat(MB / 2)).length).toBe(2 * MB);
    // One "&" after a million short text runs.
    expect(htmlToText("<b>x</b>".repeat(MB / 4) + "&amp;").endsWith("x&")).toBe(true);
  });

  it("caps blockquote nesting so the output stays linear in the input", () => {
    const depth = 50_000;
    const html = "<blockquote>".repeat(depth) + "<br>x".repeat(depth);
    const text = htmlToText(html);
    // Uncapped, the prefixes alone would be depth × depth characters.
    expect(text.length).toBeLessThan(2 * html.length);
    expect(text.split("\n")[1]).toBe(">".repeat(16) + " x");
  });

  it("finds the latest message above 100,000 quote headers", () => {
    const block =
      "________________________________\nFrom: Sam Carter <sam@contoso.com>\nSent: Friday, November 20, 2026 10:22 AM\nTo: Ana\nSubject: x\n\nold message\n";
    const body = "Ana, please send the contract.\n\n" + block.repeat(100_000);
    expect(latestMessage(body).text).toBe("Ana, please send the contract.");
    const compose = quotedProspectMessage("draft\n" + block.repeat(100_000), {
      name: "Sam Carter",
      email: "nobody@x.com",
    });
    expect(compose.text).toBe("old message");
    const allMine = quotedProspectMessage(block.repeat(100_000), {
      name: "Sam Carter",
      email: "sam@contoso.com",
    });
    expect(allMine.found).toBe(false);
  });

  it("reads a 10 MB thread", () => {
    const reply =
      "Hi Sam,\nCould you send the pricing for 30 seats?\nThanks,\nAna\n\nOn Fri, Nov 20, 2026 at 3:15 PM Sam Carter <sam@contoso.com> wrote:\n";
    let body = "";
    let depth = 0;
    while (body.length < 10 * MB) {
      const prefix = depth === 0 ? "" : ">".repeat(Math.min(depth, 40)) + " ";
      body += reply
        .split("\n")
        .map((line) => prefix + line)
        .join("\n");
      depth++;
    }
    const message = readProspectMessage({ mode: "read", body, bodyType: "text" });
    expect(message.text).toBe("Hi Sam,\nCould you send the pricing for 30 seats?");
    const draft = readProspectMessage({
      mode: "compose",
      body: "ok\nOn Fri, Nov 20, 2026 at 3:15 PM Ana <a@x.com> wrote:\n" + body,
      bodyType: "text",
    });
    expect(draft.text).toBe("Hi Sam,\nCould you send the pricing for 30 seats?");
  });

  it("reads 1 MB single lines and deep '>' nesting", () => {
    const long = "Could you send pricing " + "very ".repeat(MB / 5);
    expect(readProspectMessage({ mode: "read", body: long, bodyType: "text" }).text.length).toBe(
      long.trimEnd().length,
    );
    expect(
      readProspectMessage({ mode: "compose", body: "From: " + "a".repeat(MB), bodyType: "text" }).found,
    ).toBe(false);
    expect(
      readProspectMessage({ mode: "read", body: "On " + "x ".repeat(MB / 2) + "wrote:", bodyType: "text" })
        .found,
    ).toBe(true);
    const nested = Array.from(
      { length: 2000 },
      (_, i) => ">".repeat(i) + (i === 0 ? "" : " ") + "line " + i,
    ).join("\n");
    expect(readProspectMessage({ mode: "read", body: nested, bodyType: "text" }).text).toBe("line 0");
    expect(readProspectMessage({ mode: "read", body: ">".repeat(MB) + " hi", bodyType: "text" }).found).toBe(
      false,
    );
    // The signature is looked for among the last lines only: one sign-off is cut, not a megabyte of them.
    const signOffs = "Thanks,\n".repeat(MB / 8);
    const signed = readProspectMessage({
      mode: "read",
      body: "Send it please.\n" + signOffs,
      bodyType: "text",
    });
    expect(signed.text.startsWith("Send it please.\nThanks,")).toBe(true);
    expect(signed.signature).toBe("Thanks,");
  });

  it("reads a 2 MB HTML draft with Outlook quote markup", () => {
    const prospect = "<div>Hi Sam, can we get a demo?</div><div>Mia</div>";
    const old =
      '<div id="appendonsend"></div><hr><div id="divRplyFwdMsg"><b>From:</b> Mia &lt;mia@x.com&gt;<br><b>Sent:</b> Monday, November 23, 2026 9:00 AM<br><b>Subject:</b> x</div>';
    let html = "<div>Sure!</div>" + old + prospect;
    while (html.length < 2 * MB) html += old + "<p>older text</p>";
    const message = readProspectMessage({ mode: "compose", body: html, bodyType: "html" });
    expect(message.text).toBe("Hi Sam, can we get a demo?");
    expect(message.sender.firstName).toBe("Mia");
  });
});
