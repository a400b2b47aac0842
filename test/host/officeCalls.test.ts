import { HostError } from "../../src/host/mailHost";
import { CallQueue, createOfficeCaller } from "../../src/host/office/officeCalls";

const FAILURE = { code: "readFailed", message: "Outlook couldn't read this email." } as const;
const office = {
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
} as unknown as typeof Office;

describe("CallQueue", () => {
  test("runs at most three at once and starts the rest in order as slots free", async () => {
    const queue = new CallQueue();
    const started: number[] = [];
    const release: Array<() => void> = [];
    const results = [0, 1, 2, 3, 4].map((n) =>
      queue.run(
        () =>
          new Promise<number>((resolve) => {
            started.push(n);
            release[n] = () => resolve(n);
          }),
      ),
    );
    expect(started).toEqual([0, 1, 2]);
    expect(queue.inFlight).toBe(3);
    release[1]();
    await results[1];
    await Promise.resolve();
    expect(started).toEqual([0, 1, 2, 3]);
    release[0]();
    release[2]();
    await Promise.all([results[0], results[2]]);
    await Promise.resolve();
    expect(started).toEqual([0, 1, 2, 3, 4]);
    release[3]();
    release[4]();
    await expect(Promise.all(results)).resolves.toEqual([0, 1, 2, 3, 4]);
    expect(queue.inFlight).toBe(0);
  });

  test("a failed call frees its slot too", async () => {
    const queue = new CallQueue(1);
    await expect(queue.run(() => Promise.reject(new Error("x")))).rejects.toThrow("x");
    await expect(queue.run(() => Promise.resolve("next"))).resolves.toBe("next");
  });
});

describe("office calls", () => {
  test("a call Outlook never answers fails after the timeout and frees its slot", async () => {
    const caller = createOfficeCaller(office, { queue: new CallQueue(1), timeoutMs: 10 });
    const error = await caller.call<string>(FAILURE, () => undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ code: "readFailed", detail: "No answer from Outlook in 10 ms" });
    await expect(
      caller.call<string>(FAILURE, (callback) =>
        callback({ status: "succeeded", value: "ok" } as unknown as Office.AsyncResult<string>),
      ),
    ).resolves.toBe("ok");
  });

  test("a failure without error details still gets a detail", async () => {
    const caller = createOfficeCaller(office);
    await expect(
      caller.call<string>(FAILURE, (callback) =>
        callback({ status: "failed" } as unknown as Office.AsyncResult<string>),
      ),
    ).rejects.toMatchObject({ detail: "Outlook reported a failure without details" });
  });
});
