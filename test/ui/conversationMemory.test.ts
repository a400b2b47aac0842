import {
  MAX_CONVERSATIONS,
  MAX_MEMORY_CHARS,
  MEMORY_KEY,
  recallConversation,
  rememberConversation,
} from "../../src/ui/taskpane/conversationMemory";
import { analysis, MemoryStore, request } from "./fakes";

describe("conversation memory", () => {
  it("recalls the prospect, requests and deadline of a conversation read earlier", async () => {
    const store = new MemoryStore();
    await rememberConversation(store, "conv-1", analysis({ deadline: "2026-12-04" }));

    const recalled = recallConversation(store, "conv-1");

    expect(recalled?.message.sender.name).toBe("Anna Schmidt");
    expect(recalled?.message.found).toBe(true);
    expect(recalled?.requests).toEqual([{ type: "demo", item: "a demo of route planning", evidence: "" }]);
    expect(recalled?.deadline).toBe("2026-12-04");
    expect(recallConversation(store, "conv-2")).toBeNull();
  });

  it("keeps one entry per conversation, the latest reading first", async () => {
    const store = new MemoryStore();
    await rememberConversation(store, "conv-1", analysis());
    await rememberConversation(store, "conv-2", analysis());
    await rememberConversation(store, "conv-1", analysis({ requests: [request("pricing", "a quote")] }));

    const stored = store.get<{ conversationId: string }[]>(MEMORY_KEY) ?? [];
    expect(stored.map((entry) => entry.conversationId)).toEqual(["conv-1", "conv-2"]);
    expect(recallConversation(store, "conv-1")?.requests[0].type).toBe("pricing");
  });

  it(`forgets all but the last ${MAX_CONVERSATIONS} conversations`, async () => {
    const store = new MemoryStore();
    for (let index = 1; index <= MAX_CONVERSATIONS + 5; index += 1) {
      await rememberConversation(store, `conv-${index}`, analysis());
    }
    expect(store.get<unknown[]>(MEMORY_KEY)).toHaveLength(MAX_CONVERSATIONS);
    expect(recallConversation(store, "conv-5")).toBeNull();
    expect(recallConversation(store, "conv-6")).not.toBeNull();
  });

  it("stays within its byte budget however long the email's texts are", async () => {
    const store = new MemoryStore();
    const long = "x".repeat(5000);
    const base = analysis({
      requests: Array.from({ length: 12 }, () => request("information", long, long)),
    });
    const huge = {
      ...base,
      message: {
        ...base.message,
        subject: long,
        text: long,
        sender: { name: long, firstName: long, email: long, company: long },
      },
    };
    for (let index = 1; index <= MAX_CONVERSATIONS; index += 1) {
      await rememberConversation(store, `conv-${index}-${long}`, huge);
    }
    const size = JSON.stringify(store.get(MEMORY_KEY)).length;
    expect(size).toBeLessThanOrEqual(MAX_MEMORY_CHARS);
    expect(recallConversation(store, `conv-${MAX_CONVERSATIONS}-${long}`)).toBeNull();
    expect(store.get<unknown[]>(MEMORY_KEY)?.length).toBeGreaterThan(0);
  });

  it("ignores stored entries it does not recognise instead of trusting them", async () => {
    const store = new MemoryStore();
    await store.set(MEMORY_KEY, [
      { conversationId: "conv-bad", prospect: null, requests: [] },
      "not an entry",
      {
        conversationId: "conv-odd-type",
        prospect: { name: "A", firstName: "A", email: "", company: "" },
        subject: "",
        language: "en",
        sentAt: null,
        deadline: null,
        requests: [{ type: "lunch", item: "a free lunch" }],
      },
    ]);
    expect(recallConversation(store, "conv-bad")).toBeNull();
    expect(recallConversation(store, "conv-odd-type")).toBeNull();

    await rememberConversation(store, "conv-1", analysis());
    expect(store.get<unknown[]>(MEMORY_KEY)).toHaveLength(1);
  });

  it("reads nothing from a setting of the wrong shape", () => {
    const store = new MemoryStore();
    store.values.set(MEMORY_KEY, { conversationId: "conv-1" });
    expect(recallConversation(store, "conv-1")).toBeNull();
  });
});
