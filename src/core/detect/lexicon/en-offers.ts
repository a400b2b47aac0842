import { leading, wordSet, words } from "./build";
import type { OfferWords } from "./types";

/** Verbs the rep offers with, where a list of offers goes on after a comma. */
const OFFER_VERBS =
  "send|share|set up|setup|spin up|put (?:together|you in touch)|walk|show|arrange|book|schedule|connect|introduce|intro|run|get|give|provide|organi[sz]e|prepare|forward|record|do|host|open|extend|loop in|pull together";

export const enOffers: OfferWords = {
  offer: words(
    // "If useful I can send over our SOC 2 report", "I can either set up a sandbox or …".
    // Not "That way I can size the pilot properly": the rep's own plan.
    `(?:i|we) (?:can|could)(?: also| either| happily| gladly| easily)?(?: either)?(?= (?:${OFFER_VERBS})(?![\\p{L}]))`,
    // "Happy to send the proposal and set up a trial as well if useful".
    "(?:(?:i'm|i am|we're|we are|i'd be|we'd be|i would be|we would be) )?(?:(?:more than|very|also|always) )?(?:happy|glad) to(?: also)?",
    // "Want me to send them over?", "Shall I send over the final order form".
    "(?:would you like|do you want|want|would it help if|should|shall) (?:me|us|i|we)(?: to)?",
    "(?:let me know|tell me|just say) if you(?:'d| would)? (?:like|want)(?: (?:me|us) to)?",
    "would you (?:like|want|be interested in|be open to)",
    // "Would it also be useful to see a quick demo of the analytics module".
    "would it(?: also)? (?:help|be (?:useful|helpful|worth it)) (?:to|if (?:i|we))",
    "(?:the )?offer (?:of|to)(?: still)? (?:stands|is open)(?: (?:to|for))?",
    // A list of choices: "Two options for next steps:", "whichever is easier for you:".
    "(?:two|three|2|3|a couple of|a few|some|several) (?:options|choices|ways forward)",
    "whichever (?:is|works|suits|you prefer)",
  ),
  alternative: new RegExp(
    `(?:,? (?:or|and/or) (?:(?:i|we) (?:can|could) )?|, (?=(?:${OFFER_VERBS}) ))`,
    "giu",
  ),
  speaker: leading([], ["(?:i|we)(?:'ll| will| can| could| would)?"]),
  listJoin: /\s(?:or|and|and\/or)[\s.]*$/iu,
  pointer: words("either(?: \\(?or both\\)?)?", "(?:one|any|either|both) of (?:them|these|those)"),
  thing: leading([], ["a", "an", "the", "some", "any", "our", "one", "two", "three", "more"]),
  askAction: "Could you",
  askThing: "Could we get",
  thanks: leading([], ["thanks", "thank you", "thx", "cheers", "great", "perfect", "ta"]),
  acceptAll: leading(
    ["oh", "great", "thanks", "thank you", "perfect", "hi", "hey"],
    [
      // A bare "Yes." takes up the offer; a bare "Sure." or "OK." is too lukewarm to be an ask.
      "(?:yes|yeah|yep|yup|absolutely|definitely)(?=[\\s,.!:;-]{0,3}$)",
      "(?:yes|yeah|yep|yup|sure|absolutely|definitely|ok|okay)(?=[\\s,.!:;-]{0,3}(?:please|pls|plz|that|both|go|send|do|would|sounds|to|i'd|we'd|i would|we would|thanks|thank|much))",
      "both(?: of them| options)?",
      "all (?:of them|three|of those)",
      "please do",
      "please go ahead",
      "go ahead",
      "go for it",
      "would love (?:that|both|it|to|one)",
      "(?:that|this|it) (?:would|'d|will) be (?:great|helpful|useful|perfect|ideal|much appreciated|fantastic|brilliant)",
      "(?:that|this) sounds (?:great|good|helpful|useful|perfect)",
    ],
  ),
  prefer: words(
    "(?:would|'d|will|is|are|'s|sounds?|works?|seems?) (?:be )?(?:the )?(?:a lot |much |far |really |very |probably |definitely |more |most ){0,2}(?:useful|helpful|better|best|great|ideal|fine|good|perfect|preferable|valuable|interesting)",
    "works? (?:for (?:us|me)|best|better)",
    "(?:i|we)(?:'d| would) (?:prefer|rather|go (?:for|with)|take)",
    "(?:let's|lets) (?:go|do)(?: with| for)?",
    "(?:go|going) with",
    // "The sandbox please", "Both pls": a closing please picks; "please send" asks in its own words.
    "(?:please|pls|plz)(?=[\\s.!]*$)",
  ),
  decline: words(
    "not (?:needed|necessary|required|needed for now|for now)",
    "no need",
    "(?:can|could) skip",
    "skip",
    "(?:don't|do not|won't) need",
    "pass on",
    "(?:not|no) (?:interested|thanks|thank you)",
  ),
  scheduling: words(
    "(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?",
    "\\d{1,2}(?:[:.]\\d{2})? ?(?:am|pm)",
    "\\d{1,2}[:.]\\d{2}",
    "tomorrow",
    "(?:next|this) week",
    "(?:that|the) (?:time|slot)",
  ),
  notNaming: wordSet(
    "monday tuesday wednesday thursday friday saturday sunday week weeks month today tomorrow morning afternoon evening time times slot slots ones thing things option options great thanks honestly really though",
  ),
  ordinals: {
    first: 0,
    "1": 0,
    "1st": 0,
    former: 0,
    second: 1,
    "2": 1,
    "2nd": 1,
    third: 2,
    "3": 2,
    "3rd": 2,
    latter: -1,
    last: -1,
  },
  pickedBy: wordSet("option choice number no"),
  cardinals: { one: 0, two: 1, three: 2 },
  toProspectVoice: {
    our: "your",
    ours: "yours",
    your: "our",
    yours: "ours",
    you: "us",
    us: "you",
  },
};
