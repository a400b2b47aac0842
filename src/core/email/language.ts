/**
 * Tells the languages we read apart by their function words and a few spellings. Short
 * business mail has few words, so words that belong to one language only count double, and
 * letters such as "ñ", "ã", "ß" or the "ij" of Dutch break the ties between close languages.
 */
import type { DetectedLanguage, Language } from "../types";

const WORDS: Record<Language, string> = {
  en: "the and you your we our for with this that is are be can could would please thanks thank hi hello dear to of it me us send would will have has what when not know let regards best a do on or i my from about by if just any some also get",
  de: "und der die das ich wir sie ihr ihnen ihre uns unser unsere für mit ist sind nicht bitte danke hallo guten tag können könnten würden schicken senden ein eine einen auf auch gerne grüße viele sehr wie zu von herr frau liebe",
  fr: "le la les et vous nous votre vos notre nos pour avec est sont ne pas merci bonjour pouvez pourriez envoyer un une des du au aux je cordialement bien sur que qui dans de en",
  es: "el la los las y usted ustedes nos nuestro nuestra para con es son no gracias hola puede podría podrían enviar un una unos del al por favor más sobre saludo saludos que estimado quisiera lista precios de en se su sus lo este esta como pero también hay",
  pt: "o a os as e você vocês nos nosso nossa para com é são não obrigado obrigada olá pode poderia podem enviar um uma uns umas do da dos das ao pelo pela mais sobre atenciosamente que em no na de",
  it: "il lo la gli le e lei voi noi nostro nostra per con è sono non grazie buongiorno salve può potrebbe potremmo potete inviare un una uno del della dei al alla più sulla cordiali saluti che ciao prossima settimana",
  nl: "de het een en u jullie wij we ons onze voor met is zijn niet graag dank bedankt hallo goedemorgen kunt kunnen zou zouden sturen van op ook wel groet groeten vriendelijke ik",
};

const LETTERS: Record<Language, string[]> = {
  en: [],
  de: ["ß", "ä", "ö", "ü"],
  fr: ["è", "ê", "à", "ç", "ù", "œ", "î"],
  es: ["ñ", "¿", "¡", "ción"],
  pt: ["ã", "õ", "ção", "ções", "lh", "nh"],
  it: ["zione", "gli", "ò", "ì"],
  nl: ["ij", "oe", "aa", "uu"],
};

const LANGUAGE_LIST = Object.keys(WORDS) as Language[];

/** For each word, the languages it belongs to. */
const OWNERS = new Map<string, Language[]>();
for (const language of LANGUAGE_LIST) {
  for (const word of WORDS[language].split(" ")) {
    const owners = OWNERS.get(word) ?? [];
    owners.push(language);
    OWNERS.set(word, owners);
  }
}

/** Enough text for the answer to mean something, and no more than we need to read. */
const MIN_SCORE = 2;
const MIN_HITS = 2;
const MAX_CHARS = 20_000;

function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
}

export function detectLanguage(text: string): DetectedLanguage {
  const sample = text.slice(0, MAX_CHARS);
  const scores: Record<Language, number> = { en: 0, de: 0, fr: 0, es: 0, pt: 0, it: 0, nl: 0 };
  const words = tokens(sample);
  let hits = 0;
  for (const word of words) {
    const owners = OWNERS.get(word);
    if (!owners) continue;
    hits++;
    const weight = owners.length === 1 ? 2 : 1 / owners.length;
    for (const language of owners) scores[language] += weight;
  }
  // Spelling cues only decide between languages the words already point to.
  const lower = sample.toLowerCase();
  for (const language of LANGUAGE_LIST) {
    if (scores[language] === 0) continue;
    for (const cue of LETTERS[language]) if (lower.includes(cue)) scores[language] += 0.5;
  }
  let best: Language | null = null;
  let second = 0;
  for (const language of LANGUAGE_LIST) {
    const score = scores[language];
    if (!best || score > scores[best]) {
      if (best) second = Math.max(second, scores[best]);
      best = language;
    } else {
      second = Math.max(second, score);
    }
  }
  if (!best || hits < MIN_HITS || scores[best] < MIN_SCORE || scores[best] === second) return "unknown";
  return best;
}
