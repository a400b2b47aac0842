import type { DetectedLanguage } from "../types";

/**
 * The words that make a named date a deadline for the item ("by", "bis", "avant", "antes del",
 * "até", "entro", "uiterlijk"). A cue must sit right before the date (articles and "EOD"
 * allowed in between) or right after it ("Friday at the latest"). Patterns are anchored and
 * read short windows, so they run in time linear in the line.
 */
export interface DeadlineCues {
  /** Matches at the end of the text just before a date. */
  before: RegExp;
  /** Matches at the start of the text just after a date. */
  after: RegExp;
  /** Matches at the start of the date's own words, when the parser took the cue in ("within two weeks"). */
  leading: RegExp;
  /**
   * Cues that also mean "for" ("pour vendredi", "para el viernes", "voor vrijdag"): a demo "for
   * Friday" is a meeting time, so these count only in sentences that set up no meeting.
   */
  weakBefore: RegExp;
}

const NOT_LETTER = "(?:^|[^\\p{L}])";

function before(cues: string, connectors: string): RegExp {
  return new RegExp(`${NOT_LETTER}(?:${cues})(?:\\s{0,3}(?:${connectors})){0,3}\\s{0,3}[,:]?\\s{0,3}$`, "iu");
}

function after(cues: string): RegExp {
  return new RegExp(`^\\s{0,3},?\\s{0,3}(?:${cues})(?![\\p{L}])`, "iu");
}

const NEVER = /(?!)/;

const EN = {
  before: before(
    // "Can you send this until 25.11?", "good to have this until Wednesday": "until" after a
    // handover is "by" in many writers' English; alone it spans a period ("our contract runs
    // until June"), and so it does for access ("get a trial extension until January").
    "by|before|within|eod|cob|eob|close of business(?: on)?|end of (?:the )?business day(?: on)?|due(?: on| by)?|clos(?:e|es|ing)(?: on| date(?: is)?)?|no later than|not later than|latest(?: by| on)?|deadline(?: is| of| for(?:\\s{1,3}[\\p{L}-]{1,20}){1,5}(?:\\s{0,3}:|\\s{1,3}is))?|ahead of|in time for|first thing(?: on)?|(?:send|get|have|need|want|deliver|share|provide|submit|return|receive|set|do|make|prepare|arrange|organi[sz]e|finish|complete)(?:\\s{1,3}(?!(?:extension|access|trial|licen[cs]es?|pilot|sandbox|accounts?|logins?)(?![\\p{L}]))[\\p{L}'-]{1,20}){0,5}\\s{1,3}(?:until|till)",
    "the|this|next|coming|on|eod|cob|eob|end of (?:the )?(?:business )?day|close of business",
  ),
  after: after("at the latest|latest|is (?:the|our) deadline"),
  leading: /^within\b/i,
  weakBefore: NEVER,
};

