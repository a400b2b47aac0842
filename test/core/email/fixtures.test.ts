import { InputError } from "../../../src/core/errors";
import { readProspectMessage } from "../../../src/core/email";
import { fixtureCases, loadInput } from "./fixtureCases";

const cases = fixtureCases();

describe("email fixtures", () => {
  it("has at least 45 cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(45);
  });

  it.each(cases.map((fixture) => [fixture.name, fixture] as const))("%s", async (_name, fixture) => {
    const { expected } = fixture;
    if (expected.error) {
      const reading = loadInput(fixture).then(readProspectMessage);
      await expect(reading).rejects.toThrow(InputError);
      await expect(reading).rejects.toThrow(expected.error);
      return;
    }
    const message = readProspectMessage(await loadInput(fixture));
    if (expected.text !== undefined) expect(message.text).toBe(expected.text);
    for (const part of expected.textContains ?? []) expect(message.text).toContain(part);
    for (const part of expected.textExcludes ?? []) expect(message.text).not.toContain(part);
    for (const part of expected.signatureContains ?? []) expect(message.signature).toContain(part);
    if (expected.name !== undefined) expect(message.sender.name).toBe(expected.name);
    if (expected.firstName !== undefined) expect(message.sender.firstName).toBe(expected.firstName);
    if (expected.email !== undefined) expect(message.sender.email).toBe(expected.email);
    if (expected.company !== undefined) expect(message.sender.company).toBe(expected.company);
    if (expected.sentAt !== undefined) expect(message.sentAt).toBe(expected.sentAt);
    if (expected.language !== undefined) expect(message.language).toBe(expected.language);
    if (expected.subject !== undefined) expect(message.subject).toBe(expected.subject);
    if (expected.found !== undefined) expect(message.found).toBe(expected.found);
  });
});
