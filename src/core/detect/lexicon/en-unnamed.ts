import type { UnnamedAsk } from "./types";
import { leading, words } from "./build";

/** A noun phrase of up to four words after an article: "the new dispatch board". */
const OBJECT =
  "(?:it|this|that|them|(?:the|your|a|an|some|those|these) (?:[\\p{L}-]{1,20} ){0,3}[\\p{L}-]{1,20})";

/** Groups of people a prospect may want to hear from, as a buyer's peers. */
const PEERS =
  "(?:someone|somebody|anyone|anybody|peers?|counterparts?|operators?|(?:a|an|one|two|other|another|similar) (?:[\\p{L}-]{1,20} )?(?:peers?|customers?|clients?|users?|companies|company|teams?|firms?|business(?:es)?|shops?|sites?|practices?|schools?|hospitals?|operators?|counterparts?|manufacturers?|retailers?|distributors?|carriers?|banks?|labs?|agenc(?:y|ies)|councils?|districts?|stores?|plants?|organi[sz]ations?))";

/** Ways of getting someone on the line, wider than the reference cue's "speak to". */
const REACH = words(
  "(?:speak|talk|chat|spoken|talked|chatted|compare notes|swap notes|have a word|exchange) (?:to|with)",
  "(?:ring|call|phone|contact|reach|ask|hear from|pick the brains? of)",
  "hear (?:[\\p{L}-]{1,20} ){0,4}from",
  "(?:grab|have|spend|take) (?:[\\p{L}-]{1,20} ){0,2}(?:minutes|hour|time|a call|a chat|a coffee) with",
  "(?:put|get|connect|link) (?:me|us) (?:in touch|together|up) with",
  "(?:introduce|intro|connect) (?:me|us)",
);

/** The verb of talking right before the one talked to. */
const TALKED_TO =
  "(?:(?:speak|speaking|spoke|spoken|talk|talking|talked|chat|chatting|chatted|compare notes|swap notes|exchange) (?:to|with)|hear(?:ing)? from|in touch with|(?:introduce|introduction to|connect) (?:me|us) (?:to|with)|introductions? to)";

/** A word of a noun phrase that is not the rep's or the buyer's own ("your engineers", "our team"). */
const GROUP_WORD =
  "(?!(?:your|our|my|their|his|her|you|us|me|them|who|that|which|and|or|to|on|in|at|for|with|of|the|about|someone|anyone)(?![\\p{L}]))[\\p{L}-]{2,20}";

/** Counted or indefinite groups: "one or two hotels", "another brokerage", "a bank". */
const PEER_GROUP = `(?:\\d{1,2}(?:[-–]\\d{1,2})?|one or two|two or three|a couple(?: of)?|a few|a handful of|another|other|a|an|one|two|three|some|any) (?:${GROUP_WORD} ){0,2}(?!(?:engineers?|experts?|specialists?|consultants?|architects?|developers?|colleagues?|teams?|people|persons?|staff|members?|managers?|reps?|representatives?|folks|guys|times?|minutes|hours|days|weeks|questions|call|chat|word|bit|more|lot|little)(?![\\p{L}]))${GROUP_WORD}`;

/** What makes them the buyer's peers on the product: they use it, or they are like the buyer. */
const PEER_SIGNAL = words(
  "(?:who|that|which)(?:'s|'re|'ve)? (?:(?:is|are|has|have|had|been|already|currently|also|now|actually) ){0,3}(?:uses?|using|used|runs?|running|live on|working with|made the (?:switch|move|jump)|switched|moved|migrated|implemented|deployed|rolled|adopted|went live|gone live|chose)",
  "of (?:a )?(?:similar|comparable) size",
  "(?:of )?our size",
  "like us",
  "(?:already|currently) (?:using|running|on) (?:you|your|it|the)",
);

