import { InputError } from "../../src/core/errors";
import { insertDecisionAsk } from "../../src/commands/insertDecisionAsk";
import { runCommand } from "../../src/commands/runCommand";
import { HostError } from "../../src/host/mailHost";
import { LIBRARY, TODAY, analysis, fakeHost, request, services } from "./support/fakes";

const DEMO = request("demo", "a demo of route planning");

async function run(s: ReturnType<typeof services>) {
  const event = { completed: jest.fn() };
  await runCommand(event, () => s, insertDecisionAsk);
  return event;
}

describe("Insert decision ask", () => {
  test("drafts the default reply, inserts the cleaned HTML and text at the cursor, and says what it inserted", async () => {
    const host = fakeHost("compose");
    const s = services(host, analysis([DEMO]));
    const event = await run(s);

    expect(s.draft).toHaveBeenCalledWith(analysis([DEMO]), {
      library: LIBRARY,
      rep: { name: "Sam Rivera", firstName: "Sam", email: "sam@vendor.example" },
      today: TODAY,
    });
    expect(host.insertAtCursor).toHaveBeenCalledWith({
      html: "<p>Happy to send a demo of route planning.</p><p>Which decision, by when?</p>",
      text: "Happy to send a demo of route planning.\n\nWhich decision, by when?",
    });
    expect(host.notify).toHaveBeenCalledWith(
      "info",
      "Inserted a decision ask for: a demo of route planning — decision by Fri, Dec 4",
    );
    expect(host.notify.mock.invocationCallOrder[0]).toBeGreaterThan(
      host.insertAtCursor.mock.invocationCallOrder[0],
    );
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  test("names every item it confirmed", async () => {
    const host = fakeHost("compose");
    await run(services(host, analysis([DEMO, request("pricing", "pricing for 40 seats")])));
    expect(host.notify).toHaveBeenCalledWith(
      "info",
      "Inserted a decision ask for: a demo of route planning and pricing for 40 seats — decision by Fri, Dec 4",
    );
  });

  test("no request detected: says so and inserts nothing", async () => {
    const host = fakeHost("compose");
    const s = services(host, analysis([]));
    const event = await run(s);
    expect(host.insertAtCursor).not.toHaveBeenCalled();
    expect(s.draft).not.toHaveBeenCalled();
    expect(host.notify).toHaveBeenCalledWith(
      "info",
      expect.stringMatching(/found no request.*nothing was inserted/),
    );
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  test("no quoted prospect message in the draft: says so and inserts nothing", async () => {
    const host = fakeHost("compose");
    await run(services(host, analysis([DEMO], false)));
    expect(host.insertAtCursor).not.toHaveBeenCalled();
    expect(host.notify).toHaveBeenCalledWith(
      "info",
      expect.stringMatching(/found no message from the prospect.*nothing was inserted/),
    );
  });

  test.each([
    [
      "the draft cannot be read",
      () => {
        const host = fakeHost("compose", async () => {
          throw new HostError(
            "readFailed",
            "Outlook couldn't read this email. Try again, or reopen the draft.",
          );
        });
        return { host, s: services(host, analysis([DEMO])) };
      },
      "Outlook couldn't read this email. Try again, or reopen the draft.",
    ],
    [
      "the email cannot be analyzed",
      () => {
        const host = fakeHost("compose");
        const s = services(host, () => {
          throw new InputError("This email is empty.");
        });
        return { host, s };
      },
      "This email is empty.",
    ],
    [
      "the insertion fails",
      () => {
        const host = fakeHost("compose");
        host.insertAtCursor.mockRejectedValueOnce(
          new HostError(
            "insertFailed",
            "Outlook couldn't insert the reply, and your draft was left as it was.",
          ),
        );
        return { host, s: services(host, analysis([DEMO])) };
      },
      "Outlook couldn't insert the reply, and your draft was left as it was.",
    ],
    [
      "something unexpected throws",
      () => {
        const host = fakeHost("compose");
        return {
          host,
          s: services(host, analysis([DEMO]), () => {
            throw new TypeError("undefined is not a function");
          }),
        };
      },
      "Decision Ask couldn't draft the reply, and nothing was changed. Open the Decision Ask pane to try again.",
    ],
  ])("when %s: an error notification, and completed() is called", async (_case, setup, message) => {
    const { host, s } = setup();
    const event = await run(s);
    expect(host.notify).toHaveBeenLastCalledWith("error", message);
    expect(host.notify).not.toHaveBeenCalledWith("info", expect.anything());
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  test("completed() is called even when the error notification fails too", async () => {
    const host = fakeHost("compose", async () => {
      throw new HostError("readFailed", "Outlook couldn't read this email.");
    });
    host.notify.mockRejectedValue(new HostError("notifyFailed", "no notifications"));
    const event = await run(services(host, analysis([DEMO])));
    expect(event.completed).toHaveBeenCalledTimes(1);
  });

  test("completed() is called when the host cannot even start", async () => {
    const event = { completed: jest.fn() };
    await runCommand(
      event,
      () => {
        throw new HostError("unavailable", "Decision Ask needs an open email.");
      },
      insertDecisionAsk,
    );
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});
