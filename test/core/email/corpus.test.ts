import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseEml, readProspectMessage } from "../../../src/core/email";
import type { EmailInput } from "../../../src/core/types";

/** The shared labelled corpus sits next to the repository (../shared/corpus). */
const CORPUS = join(__dirname, "../../../../shared/corpus");

interface Label {
  first: string;
  lang: string;
  mode: "read" | "compose";
}

/** The sentence each message's request is in, and what must be gone: quoted history, rep draft, signature. */
const EXPECT: Record<string, { contains: string; excludes: string[] }> = {
  "d01.eml": {
    contains: "Could you give us a demo of the scheduling features?",
    excludes: ["Granite Build Co.", "Rachel"],
  },
  "d02.eml": {
    contains: "What would the annual price be for 30 users on the Professional plan?",
    excludes: ["Regards", "Henrik"],
  },
  "d03.eml": {
    contains: "Please send me your product datasheet and a summary of the support plans.",
    excludes: ["Mei Lin"],
  },
  "d04.eml": {
    contains: "can you share a couple of customer success stories from the mining sector?",
    excludes: ["Carlos"],
  },
  "d05.eml": {
    contains: "Is there a customer of yours in retail I could speak to about their experience?",
    excludes: ["Fiona"],
  },
  "d06.eml": {
    contains: "can you enable a 14-day trial for our QA team?",
    excludes: ["Thanks - Arjun", "Arjun"],
  },
  "d07.eml": {
    contains: "most recent penetration test report",
    excludes: ["Pacific Credit Union", "Monica Reyes"],
  },
  "d08.eml": { contains: "Could you draft a statement of work for the data migration", excludes: ["David"] },
  "d09.eml": { contains: "let's set up a call on Wednesday", excludes: ["Elena"] },
  "d10.eml": { contains: "Please send over the contract and your terms and conditions", excludes: ["Jonas"] },
  "d11.eml": { contains: "Nothing needed for now", excludes: ["Natalie"] },
  "d12.eml": { contains: "I am currently on annual leave", excludes: [] },
  "d13.eml": {
    contains: "could you send a recorded demo as well?",
    excludes: ["pricing sheet", "case studies", "Original Message", "Tanya"],
  },
  "d14.eml": {
    contains: "Kindly share a quotation for 3 sites.",
    excludes: ["Head of Pricing", "Demo Centre", "Ahmed Hassan"],
  },
  "d15.eml": {
    contains: "Can you show us the editor in a short demo, and send the pricing for agencies?",
    excludes: ["Lena"],
  },
  "d16.eml": {
    contains: "Pode enviar-nos uma proposta comercial e alguns casos de sucesso?",
    excludes: ["Obrigada", "Isabel"],
  },
  "d17.eml": {
    contains: "potremmo fissare una demo per il nostro team la prossima settimana?",
    excludes: ["Grazie", "Martina"],
  },
  "d18.eml": {
    contains: "¿Nos puede enviar más información sobre el módulo de reservas y una lista de precios?",
    excludes: ["Sergio"],
  },
  "d19.txt": {
    contains: "can you send me your pricing before Thursday's budget meeting?",
    excludes: ["Hi Ana", "Subject:", "\nAna"],
  },
  "d20.txt": {
    contains: "could you send over a couple of case studies from agencies like ours?",
    excludes: ["demo or a trial", ">", "Noah"],
  },
  "d21.txt": {
    contains: "could you connect me with two references in the printing industry?",
    excludes: ["Sure thing", "Olga"],
  },
  "d22.txt": {
    contains: "please send the proposal and the security questionnaire answers by Friday.",
    excludes: ["Next steps", "Brian"],
  },
  "d23.txt": {
    contains: "Pouvez-vous m'envoyer vos tarifs pour 10 utilisateurs ?",
    excludes: ["Objet", "Camille"],
  },
  "d24.txt": { contains: "Perfect, thank you for the documents. We will be in touch.", excludes: ["Victor"] },
};

async function readCorpusFile(file: string, mode: "read" | "compose"): Promise<EmailInput> {
  const bytes = readFileSync(join(CORPUS, file));
  if (file.endsWith(".eml")) return { ...(await parseEml(new Uint8Array(bytes))), mode };
  return { mode, body: bytes.toString("utf8"), bodyType: "text" };
}

const haveCorpus = existsSync(join(CORPUS, "labels.json"));
const describeCorpus = haveCorpus ? describe : describe.skip;

describeCorpus("shared corpus", () => {
  const labels: Record<string, Label> = haveCorpus
    ? JSON.parse(readFileSync(join(CORPUS, "labels.json"), "utf8"))
    : {};

  it("covers every labelled file", () => {
    expect(Object.keys(EXPECT).sort()).toEqual(Object.keys(labels).sort());
  });

  it.each(Object.keys(EXPECT))("%s", async (file) => {
    const label = labels[file];
    const message = readProspectMessage(await readCorpusFile(file, label.mode));
    expect(message.found).toBe(true);
    expect(message.sender.firstName).toBe(label.first);
    expect(message.language).toBe(label.lang);
    expect(message.text).toContain(EXPECT[file].contains);
    for (const part of EXPECT[file].excludes) expect(message.text).not.toContain(part);
    expect(message.sentAt).toMatch(/^2026-11-\d\dT\d\d:\d\d:\d\d/);
  });
});
