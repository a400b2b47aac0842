import type { Language, RequestType } from "../../types";

/** One way a language names a request type in a clause. */
export interface TypeCue {
  /** Global, case-insensitive, bounded pattern (built with `words`). */
  pattern: RegExp;
  /**
   * Fixed item for cues that are verb phrases rather than nouns ("how much", "see it in action"):
   * the words themselves would not read as a thing to confirm.
   */
  item?: string;
  /** With `item`: the cue is a verb whose object names what to show ("show us the editor" → "a demo of the editor"). */
  takesObject?: boolean;
  /**
   * Generic nouns ("information", "details") that give way to a more specific type next to them:
   * "more details on pricing" asks for pricing.
   */
  weak?: boolean;
  /**
   * A brush-off that holds what it is sent with: "something in writing with the prices" asks
   * for the prices too, where "a proposal including costs" is the proposal.
   */
  holds?: boolean;
  /** A second pattern the sentence must also contain ("customer" counts only with "speak to"). */
  requires?: RegExp;
  /**
   * A length of time ("45 minutes"): in a message that asks for a demo or a reference call it is
   * that call's length, not a meeting of its own.
   */
  duration?: boolean;
}

/** Word lists the item extractor walks with; all entries lower case. */
export interface ItemWords {
  /** Articles, possessives, quantities: a noun phrase starts here, so the backward walk stops after one. */
  determiners: ReadonlySet<string>;
  /** Words that cannot precede the head noun inside its phrase: verbs, pronouns, prepositions, adverbs. */
  stopBefore: ReadonlySet<string>;
  /** Words that end the phrase going forward: subordinators, pronouns, finite verbs, time words. */
  stopAfter: ReadonlySet<string>;
  /** "and", "or": the phrase goes on across one only when the same type follows. */
  conjunctions: ReadonlySet<string>;
  /** "of" in "a couple of case studies". */
  of: string;
  /**
   * Word pairs the language writes as one, once an item is joined with `of`: Spanish "de el" →
   * "del", French "de le" → "du". Keys are lower case.
   */
  contractions?: ReadonlyMap<string, string>;
  /** Nouns that may precede `of` in a quantity: "couple", "list", "copy". */
  quantities: ReadonlySet<string>;
  /**
   * Infinitive markers ("to", "pour"), and modals of a relative clause ("a call where you can go
   * through the hosting"), that may go on into a purpose verb ...
   */
  infinitive: ReadonlySet<string>;
  /** ... when the verb is one of these ("discuss", "go"): "a call to go over the integration". */
  purposeVerbs: ReadonlySet<string>;
  /** Copulas dropped between the head and a preposition: "the price (would be) for 30 users". */
  copulas: ReadonlySet<string>;
  /** Prepositions that tie a topic to a generic noun or a meeting: "about", "on", "regarding". */
  topic: ReadonlySet<string>;
  /** Words that attach a detail to the item before them: "a proposal including implementation costs". */
  including: ReadonlySet<string>;
  /** The "including" words after which a list with "and" still qualifies the thing before. */
  listing: ReadonlySet<string>;
  /**
   * Words opening a clause that only details the thing before ("mainly", "with", "including"):
   * what it names is no request of its own, nor what a later "that" points at.
   */
  details?: ReadonlySet<string>;
  /** Words opening a condition ("if", "si", "wenn"): "if you have case studies, that would help". */
  conditions?: ReadonlySet<string>;
  /** Pronouns that point back at the thing named just before: "can you resend it?". */
  anaphora: ReadonlySet<string>;
  /** Words of comparison: "against both of them" names the others, not the thing asked for. */
  comparedWith?: ReadonlySet<string>;
  /** What makes a pronoun point at nothing: "is it possible to …", "would it be worth …". */
  expletive?: ReadonlySet<string>;
  /** Of those, the ones that stand for a single thing ("it"): never for "plenty of case studies". */
  singularPronouns?: ReadonlySet<string>;
  /** A named thing in the plural ("case studies", "logins"). Not global. */
  plural?: RegExp;
  /**
   * Definite determiners: "I'd need the documents by Friday" after a quote and the MSA were asked
   * for means those, not more documents.
   */
  definite?: ReadonlySet<string>;
  /** Third persons ("them", "their"): a call "with their HR lead" after a reference ask is with the references. */
  others?: ReadonlySet<string>;
  /** Words that go on to say which thing is meant: "the materials which explain the setup". */
  relatives?: ReadonlySet<string>;
  /** Words an item may not end on ("of", "the", "for"). */
  dangling: ReadonlySet<string>;
  /**
   * The prospect's possessives and pronouns as the rep says them back in the reply: "our QA
   * team" → "your QA team", "your pricing" → "our pricing". Keys are lower case, except where
   * only the capital form is unambiguous (German formal "Ihre", not "ihre" = her/their): an
   * exact-case key matches first and is used as written.
   */
  toRepVoice: Readonly<Record<string, string>>;
}

/**
 * How the language asks for something without naming a type the cues know ("point me to whatever
 * you have on the rollout timeline", "what year one would set us back"). Read only for an asking
 * clause in which no cue named a type: broader words would misfire next to a specific cue.
 */
export interface UnnamedAsk {
  /** Words of each type's field, wider than its cues: money and rates, backups and retention. */
  cues: Partial<Readonly<Record<RequestType, readonly TypeCue[]>>>;
  /**
   * A verb that asks to be handed something ("share", "point me to", "can I get"); what follows
   * it is the object. With no field word in the clause, the object is information.
   */
  handover: RegExp;
  /** A vague start of the object that the item leaves out ("whatever you have on"). Anchored with ^. */
  vague: RegExp;
  /** A thing with no name that still asks for material: "something", "anything". Anchored with ^. */
  indefinite: RegExp;
  /** Objects that are no errand: opinions, contact details, an answer ("share your thoughts"). */
  notDeliverable: RegExp;
}

