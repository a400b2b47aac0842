import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CONTEXT_SHAPE, type ContextShape } from "../../../src/core/render";
import { buildReplyContext } from "../../../src/core/render";
import { planDates, defaultDecisionFor } from "../../../src/core/decision";
import { SAMPLE_REP, SAMPLE_REQUESTS, sampleAnalysis } from "../render/fixtures";

const readme = readFileSync(join(__dirname, "../../../templates/README.md"), "utf8");

function paths(shape: ContextShape, prefix: string): string[] {
  if (typeof shape === "string") return [prefix];
  if (Array.isArray(shape)) return [prefix, ...paths(shape[0], `${prefix} → `)];
  return Object.entries(shape).flatMap(([key, child]) =>
    paths(child, prefix === "" ? key : prefix.endsWith("→ ") ? `${prefix}${key}` : `${prefix}.${key}`),
  );
}

test("templates/README.md documents every context field", () => {
  const documented = paths(CONTEXT_SHAPE, "").map((path) =>
    path.includes(" → ") ? path.replace(/^(\w+) → (\w+)$/, "`$1` → `$2`") : `\`${path}\``,
  );
  for (const field of documented) expect(readme).toContain(`| ${field} |`);
});

test("the README's example values are what the code produces for its example email", () => {
  const plan = planDates({ today: "2026-11-23", requests: SAMPLE_REQUESTS, deadline: "2026-12-04" });
  const context = buildReplyContext({
    analysis: sampleAnalysis(),
    requests: SAMPLE_REQUESTS,
    decision: defaultDecisionFor(SAMPLE_REQUESTS),
    ...plan,
    rep: SAMPLE_REP,
    language: "en",
  });
  for (const value of [
    context.items,
    context.decision.ask,
    context.decision.label,
    context.decisionDate.iso,
    context.decisionDate.long,
    context.deliveryDate.long,
    context.deadline?.long ?? "",
  ]) {
    expect(readme).toContain(`\`${value}\``);
  }
});