/** The verbs that ask to be handed something; the object follows them. */
const HANDOVER = [
  "(?:send|share|forward|provide|supply|furnish|circulate)(?:ing)?(?: (?:me|us|over|across|along|through|on|out)){0,2}",
  "e-?mail (?:me|us|over)",
  "(?:pass|hand)(?:ing)? (?:on|along|over)(?: to (?:me|us))?",
  "(?:pass|hand|give|get|drop|shoot) (?:me|us)(?: (?:over|across|along|through))?",
  "(?:fire|ping|flick|bung|chuck|toss|pop|whip|zap|send) (?:me |us )?(?:over|across|through)",
  "point (?:me|us) (?:to|at|towards|in the direction of)",
  "direct (?:me|us) to",
  "(?:can|could|may|might) (?:i|we) (?:get|have|grab|receive|obtain|access|see)",
  "(?:do|would|did) you (?:have|keep|publish|maintain)",
  "(?:have|has) you got",
  "(?:you|ya) got",
  "(?:is|are) there (?:a|an|any|some)",
  "(?:i|we)(?:'d| would) (?:like|love|appreciate|welcome|need|want)(?: to (?:get|have|see|receive|review|read|look at|look over))?",
  "(?:i|we)(?: (?:really|also|just|still|definitely|actually|mainly))? (?:need|want|require)(?: to (?:get|have|see|receive|review|read|look at|look over))?",
  "what (?:i|we)(?: (?:really|also|actually|mainly))? (?:need|want|require|would like|'d like|am after|'m after|are after|'re after) (?:from you )?is",
  "(?:looking|hoping|asking) for",
  "if you (?:have|'ve got|keep|could share|can share|could send|can send)",
];

