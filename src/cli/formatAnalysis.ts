import type { Analysis } from "../core/types";

/** The stable JSON shape of `analyze --json`: one object a line, in the order of the files. */
export function analysisJson(file: string, analysis: Analysis): Record<string, unknown> {
  const { message } = analysis;
  return {
    file,
    sender: {
      name: message.sender.name,
      firstName: message.sender.firstName,
      email: message.sender.email,
      company: message.sender.company,
    },
    language: message.language,
    date: message.sentAt,
    subject: message.subject,
    found: message.found,
    message: message.text,
    requests: analysis.requests.map(({ type, item, evidence }) => ({ type, item, evidence })),
    deadline: analysis.deadline,
    dates: analysis.dates.map(({ text, date }) => ({ text, date })),
  };
}

/** A readable summary for a person at a terminal. */
export function analysisSummary(file: string, analysis: Analysis): string {
  const { message } = analysis;
  const who = [message.sender.name || message.sender.email || "unknown sender", message.sender.company]
    .filter(Boolean)
    .join(", ");
  const lines = [`${file}`, `  from:      ${who}${message.sender.email ? ` <${message.sender.email}>` : ""}`];
  lines.push(`  sent:      ${message.sentAt ?? "unknown"}   language: ${message.language}`);
  if (!message.found) {
    lines.push("  no quoted prospect message in this draft");
    return lines.join("\n");
  }
  if (analysis.requests.length === 0) {
    lines.push("  requests:  none");
  } else {
    lines.push("  requests:");
    for (const request of analysis.requests) lines.push(`    - ${request.type}: ${request.item}`);
  }
  lines.push(`  deadline:  ${analysis.deadline ?? "none"}`);
  if (analysis.dates.length > 0) {
    lines.push(`  dates:     ${analysis.dates.map((d) => `${d.date} ("${d.text}")`).join(", ")}`);
  }
  return lines.join("\n");
}