/**
 * How a reply takes up what the rep offered in the message it answers ("Both please.", "The
 * sandbox would be more useful", "Second option works"): what it asks for is named only in the
 * rep's quoted offer.
 */
export interface OfferWords {
  /** The rep offering to do something ("I can", "happy to", "want me to"); what follows is the offer. */
  offer: RegExp;
  /** "or" between two offered actions, or a comma before the next one ("send pricing, set up a trial"). */
  alternative: RegExp;
  /** The rep as the subject of a listed offer ("I send you …", "we set up …"). Anchored with ^. */
  speaker: RegExp;
  /** The "or" a listed offer ends with before the next one. */
  listJoin: RegExp;
  /** Words that point at the offered things as a pronoun would: "send either (or both)". */
  pointer: RegExp;
  /** An offer's object that is a thing, not an action ("would you like a trial"). Anchored with ^. */
  thing: RegExp;
  /** The prospect's words an offered action becomes ("Could you"), and an offered thing ("Could we get"). */
  askAction: string;
  askThing: string;
  /** A short thanks before the answer: "Thanks Marc - yes please". Anchored with ^. */
  thanks: RegExp;
  /** A reply taking up all that was offered: "Yes please", "Both", "Please do". Anchored with ^. */
  acceptAll: RegExp;
  /** A preference for one of them: "would be more useful", "works for us", "is fine". */
  prefer: RegExp;
  /** A part turning one down: "the recording not needed", "skip the deck". */
  decline: RegExp;
  /** A time or day: "Wednesday 10am works" answers a scheduling question, not an offer. */
  scheduling: RegExp;
  /** Words that never tell which offer is meant: days, "ones", "things". Lower case. */
  notNaming: ReadonlySet<string>;
  /** Ordinal words and the offer they pick (0 first, -1 last): "second option", "the latter". */
  ordinals: Readonly<Record<string, number>>;
  /** Nouns a number after them picks by ("option two", "number 1"), and those numbers in words. */
  pickedBy: ReadonlySet<string>;
  cardinals: Readonly<Record<string, number>>;
  /** The rep's possessives and pronouns as the prospect says them: "send you our deck" → "send us your deck". */
  toProspectVoice: Readonly<Record<string, string>>;
}

export interface Lexicon {
  language: Language;
  /** Type cues; a clause asks for a type when one matches and the clause is a request. */
  cues: Readonly<Record<RequestType, readonly TypeCue[]>>;
  /**
   * Things prospects ask for that the taxonomy does not cover (invoices, bank details): they are
   * not requests, and a cue qualifying them ("the invoice for the pilot") is not one either.
   */
  outside: RegExp;
  /** Modal questions, "please", wishes and needs: the clause asks for something. */
  request: RegExp;
  /** An imperative verb at the start of a clause ("send me", "share"). Anchored with ^. */
  imperative: RegExp;
  /** Refusals and "no need": the clause asks for nothing, whatever else it says. */
  negation: RegExp;
  /** Past events ("the demo was great"): not a request unless the clause asks explicitly. */
  past: RegExp;
  /** "Thanks for …": acknowledges something received. */
  thanks: RegExp;
  /**
   * Words that put something into the thing asked for before ("please also include your payment
   * terms", "it needs to reflect the discount"): no request of its own after another.
   */
  addsTo?: RegExp;
  /**
   * A clause that states something of its own, a subject and its verb ("IT is still chewing on
   * SSO", "legal signed off on the pilot scope"): in a sentence that asks elsewhere, it does not
   * ask. Anchored with ^.
   */
  statement?: RegExp;
  /**
   * A verb whose object is left out, so it points back like "it": "Attached is our security
   * questionnaire. Please complete and return by 1 December."
   */
  elided?: RegExp;
  /** What an ask need not be ("doesn't need to be a formal quote"): a refusal that refuses no type. */
  needNotBe?: RegExp;
  /** Right after a thing: it will do ("the executive summary is fine"), settling for what was asked. Anchored with ^. */
  suffices?: RegExp;
  /** Words that open a new clause inside a sentence ("but", "however"). */
  contrast: RegExp;
  /** Words that open a dependent clause ("so we can", "before"): it is a reason or a time, not a request. */
  subordinate: RegExp;
  /**
   * Words opening a fragment that continues the request before it ("And the SOC 2 report.",
   * "just a rough quote"). Anchored with ^.
   */
  followUp: RegExp;
  /** A greeting at the start of a sentence ("Hi Sam,"). Anchored with ^. */
  greeting: RegExp;
  /** Out-of-office replies: the whole message asks for nothing. */
  autoReply: RegExp;
  /** Bulk mail footers: the whole message asks for nothing. */
  bulk: RegExp;
  /**
   * A list intro that reports rather than asks ("Key points, so your legal team can prioritize:",
   * "Quick status:"): its items ask only by their own words.
   */
  reports?: RegExp;
  /**
   * An intro to changes wanted in a document already sent ("What we need changed for v3:"): its
   * lines are terms of that document, not asks of their own, though the intro says "need".
   */
  changeList?: RegExp;
  /**
   * Informal spellings read as their standard form before anything else ("whats the damage",
   * "can u send", "thru"): the patterns are written for the standard form. Each pattern is global.
   */
  respell?: readonly (readonly [RegExp, string])[];
  /** The second reading for asking clauses no cue typed; a language without it reads cues only. */
  unnamed?: UnnamedAsk;
  words: ItemWords;
}