export const DEADLINE_CUES: Record<DetectedLanguage, DeadlineCues> = {
  en: EN,
  unknown: EN,
  de: {
    before: before(
      "bis|spätestens|noch vor|vor|fällig(?: am| bis)?|Frist(?: ist)?",
      "zum|zur|spätestens|am|kommenden|kommender|nächsten|nächster|diesen|diesem|dem|der",
    ),
    after: after("spätestens|ist die Frist"),
    leading: NEVER,
    weakBefore: NEVER,
  },
  fr: {
    before: before(
      "avant|d['’]ici|au plus tard|jusqu['’]à|jusqu['’]au|date limite(?: le| du)?",
      "le|la|l['’]|ce|cette|au|à|la fin de|la fin du",
    ),
    after: after("au plus tard|dernier délai"),
    leading: NEVER,
    weakBefore: before("pour", "le|la|ce|cette"),
  },
  es: {
    before: before(
      "antes de|antes|a más tardar|como (?:muy )?tarde|como máximo|hasta|plazo(?: es| hasta)?",
      "el|la|los|este|esta|del|de|a|al|próximo|próxima",
    ),
    after: after("a más tardar|como (?:muy )?tarde|como máximo"),
    leading: NEVER,
    weakBefore: before("para", "el|la|este|esta|el próximo|la próxima"),
  },
  pt: {
    before: before(
      "até|antes de|antes|o mais tardar|no máximo até|prazo(?: é| até)?",
      "o|a|ao|à|dia|este|esta|próxima|próximo|de|do|da|na|no",
    ),
    after: after("o mais tardar|no máximo|no mais tardar"),
    leading: NEVER,
    weakBefore: NEVER,
  },
  it: {
    before: before(
      "entro|prima di|prima del|prima della|non oltre|al più tardi|scadenza(?: il)?",
      "il|la|lo|l['’]|questo|questa|prossimo|prossima|la fine di|la fine del",
    ),
    after: after("al più tardi|come scadenza"),
    leading: NEVER,
    weakBefore: NEVER,
  },
  nl: {
    before: before("vóór|uiterlijk|ten laatste|tegen|deadline(?: is)?", "de|het|deze|volgende|op|aanstaande"),
    after: after("op zijn laatst|uiterlijk"),
    leading: NEVER,
    weakBefore: before("voor", "de|het|deze|volgende|aanstaande"),
  },
};

/**
 * A date followed by an event ("Thursday's budget meeting", "Friday board review") is when
 * that event happens, not a date set for the item; "by 4 December for the board pack" is the
 * item's date, and the event what it is for.
 */
