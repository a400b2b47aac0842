import { replyWithDecisionAsk } from "../../src/commands/replyWithDecisionAsk";
import { runCommand } from "../../src/commands/runCommand";
import { HostError } from "../../src/host/mailHost";
import { analysis, fakeHost, item, request, services } from "./support/fakes";

const PRICING = request("pricing", "pricing for 40 seats");

async function run(s: ReturnType<typeof services>) {
  const event = { completed: jest.fn() };
  await runCommand(event, () => s, replyWithDecisionAsk);
  return event;
}

describe("Reply with decision ask", () => {
  test("opens a reply form holding the cleaned drafted HTML", async () => {
    const host = fakeHost("read", async () =>
      item({ mode: "read", from: { name: "Anna", email: "anna@acme.example" } }),
    );
    const s = services(host, analysis([PRICING]));
    const event = await run(s);
    expect(s.analyze).toHaveBeenCalledWith(expect.objectContaining({ mode: "read" }));
    expect(host.openReplyForm).toHaveBeenCalledWith({
      html: "<p>Happy to send pricing for 40 seats.</p><p>Which decision, by when?</p>",
    });
    expect(host.insertAtCursor).not.toHaveBeenCalled();
    expect(host.notify).not.toHaveBeenCalled();
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  test("no request: says so and opens nothing", async () => {
    const host = fakeHost("read");
    const event = await run(services(host, analysis([])));
    expect(host.openReplyForm).not.toHaveBeenCalled();
    expect(host.notify).toHaveBeenCalledWith(
      "info",
      expect.stringMatching(/found no request.*no reply was opened/),
    );
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  test("a reply form that cannot open: an error notification", async () => {
    const host = fakeHost("read");
    host.openReplyForm.mockRejectedValueOnce(
      new HostError("replyFailed", "Outlook couldn't open the reply."),
    );
    const event = await run(services(host, analysis([PRICING])));
    expect(host.notify).toHaveBeenCalledWith("error", "Outlook couldn't open the reply.");
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});
