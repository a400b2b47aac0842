import fc from "fast-check";
import { analyzeEmail } from "../../src/core/analyze";
import { InputError } from "../../src/core/errors";
import type { EmailInput } from "../../src/core/types";

const draft = (body: string, bodyType: EmailInput["bodyType"] = "text"): EmailInput => ({
  mode: "compose",
  body,
  bodyType,
});
const read = (body: string, bodyType: EmailInput["bodyType"] = "text"): EmailInput => ({
  mode: "read",
  body,
  bodyType,
  from: { name: "Dana Whitfield", email: "dana@harborlogistics.com" },
  sentAt: "2026-12-01T09:00:00Z",
});

const HEADER =
  "From: Dana Whitfield <dana@harborlogistics.com>\nSent: Tuesday, December 1, 2026 9:12 AM\nTo: Sam\nSubject: RE: x\n\n";
const REQUEST = "Could you send pricing for 40 seats?\nDana\n\n";

/** Analysis time, best of three, so one pause of the machine does not decide. */
function bestMs(input: EmailInput): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    analyzeEmail(input);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/**
 * Linear time is checked by how time grows, not by a wall-clock limit: ten times the input
 * may take ten times as long (we allow 30x for noise); quadratic work would take 100x.
 */
function expectLinear(make: (n: number) => EmailInput, n: number): void {
  const small = bestMs(make(n));
  const large = bestMs(make(n * 10));
  expect(large / Math.max(small, 0.5)).toBeLessThan(30);
}

describe("analyzeEmail on bad input", () => {
  it.each([
    ["an empty body", ""],
    ["only whitespace", "  \n\t \r\n "],
  ])("refuses %s with an InputError a rep can read", (_label, body) => {
    expect(() => analyzeEmail(read(body))).toThrow(InputError);
  });

  it("finds nothing in binary junk instead of crashing", () => {
    const junk = String.fromCharCode(...Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    const run = () => analyzeEmail(read(junk));
    try {
      expect(run().requests).toEqual([]);
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
    }
  });

  it("reads only the latest message of a 10 MB thread", () => {
    const older = `${HEADER}Could you send a demo?\nDana\n\n`.repeat(Math.ceil(10e6 / 120));
    const analysis = analyzeEmail(draft(`${HEADER}${REQUEST}${older}`));
    expect(analysis.requests.map((r) => r.type)).toEqual(["pricing"]);
  });

  it("handles 100,000 quote headers in linear time", () => {
    expectLinear((n) => draft(`${HEADER}${REQUEST}${HEADER.repeat(n)}`), 10_000);
  });

  it("handles one very long line in linear time", () => {
    expectLinear((n) => read(`Could you send ${"pricing and ".repeat(n)}a demo?`), 10_000);
    expectLinear((n) => read("a".repeat(n * 10)), 10_000);
  });

  it("handles inputs built to make patterns backtrack in linear time", () => {
    expectLinear((n) => read(`${"> ".repeat(n)}x`), 10_000);
    expectLinear((n) => read(`From:${" ".repeat(n)}Sent:`), 10_000);
    expectLinear((n) => read(`On ${"Mon, ".repeat(n)} wrote`), 5_000);
    expectLinear((n) => read(`${"<div ".repeat(n)}`, "html"), 5_000);
    expectLinear((n) => read(`<p>${"&amp".repeat(n)}</p>`, "html"), 5_000);
    expectLinear((n) => read(`${"by December ".repeat(n)}4`), 5_000);
  });

  it("never throws anything but an InputError, whatever the text", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 400 }),
        fc.constantFrom("read", "compose"),
        fc.constantFrom("text", "html"),
        (body, mode, bodyType) => {
          try {
            const analysis = analyzeEmail({
              ...read(body, bodyType as EmailInput["bodyType"]),
              mode: mode as EmailInput["mode"],
            });
            for (const request of analysis.requests) expect(request.item.length).toBeLessThanOrEqual(80);
          } catch (error) {
            expect(error).toBeInstanceOf(InputError);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