export const EVENT_AFTER =
  /^(?:['’]s\b|\s{1,3}(?!for\b)(?:[\p{L}-]{1,20}\s{1,3}){0,2}(?:meeting|call|board|review|session|workshop|presentation|committee|offsite|kick-?off|conference|summit)\b|\s{1,3}(?:books|accounts|close|numbers|figures|payroll|run|results|statements?|invoices|month-?end)\b)/iu;

/**
 * A span of minutes ("acknowledged within 15 minutes") is a service level the prospect requires,
 * never the date an errand is due; so is a span of hours ("notify us within 24 hours of an
 * incident") unless the sentence hands something over ("send the quote within 48 hours").
 */
export const MINUTES_SPAN = /\b(?:minutes?|mins?|seconds?|Minuten|minutos|minuti)\b/iu;
export const HOURS_SPAN = /\b(?:hours?|hrs?|Stunden?|heures?|horas|ore|uur)\b/iu;
export const HANDS_OVER =
  /\b(?:send|share|provide|forward|get|email|deliver|return|submit|senden|schicken|envoyer|envoyez|enviar|envíe|inviare|sturen)\b/iu;

/**
 * A length, not a date: "can we get the trial extended by a week?", "push it back by two days".
 * Read on the words just before the date and the date's own words.
 */
export const LENGTH_BY = /\bby\s{1,3}$/iu;
export const A_LENGTH =
  /^(?:a|an|one|two|three|four|a few|a couple of|\d{1,2})\s{1,3}(?:more\s{1,3})?(?:days?|weeks?|months?)\b/iu;

/**
 * The prospect's own delivery: "We can get you the guidelines this week" is when they send
 * something, not when the rep's item is due. Read on the sentence up to the date, so "if we can
 * have that by Monday I can get it into Legal's queue" keeps its date.
 */
export const PROSPECT_DELIVERS =
  /\b(?:we|i)(?:['’]ll| will| can| could| shall)?\s{1,3}(?:get|send|share|provide|forward|pass|revert|come back|get back)\s{1,3}(?:to\s{1,3})?(?:you|it|them|this|that|over)\b/iu;

/**
 * A time of day between a cue and its date ("no later than 12:00 noon on Friday 4 December",
 * "by 5pm, Friday"): the cue is read as if the time were not there.
 */
export const TIME_BEFORE =
  /(?:\d{1,2}(?:[:.]\d{2})?\s{0,2}(?:am|pm|a\.m\.|p\.m\.|h)?|noon|midday|midnight)(?:\s{1,3}(?:noon|midday|gmt|cet|cest|bst|utc|est|pst|[a-z]{2}t))?\s{0,3}(?:on\s{1,3}|,\s{0,3})?$/iu;

/** A weekday between a cue and the date written after it: "bis Freitag, 4.12.", "by Friday, 4/12". */
export const WEEKDAY_BEFORE =
  /(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|segunda(?:-feira)?|terça(?:-feira)?|quarta(?:-feira)?|quinta(?:-feira)?|sexta(?:-feira)?|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag),?\s{1,3}(?:den\s{1,3}|le\s{1,3}|el\s{1,3})?$/iu;

/**
 * A date the prospect says nothing happens before ("I don't have time for a demo before year
 * end", "nothing is happening before February"): no errand is due then. Read on the words just
 * before the date; "no later than" is a deadline's own words.
 */
export const NOTHING_BEFORE =
  /\b(?:nothing|don['’]t|do not|won['’]t|will not|can['’]t|cannot|no time|not (?:going to|happen|start|sign|decide|move|buy|commit))\b[^.!?;,]{0,60}\b(?:before|until|till|by)\s{1,3}(?:the\s{1,3})?$/iu;

/**
 * Sentences that set the date for the buyer's questions in a tender ("Clarification questions
 * should be raised through the portal by 2 December"), not for the item.
 */
export const QUESTIONS_DUE =
  /\b(?:clarification|clarifying|written)?\s?(?:questions?|queries)\b:?(?:\s{1,3}[\p{L}-]{1,20}){0,8}\s{1,3}(?:due|by|until|before|no later than|close|closes|closing)\b|\bfor any clarifications?\b|\bdeadline for (?:clarification |clarifying |written )?(?:questions?|queries)\b|\b(?:preguntas aclaratorias|fragen|questions de clarification|domande di chiarimento|perguntas)\b/iu;

/** Sentences that set up a meeting, where "for Friday" or "this week" is when to meet. */
export const MEETING_WORDS =
  /\b(?:\d{1,3} ?min(?:ute)?s? with|(?:half an|an) hour with|meeting|meet|call|demo|demonstration|walkthrough|screen[- ]?share|chat|session|slots?|zoom|créneau|visio|point téléphonique|videollamada|videochiamata|Termin|Gespräch|Telefonat|Treffen|réunion|appel|démo|rendez-vous|reunión|reunion|llamada|reunirnos|reunião|chamada|ligação|riunione|chiamata|incontro|vergadering|gesprek|afspraak|bellen)\b/iu;

/** A sentence that asks for something to be sent, so an uncued "this week" is its deadline. */
export const ASKING =
  /\?|\b(?:please|send|share|get|need|provide|forward|email|bitte|senden|schicken|envoyer|envoyez|enviar|envíe|envie|inviare|inviarci|sturen|stuur)\b/iu;

/**
 * A date the prospect's own decision or start is set for ("her sign-off before year end",
 * "go-live by March") is the buyer's date, not one set for the item; so is a tender's intent to
 * bid (its questions are `QUESTIONS_DUE`).
 */
export const DECISION_BEFORE =
  /(?:(?:intent to (?:bid|respond))\s{1,3}(?:(?:are|is)\s{1,3})?due(?:\s{1,3}(?:on|by))?\s{1,3}$)|(?:sign-?off|approval|decision|decide|buy|purchase|commit|go-?live|launch|kick-?off|start|begin|Entscheidung|Freigabe|décision|decisión|decisão|decisione)\s{1,3}(?:(?:by|before|no later than|ahead of|bis|vor|avant|antes de|antes del|até|entro|prima di)\s{1,3})(?:(?:the|this|next|end of|zum|le|la|el|o|a|il)\s{1,3}){0,2}$/iu;