export const enUnnamed: UnnamedAsk = {
  cues: {
    pricing: [
      {
        pattern: words(
          "(?:run|burn) rates?",
          "per[- ](?:seat|user|licen[cs]e|head|month|year|site|location|store|device|unit|agent|driver|vehicle|truck|bed|employee|member|learner|student|room|account|transaction|order|shipment)(?: (?:rates?|costs?|prices?|fees?|charges?|amounts?|figures?|numbers))?",
          "spend",
          "spending",
          "outlay",
          // Not the product's expense handling: "the expense cards", "expense claims".
          "expenses?(?! (?:cards?|claims?|reports?|management|module|app|workflows?|approvals?|policy|policies|tracking|reimbursements?)(?![\\p{L}]))",
          "charges",
          "tariffs?",
          "commercials",
          "year[- ](?:one|1|two|2) (?:spend|costs?|numbers|totals?|figures?|bill)",
          "all[- ]in (?:costs?|prices?|numbers|figures?|totals?)",
          "(?:monthly|annual|yearly|total|upfront|up-front|one-off|one-time|recurring|setup|set-up|implementation|onboarding|running|ongoing) (?:costs?|fees?|spend|charges?|outlay|bill)",
          "price ?tags?",
          "cost(?:ing)? (?:model|structure|picture|basis)",
          "what (?:we|i)(?:'d| would| will|'ll) (?:pay|owe|spend|be paying|be spending|be on the hook for|be out of pocket)",
          "on the hook for",
          "(?:a|some|rough|ballpark|price|cost|budget|pricing) range",
          "subscription (?:costs?|fees?|prices?)",
          "(?:the|your|some|any|rough|ballpark|real|actual|final) numbers",
          "(?:shell|shelling|fork|forking|cough|coughing|splash|splashing) (?:out|up)",
          "what (?:we|i)(?:'d| would| will|'ll) (?:actually |really |roughly |realistically )?(?:be )?(?:paying|spending|shelling out|forking out|investing|budgeting)",
          "out of pocket",
          "dent in (?:our|the|my) budget",
        ),
      },
      {
        pattern: words(
          "set (?:us|me|them|the company|the business) back",
          "(?:would|will|might|could) (?:[\\p{L}-]{1,20} ){0,3}cost(?: (?:us|me))?",
          "(?:how|what) (?:much|big) (?:a |of a )?(?:cheque|check|bill|budget line)",
          "what (?:kind|sort) of (?:money|budget|numbers)",
          "(?:it|this|that|we|the (?:[\\p{L}-]{1,20} ){0,2}[\\p{L}-]{1,20}) (?:would|will|'d|'ll|might) (?:come (?:to|out (?:at|to))|run (?:to|into)|total)",
        ),
        item: "pricing",
      },
      {
        // Only "what" is the cue, so what it asks about stays in the item: "what the annual
        // subscription comes to" → "pricing of the annual subscription".
        pattern: words(
          "what(?= (?:[\\p{L}-]{1,20} ){1,4}(?:comes? to|would come to|totals?|adds? up to|would add up to|runs? (?:to|us)))",
        ),
        item: "pricing",
        takesObject: true,
      },
    ],
    information: [
      {
        // Answers the prospect will pass on: "could you get me answers in writing", "answer these".
        pattern: words(
          "(?:written )?answers?(?: (?:in writing|to (?:these|those|them|each|all|(?:the|my|our|his|her|their) (?:[\\p{L}-]{1,20} ){0,2}questions)))?",
          "answer (?:these|those|them|each|all|the (?:questions|below|points|above)|(?:my|our|his|her|their) questions)",
          // "Can you come back to me on these?" under forwarded questions.
          "(?:come|get) back to (?:me|us) (?:on|with answers to) (?:these|those|them|the (?:questions|points|below|above))",
          // "can you take a stab at Gerhard's questions below?"
          "(?:take|have) a (?:stab|crack|go|pass|run) at (?:these|those|them|the|my|our|his|her|their|[\\p{L}-]{2,20}'s) (?:[\\p{L}-]{1,20} )?questions",
          "(?:written )?responses? to (?:these|those|the|my|our|his|her|their) (?:[\\p{L}-]{1,20} ){0,2}questions",
        ),
        item: "written answers to your questions",
      },
      {
        // "Please confirm in writing whether backups stay in the EU": the written word is the errand.
        pattern: words(
          // What is to be confirmed is the confirmation's topic, not a second request.
          "confirm(?:ation)? (?:of (?:this|that|it) )?in writing(?: (?:whether|if|that) [^.?!;:]{1,120})?",
          "confirmed in writing",
          "(?:written|formal) confirmation",
          "(?:need|needs|want|wants|require|requires) (?:[\\p{L}-]{1,20} ){0,4}confirmed",
        ),
        item: "written confirmation",
      },
      {
        // "Can you confirm the Intacct sync is two-way?": a fact to confirm in writing.
        pattern: words(
          "confirm (?:that |whether |if )?(?:the|your|it|you|this|that)(?: [\\p{L}/-]{1,20}){0,4} (?:is|are|does|do|can|will|works?|supports?|includes?|covers?|handles?|runs?|has|have|comes?|offers?|provides?|uses?|stores?|meets?)(?![\\p{L}])",
        ),
        item: "written confirmation",
      },
      {
        // "Could you also tell if the app is available in Dutch?": an answer to pass on.
        pattern: words(
          "(?:tell|advise)(?: me| us)? (?:if|whether) (?:the|your|it|you|this|that|there)(?: [\\p{L}/-]{1,20}){0,4} (?:is|are|does|do|can|will|works?|supports?|includes?|covers?|handles?|runs?|has|have|comes?|offers?|provides?)(?![\\p{L}])",
        ),
        item: "an answer on that",
      },
      {
        // "I'd rather hear what happened from you than from the rumor mill": an account of it.
        pattern: words(
          "(?:hear|know|understand|learn) (?:what (?:actually |really )?happened|your side(?: of (?:it|the story|things))?|the (?:full |whole )?story)",
        ),
        item: "your account of what happened",
      },
      {
        // "3. Confirmation of where customer data is hosted", under a list that asks.
        pattern: words("confirmation (?:of|on|that|whether|about)"),
        item: "written confirmation",
      },
    ],
    security: [
      {
        pattern: words(
          // "donor retention" is a business figure; data kept is a security matter.
          "data retention",
          "retention (?:polic(?:y|ies)|schedules?|periods?|rules)",
          "backups?",
          "back-?up (?:policy|schedule|strategy|process|regime)",
          "encrypt(?:ed|ion|s)?",
          "breach(?:es)?",
          "vulnerabilit(?:y|ies)",
          "audit (?:logs?|trails?|reports?|findings|results)",
          "(?:security|compliance|audit) (?:status|history|posture|stance|controls?|setup|set-up)",
          "certifications?",
          "accreditations?",
          "attestations?",
          // Not tax or accounting rules: "GST compliant invoice format", "ASC 606 compliance".
          "(?<!(?<![\\p{L}])(?:gst|vat|tax|e-?invoicing|accounting|ifrs|gaap|revenue|606|payroll|hmrc|irs|fiscal) )complian(?:ce|t)",
          "access (?:reviews?|logs?|management|rights|model|policy)",
          "role-based access",
          "rbac",
          "data (?:residency|sovereignty|handling|deletion|destruction|segregation|isolation|classification|protection)",
          "where (?:the |our |your )?(?:data|backups?|servers?) (?:lives?|sits?|(?:is|are) (?:stored|hosted|kept|held))",
          "hosting (?:location|region|setup)",
          "incident (?:history|reports?|log|process|handling|management)",
          "audit(?:or'?s?)? (?:paperwork|documents?|docs|pack|package|letters?|opinions?)",
          "bridge letters?",
          "(?:disaster )?recover(?:y|ing)?",
          "fail-?over",
          "outages?",
          "privacy",
          "(?:cyber|it|data|information|cloud|application|network) security",
          "cyber ?security",
          "firewalls?",
          "threat model(?:s|ling|ing)?",
          "pci(?:[- ]dss)?",
          "fedramp",
          "ccpa",
          "nis ?2",
          "cyber essentials",
          "risk (?:assessments?|registers?)",
          // Not "fire stopping photos for every penetration on floors 1-3".
          "penetration(?: test(?:s|ing|ers?)?| testing)",
          "pen ?tests?",
          "patch(?:ing)? (?:policy|cadence|process)",
          "(?:key|secrets?) management",
        ),
      },
    ],
    contract: [
      {
        pattern: words(
          "redlines?",
          "redlined (?:version|copy|draft)",
          "legal (?:terms|docs|documents|text|language|pack|package|boilerplate)",
          "(?:liability|indemnit(?:y|ies)|warrant(?:y|ies)|termination|renewal|auto-?renewal|payment|exit|cancellation) (?:clauses?|terms|caps?|language|provisions?)",
          "fine print",
          "small print",
          "signature (?:pages?|blocks?|copy)",
          "countersigned (?:copy|version)",
          "addend(?:um|a)",
          "something (?:to|we can|i can) sign",
          "(?:online |standard |your |the |legal )?terms",
          "(?:put|putting|get|getting) (?:pen|ink) (?:to|on)",
          "(?:mark|marking) (?:it|them|that|this) up",
          "(?:what|the document) (?:we|i)(?:'d| would| will|'ll) (?:be )?sign(?:ing)?",
        ),
      },
    ],
    trial: [
      {
        pattern: words(
          "hands-?on",
          "(?:trial|test|evaluation|eval|sandbox|pilot|preview) (?:access|logins?|credentials|accounts?|seats?|instances?|tenants?|workspaces?|runs?|phase)",
          "test (?:beds?|period|phase)",
          "(?:trial|dry) runs?",
          // "spin up a throwaway instance": the instance, in the prospect's words, is the item.
          "(?<=spin (?:up )?)(?:a|an|one) (?:[\\p{L}-]{1,20} ){0,2}(?:instance|tenant|environment|workspace|account)",
        ),
      },
      {
        // "a login we can poke around in"; "120 staff who would need logins" sizes the rollout.
        pattern: words(
          "(?<!(?:who|that) (?:would |will |'d |'ll )?need )(?:a |some )?(?:logins?|credentials)",
        ),
      },
      {
        // "consider the environment before printing" is a signature; one handed over is a trial.
        pattern: words(
          // Not "customers in similar deskless environments", "our environment": a setting.
          "(?<!(?<![\\p{L}])(?:similar|other|comparable|such|these|those|our|their|my)(?: [\\p{L}-]{1,20})? )(?:test |trial |separate |own |staging |evaluation )?(?:environments?|instances?|tenants?|workspaces?)(?<!tenants?(?= (?:app|apps|portal|portals|experience|communications?|comms|screening|engagement|management|satisfaction|self-service|mobile|services?|data|records?|feedback|surveys?)(?![\\p{L}])))",
        ),
        requires: words(...HANDOVER, "borrow", "loan", "access to", "set (?:us|me) up"),
      },
      {
        pattern: words(
          "(?:try|test|trial|evaluate) (?:it|this|that|the (?:[\\p{L}-]{1,20} ){0,2}(?:product|platform|tool|software|app|system|module|solution))(?: out)?(?= (?:ourselves|for ourselves|on|with|against|before|first|in)(?![\\p{L}]))",
          "(?:play|poke|tinker|mess|fiddle) (?:around )?(?:with|in) (?:it|the (?:[\\p{L}-]{1,20} ){0,2}(?:product|platform|tool|software|app|system|module|solution|environment))",
          "(?:log ?in|logins?|credentials|access|seats?) (?:so (?:we|i) can|to) (?:try|test|play|poke|explore|evaluate|kick)",
          "(?:poke|play|tinker|mess|fiddle|noodle) around",
          "(?:borrow|loan|rent) (?:a|an|the|your|one)",
        ),
        item: "a trial",
      },
    ],
    references: [
      {
        pattern: words(
          `${PEERS}(?= (?:[\\p{L}'-]{1,20} ){0,6}(?:uses?|using|used|runs?|running|live with|living with|working with|already|currently|on (?:the|your) (?:platform|product|system|tool|software|solution)|rolled|switched|moved|implemented|deployed|signed|bought|went live|is live|are live)(?![\\p{L}]))`,
          `${PEERS} (?:like us|our size|of our size|in our (?:space|industry|sector|position|shoes))`,
          `${PEERS} (?:at|from|in) (?:a|an|another|one of your|other|similar)(?! (?:[\\p{L}-]{1,20} )?(?:team|side|company|staff|colleagues))`,
          // "two or three grocers of similar size who'd take a call": any plural noun of peers.
          "(?:one|two|three|a few|a couple of|some|one or two|two or three|a handful of) (?:[\\p{L}-]{1,20} ){0,2}(?!(?:times|slots|dates|days|weeks|hours|minutes|options|things|ideas|questions|points)(?![\\p{L}]))[\\p{L}-]{2,20}s(?= (?:of (?:similar|our|comparable) size|like us|our size|who|that|in our|using|running|already|currently|on (?:the|your) (?:platform|product|system|tool|software|solution)))",
        ),
        requires: REACH,
      },
      {
        // "speak with one or two hotels of a similar size (we're 220 rooms) who use the banquet
        // module", "a bank that is already using Folio Learn": whoever is named right after the
        // verb of talking, when the sentence says they are on the product or like the buyer.
        pattern: words(`(?<=${TALKED_TO} )${PEER_GROUP}`),
        requires: PEER_SIGNAL,
      },
    ],
    "case-study": [
      {
        pattern: words(
          "track record",
          "(?:results|outcomes|metrics|impact|savings|roi|before[- ]and[- ]after|numbers) (?:at|from|for|with|of|by) (?:a |an |other |similar |existing |your |some )?(?:[\\p{L}-]{1,20} ){0,2}(?:customers?|clients?|companies|firms|sites|hospitals|schools|plants|retailers|stores|teams|operators|carriers|manufacturers|banks|users|deployments?|rollouts?|implementations?)",
          "(?:evidence|proof) (?:of|from) (?:results|outcomes|impact|other|similar|existing|real)",
          "(?:write-?ups?|examples?|stories|story|accounts?|evidence|proof) (?:of|about|on) how (?:another|other|a|an|one|similar|comparable|your|some)",
          "(?:written up|write-?ups?|stories|examples?|results|numbers) (?:[\\p{L}'-]{1,20} ){0,5}(?:at|from|with|of|about|on) (?:other|similar|comparable|another) [\\p{L}-]{2,20}",
          "how (?:another|other|a similar|one of your) (?:[\\p{L}-]{1,20} ){0,3}(?:rolled|implemented|deployed|adopted|used|uses|went|got on|handled|managed|did)",
          "(?:examples?|proof|evidence|stories|write-?ups?) (?:[\\p{L}-]{1,20} ){0,4}(?:like (?:us|ours)|similar to (?:us|ours)|our size)",
          "before[- ]and[- ]after",
          "real(?:-world| world)? (?:examples?|results|outcomes)",
        ),
      },
      {
        // Verbs of how it went for others: the item is what confirms them, a case study.
        pattern: words(
          "proof (?:it|that it|this|that this|that you|you) (?:works?|worked|deliver(?:s|ed)?|can deliver)",
          "(?:worked|went|played out|panned out|paid off|landed) (?:for|at|somewhere|with) (?:[\\p{L}-]{1,20} ){0,3}(?:like us|our size|similar|comparable|like ours)",
          "(?:got|get|getting|gets) on with (?:it|you|the)",
        ),
        item: "a case study",
      },
    ],
    demo: [
      {
        pattern: words(
          `(?:see|seeing|watch|watching|view|look at|check out)(?= ${OBJECT} (?:[\\p{L}-]{1,20} ){0,2}(?:in action|live|running|at work|in use|working|end[- ]to[- ]end|in practice|for real|on screen|in real life|doing its thing)(?![\\p{L}]))`,
        ),
        item: "a demo",
        takesObject: true,
      },
      {
        // The thing driven or shown follows: "have one of your people drive the staffing forecast live".
        pattern: words(
          "(?<=(?:have|get) (?:someone|somebody|one of your (?:[\\p{L}-]{1,20} ){0,1}[\\p{L}-]{1,20}) )(?:drive|click through|run through|demo|walk through|show)",
          "(?:drive|run|show|demo|click through|walk (?:us |me )?through)(?= (?:[\\p{L}-]{1,20} ){0,4}live(?![\\p{L}]))",
        ),
        item: "a demo",
        takesObject: true,
      },
      {
        pattern: words(
          "(?<=(?:have|get) (?:someone|somebody|one of your (?:[\\p{L}-]{1,20} ){0,1}[\\p{L}-]{1,20}) )(?:walk|show)",
          "(?:show|walk) (?:me|us|them) (?:around|how)",
          "in action",
          "(?:live|guided|quick|short) (?:look|peek|glimpse)",
          "drive it for (?:us|me)",
          "take (?:me|us|them|my|our|the) (?:[\\p{L}-]{1,20} ){0,2}through (?:it|the|your)",
          "end[- ]to[- ]end",
          "on (?:a |the )?screen",
          "(?:someone|somebody) (?:to )?(?:click|drive|run|walk|show)",
          "click(?:ing)? (?:through|around) (?:it|the (?:product|platform|tool|software|app|system))",
        ),
        item: "a demo",
      },
    ],
    proposal: [
      {
        pattern: words(
          "(?:formal|written|official|firm|binding) (?:offer|bid|quote|quotation|response|submission|recommendation)",
          "(?:recommended|proposed) (?:approach|solution|setup|set-up|configuration|plan|package|scope)",
          "what you(?:'d| would) (?:propose|recommend|put forward)",
          "scope (?:and|&|with) (?:costs?|price|pricing|fees|timelines?)",
          "(?:written|formal) (?:plan|outline|approach|recommendation|write-?up)s?",
          "plans? of attack",
          "(?:submit|send|prepare) (?:a|an|your) (?:bid|tender)",
          "to (?:tender|bid) for",
          "(?<=(?:submit|send|provide|return|upload) (?:your|a|the) (?:(?:written|formal|full|completed) )?)(?:response|submission|bid|tender)",
        ),
      },
    ],
    meeting: [
      {
        pattern: words(
          "availability",
          // Not "how much of my team's time this takes", "I've got time to run it past our FD": the
          // prospect's own time.
          "(?<!(?:'s|(?<![\\p{L}])(?:my|our|their|his|her|much|of|the)) )(?<!(?<![\\p{L}])(?:i|we|i've|we've|i'll|we'll|i'd|we'd)(?: (?:have|had|got|need|will have|have got|would have))? )(?:a |some )?(?:slot|time|window)s? (?:to|for|when|next|this|on|that)",
          "(?:ring|phone) (?:me|us)",
          // Not "a shout": "any questions, just give me a shout" offers help.
          "give (?:me|us) a (?:ring|buzz|call|bell)",
          "(?:on|over) the phone",
          "face[- ]to[- ]face",
          "in person",
          "(?:zoom|teams|webex|meet) (?:link|invite)",
          "(?:in|on) the (?:diary|calendar|books)",
          "(?:hop|jump|get) on (?:with|together)",
          "(?:grab|book|find|get|have) (?:half an hour|an hour|(?:\\d{1,3}|a few|ten|fifteen|twenty|thirty) (?:minutes|mins))",
          "(?:half an hour|an hour|(?:\\d{1,3}|a few|some|ten|fifteen|twenty|thirty|forty-five) (?:minutes|mins)) with",
          "on the phone",
        ),
        item: "a call",
      },
    ],
  },
  handover: words(...HANDOVER),
  vague: leading(
    [],
    [
      "(?:whatever|anything|everything|something|all|what)(?: (?:else|at all))?(?: (?:you've|your team's|your team|you guys|you)(?: (?:have got|have|got|can share|could share|can send|keep|publish|put out))?)?(?: (?:on|about|regarding|re|around|covering|for|related to|in terms of|that covers|that explains|that shows))?",
      "(?:more |some |any )?(?:info|information|detail|details|material|materials|stuff|docs|documentation) (?:on|about|regarding|around|covering|re)",
    ],
  ),
  indefinite: leading([], ["something", "anything", "whatever you(?:'ve| have)? got", "whatever you have"]),
  notDeliverable: words(
    // "have the conversation with him before the holidays": a talk, not a thing to send.
    "^(?:the |a |that |this )?(?:conversation|discussion|call|chat|meeting)s?(?![\\p{L}])",
    // "- arjun.k@voltaicspaces.com" under "send me access for me and two of our devs (below)".
    "[\\p{L}\\p{N}._%+-]{1,64}@[\\p{L}\\p{N}.-]{1,100}",
    // "i'd like to have a direction before the holidays": the buyer's own decision.
    "^(?:a |the |some |clear |a clear )?(?:direction|decision|clarity)(?= (?:before|by|on|in|from|for|this|next|soon|internally)(?![\\p{L}])|[\\s.,;!?]*$)",
    "thoughts",
    "feedback",
    "comments?",
    "views?",
    "opinions?",
    "input",
    "questions?",
    "concerns?",
    "advice",
    "help",
    "a hand",
    "(?:an |any |a quick )?updates?",
    "(?:a |your )?(?:confirmation|answer|reply|response|decision|approval|go-ahead|sign-off|ok|okay)",
    "(?:phone|mobile|cell|direct) (?:numbers?|line)",
    "(?:e-?mail |postal |mailing |billing )?address(?:es)?",
    "contact (?:details|info|information)",
    "names?",
    "heads-?up",
    "(?:a |an )?(?:shout|ring|buzz|bell)",
    "chance",
    // "a feel for the UI" asks for an impression, which only a type word makes an errand.
    "(?:a|an|some|better) (?:feel|sense|idea|view|picture|understanding|handle|read|steer)",
    "(?:things|items|bits|points|the following)",
    "(?:a (?:few|couple of) )?(?:times|slots|dates|options)",
    "(?:a few|a couple of|some|more|two|three|several|extra) (?:days|weeks|hours|minutes)",
    "(?:more |some |extra )?time",
    // "get the site managers' training booked in": something done, not something handed over.
    "(?:booked|done|sorted|signed|approved|scheduled|fixed|finished|completed|arranged|organi[sz]ed|installed|configured|started|in place|over the line|off the ground|up and running)",
    // "we'd like the coaching module included as standard": a change of scope, not a thing to send.
    "(?:included|added|removed|dropped|waived|bundled|switched on|enabled)(?= (?:as|in|into|from|at|for|on)(?![\\p{L}]))",
    "moment",
    "minute",
    "second",
  ),
};
