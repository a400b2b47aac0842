import type { Lexicon } from "./types";
import { leading, wordSet, words } from "./build";
import { enUnnamed } from "./en-unnamed";

/** A judgement that makes "so it would …" an ask, not a purpose: "so it would be really useful if you could show us". */
const VERDICT =
  "(?:also |really |definitely )?help|be (?:(?:really|very|super|so|most|extremely|hugely|also) )?(?:useful|helpful|great|good|ideal|nice|handy|brilliant|perfect|appreciated|easiest|easier|best)";

/** Nouns a clause must pair with "speak to" before a customer counts as a reference request. */
const TALK_TO = words(
  "point (?:me|us) (?:to|at|towards)",
  "refer (?:me|us) to",
  "put (?:me|us) in contact",
  "reach out to",
  "(?:speak(?:ing)?|spoken|spoke) (?:to|with)",
  "talk(?:ing|ed)? (?:to|with)",
  "chat(?:ting|ted)? (?:to|with)",
  "hear from",
  "connect (?:me|us)",
  "put (?:me|us) in touch",
  "loop (?:me|us) in with",
  // "Could you arrange a call with one or two such customers?"; not "a call with you".
  "(?:arrange|set up|organi[sz]e|book|schedule) (?:a |an )?(?:quick |short |brief )?(?:call|chat|conversation) with(?! (?:you|your|me|us)(?![\\p{L}]))",
  // "a customer in retail we could call".
  "(?:we|i) (?:could|can|might) (?:call|ring|phone)(?=[.,;!?]|$)",
  "introduc(?:e|tion)",
  "contact (?:details|info)",
  "get in touch with",
  "compare notes with",
  // "if we could exchange with one or two of your existing customers" (French "échanger avec").
  "exchange (?:views |experiences |ideas )?with",
  "take (?:a |my |our )?(?:quick |short )?call (?:from|with)",
  "willing to (?:talk|speak|chat|share|take)",
  "(?:willing|open|happy) to (?:hop|jump|get) on",
  "(?:willing|open|happy|available) to (?:a |an )?(?:quick |short |brief )?(?:call|chat|conversation|phone call)",
  "(?:hop|jump|get) on a (?:quick |short |brief )?(?:call|zoom|chat) with (?:me|us)",
  // "a customer in the food sector I could have a quick call with".
  "(?:have|get|grab|do) (?:a |an )?(?:quick |short |brief |proper )?(?:call|chat|word|conversation) with",
);

export const en: Lexicon = {
  language: "en",
  cues: {
    demo: [
      {
        pattern: words(
          "(?<=(?:to|you|we|i|could|can|please) )demo(?= (?:the|it|this|that|your|our|how|a|an|some)(?![\\p{L}]))",
        ),
        item: "a demo",
        takesObject: true,
      },
      {
        pattern: words(
          // "on our own vehicles rather than demo data": sample data, not a demo.
          // Nor a demo already held: "the open questions from last week's demo".
          "(?<!(?<![\\p{L}])(?:last week's|yesterday's|today's|this morning's|last month's|the first|the previous|the last|the recent|the earlier) )demos?(?! data(?![\\p{L}]))",
          // Not "follow-up messages since the demonstration": one already held.
          "(?<!(?<![\\p{L}])(?:since|following) (?:the|your|our) )demonstrations?",
          "walk-?throughs?",
          "(?:product |guided |platform )?tours?",
          "demo call",
          "screen[- ]?shar(?:es?|ing)(?: sessions?)?",
          "run-?throughs?",
          // "a live session with your IAM team": the product shown live.
          "live (?:\\d{1,3}[- ]?(?:minute|min|hour|hr)s? )?(?:sessions?|walk-?throughs?|run-?throughs?)",
          // A recorded walkthrough shows the product whatever it is "of".
          "recorded (?:walk-?throughs?|demos?|run-?throughs?)",
        ),
      },
      {
        // Walking through a plan, the numbers or the paperwork is a call about them, not a demo.
        pattern: words(
          "walk (?:us|me|them|her|him|the team|our team|(?:the|our|my) [\\p{L}-]{1,20}(?: [\\p{L}-]{1,20})?) through(?! (?:the |your |our |this |that |a |any )?(?:[\\p{L}-]{1,20} )?(?:plans?|proposals?|contracts?|quotes?|pricing|numbers|options|timelines?|process|approach|questions|next steps|terms|rollout|migration|implementation|invoices?|budget|costs?|sow|statement of work)(?![\\p{L}]))",
        ),
        item: "a walkthrough",
        takesObject: true,
      },
      {
        pattern: words("(?:training |onboarding |working |hands-on )?(?:sessions?|workshops?)"),
        requires: words(
          "see",
          "show",
          "showing",
          "walk (?:us|me|them|her|him|the team|our team) through",
          "demo",
        ),
        weak: true,
      },
      {
        pattern: words(
          // Not "where call recordings are hosted": the calls a contact centre records.
          "(?<!(?:call|voice|phone|agent|customer) )recordings?",
          "(?:short |quick |brief |product |demo |explainer )?videos?",
          "looms?",
          "replays?",
          "(?:video|screen) recordings?",
          "recorded (?:session|version|video)",
        ),
        weak: true,
      },
      {
        pattern: words(
          // Not "paying annually vs monthly, show me both": the options named before.
          "show (?:us|me|the team|our team|my team|(?:the|our|my) [\\p{L}-]{1,20} team|(?:our|my) (?:cfo|ceo|cto|cio|boss|manager|director|colleagues?|board|admins?))(?! (?:both|either|each)(?![\\p{L}]))",
        ),
        item: "a demo",
        takesObject: true,
      },
      {
        pattern: words(
          // "Is there any chance your team could run a training session for them?"
          "(?:run|hold|do|deliver|give|organi[sz]e|arrange|set up) (?:a|an|some|another) (?:[\\p{L}-]{1,20} )?(?:training|onboarding)(?: sessions?| workshops?| calls?)?",
        ),
        item: "a training session",
      },
      {
        pattern: words(
          // "Could you show that to my four regional GMs?": showing the product to the buyer's people.
          // Not "want to show it to the board on the 3rd": the prospect shows it.
          "(?<!(?<![\\p{L}])(?:want|wanna|need|going|plan|planning|hope|hoping|like|try|trying|intend) to )show (?:it|that|this|them|(?:the|this|that) [\\p{L}-]{1,20}(?: [\\p{L}-]{1,20}){0,2}) to(?= (?:me|us|(?:my|our|the|some|a few|a couple of|two|three|four|five|six|\\d{1,3}) ))",
        ),
        item: "a demo",
      },
      {
        pattern: words(
          "see (?:it|the [\\p{L}-]{1,20}|your [\\p{L}-]{1,20}) (?:in action|live|working)",
          // "see how you handle encryption" asks how the vendor works, not to see the product.
          "(?:look|peek) under the hood",
          "see how (?!you |your team )(?:(?:[\\p{L}-]{1,20}|[+&/]) ){1,6}(?:works?|handles?|looks?|runs?)",
          "see (?:the|your) (?:[\\p{L}-]{1,20} ){0,2}(?:product|platform|tool|software|solution|system|app|dashboards?|interface|ui|module|workflows?|flows?|screens?)(?![\\s-]{1,3}(?:roadmap|pricing|sheet|overview|documentation|docs|deck|brochure|specs?|page|details|team))",
        ),
        item: "a demo",
      },
    ],
    pricing: [
      {
        pattern: words(
          "pric(?:e|es|ing)",
          "price ?lists?",
          "price sheets?",
          // Not "quote the reference number above".
          "quotes?(?! (?:the |our |your |this |that |a |an )?(?:reference|ref|po|order|ticket|case|invoice|account) (?:numbers?|no|id|code)(?![\\p{L}]))",
          "quotations?",
          "(?<!(?<![\\p{L}])(?:it|this|that|would|will|does|do|might|could) )cost(?:s|ing)?",
          "cost estimates?",
          // "I just need a number I can take to our CFO": a price, not "a number of reasons".
          "(?<=(?:need|want|get|send|have|give) (?:me |us )?)(?:a|one|the|a rough|a ballpark|a single|a headline) (?:number|figure)(?! of)",
          "(?:best|final|bottom[- ]line|best and final|sharpest|lowest) (?:numbers?|prices?|offers?|figures?|rates?)",
          // "setting out what it costs for our 9 facilities".
          "(?:what|how much) (?:it|this|that) (?:would |will |might |actually )?costs?",
          // "let me know what the pilot would cost", "what would you come in at for 35k subs".
          "(?:what|how much) (?:the|a|an|your|our) (?:[\\p{L}-]{1,20} ){0,3}(?:would|will|might|could|is going to) (?:actually )?costs?",
          "(?:what|where) (?:would|will|could|do|does) (?:you|you guys|you all|your team|it) (?:come|land|come out) (?:in )?at",
          "estimates?",
          "budgetary (?:numbers?|figures?|quotes?)",
          "(?:commercial|price|techno-commercial) offers?",
          // A priced offer, as buyers writing in a second language say a quote ("Angebot",
          // "oferta"): "send us the offer for 3 years subscription"; not "the offer of a call".
          "(?<=(?:send|share|prepare|provide|need|want|get|receive|see|update|revise) (?:me |us )?)(?:an|the|your|a|an updated|a revised|a new|the updated|the revised|your updated|your revised|a formal|a written) offers?(?! (?:of|to|from us)(?![\\p{L}]))",
          "ballpark(?: figures?| numbers?)?",
          "(?:rough|indicative|high-level|budget) (?:numbers|figures)",
          "rate cards?",
          // Not "numbers on completion rates": a measure, not a price.
          "(?<!(?<![\\p{L}])(?:completion|adoption|error|success|response|open|click|conversion|retention|churn|attrition|turnover|pass|failure|utili[sz]ation|occupancy|fill|engagement|usage|login|bounce|interest|exchange|growth|return|no-show|accuracy) )rates",
          "discounts?",
          "price breakdown",
          "fees?",
          "licen[cs]e fees?",
          "licen[cs]ing(?: models?| options| costs?| structure)?",
          "pricing models?",
          "tco",
          "(?<=(?:the|total|annual|yearly|rough|approximate|expected) )investment(?! (?:committee|board|panel|team|memo|case)(?![\\p{L}]))",
        ),
      },
      {
        pattern: words(
          "(?:cost|price|pricing|fee) breakdown",
          "what (?:we(?:'re| are| would be|'d be|'ll be| will be)|i(?:'m| am| would be|'d be)) (?:paying|charged|spending)",
        ),
      },
      { pattern: words("quote (?:us|me)"), item: "a quote" },
      { pattern: words("(?:do|would|will|does) (?:you|it) charge"), item: "pricing" },
      {
        // Not "how much of my team's time it will take", "how much data we keep".
        pattern: words(
          "how much(?: (?:would|will|does|do|might|could) (?:it|this|that) cost)?(?! (?:of )?(?:(?:my|our|the|their|your) )?(?:[\\p{L}']{1,20} )?(?:time|effort|work|data|storage|space|training|disruption|change|notice|lead time|downtime|traffic|volume)(?![\\p{L}]))",
        ),
        item: "pricing",
      },
      {
        pattern: words(
          "what (?:this|it|that|the (?:project|rollout|licen[cs]e|subscription)) (?:would|will|might|could) cost",
        ),
        item: "a cost estimate",
      },
      { pattern: words("(?:would|will|does|do|might|could) (?:it|this|that|they) cost"), item: "pricing" },
      {
        // Cost said with another verb: "what would it run us", "what we'd be looking at budget-wise".
        pattern: words(
          "(?:would|will|does|do|might|could) (?:it|this|that) (?:run|set) (?:us|me|you)(?: back)?",
          "what (?:we(?:'d| would| will|'ll)|i(?:'d| would)) be looking at",
          "budget-?wise",
          "how much (?:are|would) we (?:be )?talking",
          "what's the damage",
        ),
        item: "pricing",
      },
    ],
    proposal: [
      {
        pattern: words(
          "proposals?",
          "statements? of work",
          "sows?",
          // Not "the RFI workflow", "our RFI log": a construction RFI is a site document.
          "(?:rfp|rfi|rfq)(?! (?:log|logs|workflow|process|module|tool|tracking|register|tracker|management|feature|handling|numbers?|items?|responses? from)(?![\\p{L}]))",
          "rfp response",
          "tender (?:response|submission)",
          "bid",
          "formal (?:write-?ups?|documents?|offers?)",
          "scop(?:e|ing) (?:documents?|docs?)",
          "costed (?:plans?|options?|outlines?)",
        ),
      },
      // "I've attached our RFP. Responses are due January 15."
      {
        pattern: words(
          // Not "budget submissions close that week": the prospect's own deadline.
          "(?<!(?<![\\p{L}])(?:budget|expense|timesheet|payroll|holiday|leave) )(?:rfp |rfi |rfq |tender |bid )?(?:responses?|submissions?)(?= (?:are|is) due| close| must be (?:submitted|uploaded|received|returned|sent|lodged))",
          // "Interested vendors are asked to submit a response using the attached template".
          "(?<=submit (?:a|an|your) )(?:(?:formal|written|full|complete) )?(?:responses?|submissions?|bids?|tenders?)",
        ),
      },
      {
        pattern: words(
          "put(?:ting)? (?:something|a (?:short |brief )?(?:document|doc|write-?up|outline)) together",
          "put(?:ting)? together (?:something|a (?:short |brief )?(?:document|doc|write-?up|outline))",
        ),
      },
    ],
    information: [
      {
        pattern: words(
          "brochures?",
          "(?:slide )?decks?",
          "data ?sheets?",
          "spec(?:ification)? sheets?",
          "product sheets?",
          "fact ?sheets?",
          "one-?pagers?",
          "white ?papers?",
          "e-?books?",
          "literature",
          "collateral",
          "feature lists?",
          "(?:feature|product|competitive|vendor) comparisons?",
          // A comparison asked for; not "see both options side by side".
          "(?<=(?:a|the|your) )side[- ]by[- ]sides?(?: comparisons?| comparison tables?| breakdowns?)?",
          "sample (?:reports?|outputs?|dashboards?|data|files?|invoices?|exports?|statements?)",
          "screenshots?",
          "(?:product )?roadmaps?",
          "release notes",
          "product overview",
          "(?:reference |solution |technical |system )?architecture (?:diagrams?|overview|documents?|docs|documentation)",
          "reference architectures?",
          "(?:onboarding|implementation|training|rollout|project|migration|deployment) (?:plans?|schedules?)",
          "(?:company|corporate|capability) (?:profile|overview|presentation|statement)s?",
          "(?:technical )?specs",
          "(?:api|developer|sdk|cli|technical) (?:references?|docs|documentation)",
          "sdks?",
          "technical spec",
          "(?:integration|interface|api|functional|product|data) spec(?:ification)?s?",
          "(?:integrations?|connectors?|features?) lists?",
          // Not "Attrivo is on Lauren's list of tools she wants to add": someone's own shortlist.
          "(?<!(?:'s|(?<![\\p{L}])(?:our|my|their|his|her)) )lists? (?:somewhere )?of (?:the )?(?:[\\p{L}-]{2,20} ){0,2}(?:systems|integrations|tools|apps|features|connectors|platforms)",
          "(?:what's|what is) included",
          "specifications",
          "(?:[\\p{L}-]{2,20} )?guides?",
          "handbooks?",
          "playbooks?",
          "manuals?",
          // Answers are the errand even beside a named document: "written answers to the above,
          // together with your SOC 2 report".
          "(?:written|formal|detailed) (?:answers|responses)(?: to (?:the above|these|those|the (?:[\\p{L}-]{1,20} )?questions|(?:my|our) questions|each|all))?",
          // Material for the prospect's own paper, not the vendor's formal offer (labelled so throughout).
          "business case(?: (?:templates?|models?|packs?|slides?|documents?|summary|one-pagers?))?",
          "roi (?:calculators?|models?|tools?|workbooks?|spreadsheets?)",
        ),
      },
      {
        pattern: words(
          // "For info, our financial year closes on 31 December": an aside, not a thing asked for.
          "(?<!(?<![\\p{L}])for (?:your )?)info(?![,:])",
          "(?<!(?<![\\p{L}])for (?:your )?)information(?![,:])",
          "details",
          "documentation",
          "docs",
          "overview",
          "summary",
          "materials?",
          // "your MSA as a Word document" names the MSA's format, not a second document.
          "(?<!(?<![\\p{L}])(?:as|in) (?:a |an )?(?:[\\p{L}-]{1,20} )?)documents?",
          // A container with no type of its own is information; "the proposal as a PDF" is the proposal.
          "(?<!(?<![\\p{L}])(?:as|in) (?:a |an )?)pdfs?",
          "(?:anything|something) (?:that|which) (?:explains|describes|shows|covers|outlines|summari[sz]es)",
          "presentation",
          // Not "or this slides into January".
          "slides(?! (?:into|back|to|past|further|out)(?![\\p{L}]))",
        ),
        weak: true,
      },
      {
        // Weak: "anything written up about how it went for them" is a case study.
        pattern: words(
          "(?:anything|something) (?:written|in writing)",
          "(?:this|it|that|everything|details) in writing",
          "(?:whatever|what) (?:you've|you have|you) (?:got )?in writing",
        ),
        weak: true,
        holds: true,
      },
      {
        pattern: words("(?:learn|know|hear|find out|tell (?:me|us)) more"),
        item: "more information",
        weak: true,
      },
    ],
    "case-study": [
      {
        pattern: words(
          "case[- ]stud(?:y|ies|ys)",
          "success (?:stor(?:y|ies)|cases?)",
          "customer stor(?:y|ies)",
          "client stor(?:y|ies)",
          "testimonials?",
          "customer examples?",
          "roi stud(?:y|ies)",
          "(?:published |customer )?roi (?:data|numbers|figures|results)",
          "customer (?:outcomes|results|wins)",
          "examples? of (?:customers|clients|companies|how)",
          // "examples of hospitals that cut their scheduling time": others' outcomes.
          "examples? of (?:[\\p{L}-]{2,20} ){0,2}[\\p{L}-]{2,20}(?= (?:that|who|which|where) )",
          "how it (?:went|worked out|turned out|played out) for (?:them|others|other)",
          // "write-ups from other manufacturers": what other customers got out of it.
          "(?:write-?ups?|examples?|stories|results|numbers|data) (?:from|of|about|on|for) (?:other|similar|existing|comparable) [\\p{L}-]{2,20}",
          "how (?:other|similar|existing) [\\p{L}-]{2,20} (?:have )?(?:rolled|implemented|deployed|adopted|use|used|are using|set up|roll)",
        ),
      },
    ],
    references: [
      {
        pattern: words(
          // "the quotation references the lot you're on" uses the verb.
          // Nor "quoting the reference number above".
          "(?<!for )references?(?! (?:the|a|an|our|your|this|that|its|their|numbers?|no|code|id|ids)(?![\\p{L}]))",
          "reference (?:calls?|customers?|clients?|contacts?|accounts?|sites?)",
          "referenceable (?:customers?|clients?)",
        ),
      },
      {
        pattern: words(
          "(?<!(?<![\\p{L}])(?:our|my|their) )(?:existing |current )?(?:customers?|clients?|users?)(?! (?:success|stor|examples?|case))",
          "someone (?:who|that) (?:uses|is using|has used)",
          // Not "someone from your partner team": the rep's colleagues.
          "(?:anyone|someone|somebody|a company|companies|an organi[sz]ation|organi[sz]ations|a firm|firms|a team|teams) (?:(?:at|from|in)(?! your(?![\\p{L}]))|who|that|using)",
          // "speak to two retailers running Shelfline on 50+ stores": peers on the product.
          "(?:other|another|similar|a few|a couple(?: of)?(?: other)?|two|three|some|one or two|two or three) (?:[\\p{L}-]{2,20} ){0,2}[\\p{L}-]{2,20}s(?= (?:already )?(?:running|using|live on) [\\p{L}-]{2,30})",
          // "any other franchisee on your books I could talk to".
          "(?:any|another|other|a) (?:other )?[\\p{L}-]{3,20}(?= (?:on your books|of yours)(?![\\p{L}]))",
          // "If you have a housing association of a similar size to us … we'd like to speak to them".
          "(?<!(?<![\\p{L}])(?:for|across|in) )(?:a|an|another|other|any) (?:[\\p{L}-]{2,20} ){0,2}[\\p{L}-]{2,20}(?= (?:of (?:a )?(?:similar|comparable) size|(?:of )?our size|like (?:us|ours)|similar to (?:us|ours))(?![\\p{L}]))",
          // "talk to a couple other credit unions that are using you": the buyer's peers on the product.
          "(?:other|another|similar|a few|a couple(?: of)?(?: other)?|two|three|a|an|one) (?:[\\p{L}-]{2,20} ){0,3}[\\p{L}-]{2,20}(?= (?:that|who|which)(?:'s|'re)? (?:are |is |have been |has been |been )?(?:using|use|uses|running|run|runs|live on|on) [\\p{L}-]{2,30})",
        ),
        requires: TALK_TO,
      },
      {
        pattern: words(
          "(?:customers?|clients?|companies)(?= (?:[\\p{L}-]{1,20} ){0,4}(?:use|uses|using|run|runs|running) (?:you|your|it)(?![\\p{L}]))",
        ),
      },
      {
        // "Who else in our space is using you?": asks who the vendor's customers are.
        pattern: words(
          "(?:who else|(?:which|what) other [\\p{L}-]{2,20}) (?:[\\p{L}-]{1,20} ){0,4}(?:is|are) (?:using|running|on) (?:you|it|your)",
        ),
        item: "customer references",
      },
    ],
    trial: [
      { pattern: words("(?<=(?:to|could|can|we|i) )trial"), item: "a trial", takesObject: true },
      {
        pattern: words(
          "(?:free )?trials?",
          "trial (?:accounts?|licen[cs]es?|period)",
          "sandbox(?:es)?",
          "demo (?:environments?|accounts?|instances?|logins?|access|licen[cs]es?|sites?)",
          "pilots?",
          "pilot projects?",
          "proofs? of (?:concept|value)",
          "pocs?",
          "test (?:accounts?|environments?|instances?|licen[cs]es?|logins?)",
          "evaluation (?:licen[cs]es?|copy|accounts?|period|version)",
          "test[- ]drive",
          "free (?:version|tier|plan|account|edition)",
        ),
      },
      {
        pattern: words(
          "try (?:it|it out|the (?:product|platform|tool|software) out|out the (?:product|platform|tool|software))",
          "kick the (?:tires|tyres)",
          "take it for a (?:spin|test drive)",
          "(?:play|tinker) (?:around )?with (?:it|the (?:product|platform|tool|software))",
          "test it (?:with|on|against) (?:our|real|live)",
          // "we would like to make a test with 20 trucks from our location in Kassel".
          "(?:make|do|run|carry out|conduct) a (?:short |small |real |live |field )?test (?:with|on|in|at)",
          "hands-on (?:access|time)",
        ),
        item: "a trial",
      },
    ],
    security: [
      {
        pattern: words(
          "security (?:questionnaires?|reviews?|documentation|docs|documents|assessments?|audits?|overview|white ?papers?|package|pack|policies|policy|reports?|certifications?)",
          "(?:it|infosec|information security|vendor security|vendor risk) (?:questionnaires?|assessments?|reviews?)",
          // An RFI's questionnaire is the RFI response, a proposal.
          "(?<!(?<![\\p{L}])(?:rfp|rfi|rfq|itt|tender) )questionnaires?",
          "soc[- ]?[12](?: type (?:1|2|i|ii))?(?: reports?)?",
          "iso[- ]?27001(?: certificates?| certification)?",
          "iso certificat(?:e|es|ion)",
          "pen(?:etration)?[- ]?test(?:ing)?(?: reports?| results)?",
          "vulnerability (?:scans?|assessments?|reports?)",
          "(?:data retention|retention|privacy|data protection|backup|access control|incident response|disaster recovery|encryption|information security|infosec) polic(?:y|ies)",
          "(?:incident response|disaster recovery|dr|business continuity|bcp) (?:plans?|tests?|test results|exercises?|reports?)",
          "gdpr(?: documentation| compliance)?",
          "hipaa",
          "bug bounty(?: program(?:me)?)?",
          "(?:third-party|external|independent) (?:security )?audits?(?: reports?)?",
          "vpat",
          "sub-?processors?(?: lists?)?",
          "(?:bcp|dr|business continuity|disaster recovery)(?: ?/ ?(?:bcp|dr))? (?:documents?|docs|documentation|summary|overview)",
          "disaster recovery",
          "(?:vendor|supplier|third-party|third party|due diligence) (?:risk )?(?:assessments?|questionnaires?)",
          "encryption(?: at rest| in transit)?",
          "access controls?",
          "accessibility (?:conformance )?(?:reports?|statements?)",
          "compliance (?:documentation|docs|reports?|certificates?|package)",
          "caiq",
          "hecvat",
          "sig (?:lite|core|questionnaire)",
          "dpia",
          "trust (?:center|centre|portal)",
          "security",
        ),
      },
    ],
    contract: [
      // Weak: "the audit paperwork" is the auditors'; plain "the paperwork" is the contract's.
      { pattern: words("paperwork"), weak: true },
      {
        pattern: words(
          "(?<!mid-)contracts?",
          // The GDPR annex of a contract is its DPA.
          "(?:gdpr|data protection) (?:annex|addendum|exhibit|schedule)s?",
          "msa",
          "baa",
          "business associate agreements?",
          "master (?:services |service |subscription )?agreement",
          "(?:data processing|service level|subscription|licen[cs]e|reseller|partner|non-disclosure|mutual non-disclosure|enterprise) agreements?",
          "dpa",
          "sla",
          "order forms?",
          "(?:standard |general |commercial )?terms (?:and|&) conditions",
          "t&cs?",
          "t's and c's",
          "terms of (?:service|use)",
          "(?:mutual )?m?nda",
          "(?:standard|legal|contract|vendor) paper",
          "agreement",
          "docusign",
          "(?:standard |commercial |legal |contract )terms(?! (?:and|&) )",
        ),
      },
    ],
    meeting: [
      {
        pattern: words(
          // Not the prospect's own event ("for Monday's exec meeting", "at their December board
          // meeting", "our partners' meeting", "the conversation with him", "burn the whole call
          // on these") nor a call-off from a framework contract, nor a deferral ("that's a 2027
          // conversation").
          "(?<!(?:that's|that is|it's|it is) (?:a|an|more of a)(?: [\\p{L}\\p{N}-]{1,20}){0,2} )(?<!(?<![\\p{L}])(?:(?:for|at|in|on|during|before|after|from|since|until|to) (?:our|the|my|their|this|that|next|last|tomorrow's|today's|[\\p{L}]{2,20}'s)|(?:burn|waste|spend|use up|take up) (?:the|our|my|a)(?: whole| entire| full)?)(?: [\\p{L}-]{1,20}){0,2} )(?<!(?:[\\p{L}]'s|[\\p{L}]s')(?: [\\p{L}-]{1,20})? )(?:(?:quick|short|brief|video|phone|zoom|teams|follow-up|follow up|discovery|intro|introductory|half-hour|\\d{1,3}[- ]?min(?:ute)?s?) )?(?:calls?|meetings?|(?<!(?:live|web|email|e-mail|on|\\+|and|voice|phone) )chats?(?! (?:queues?|volumes?|channels?|agents?|widgets?|support|bots?|transcripts?|logs?|history|traffic|tickets?)(?![\\p{L}]))|catch-?ups?|sit-?downs?|(?:conversations?|discussions?)(?! with (?:him|her|them)(?![\\p{L}])))(?![- ]off(?![\\p{L}]))(?! with the (?:board|ceo|cfo|coo|partners)(?![\\p{L}]))(?! (?:recordings?|transcripts?|volumes?|cent(?:re|er)s?|queues?|routing|logs?|handling|quality|scoring|flows?|deflection)(?![\\p{L}]))",
          "call (?:me|us)",
          "calendar (?:invites?|invitations?|links?)",
          "(?:booking|scheduling|calendly) links?",
          "(?:a |some )?time to (?:talk|speak|chat|meet|connect)",
        ),
      },
      { pattern: words("(?:15|20|30|45|60) (?:min|mins|minutes)"), duration: true },
      {
        // Not "when they meet on 1st December", "the board meets monthly": the prospect's own body.
        pattern: words(
          "(?<!(?<![\\p{L}])(?:they|board|committee|panel|governors|body|council|trustees|team|directors) )meet(?! (?:monthly|weekly|quarterly|every)(?![\\p{L}]))",
          "meet up",
          "get together",
          "reconvene",
          "regroup",
        ),
        item: "a meeting",
      },
      {
        // An invitation into the prospect's own meeting: "join our architecture review next Tuesday".
        pattern: words(
          "join (?:us (?:for|at|on) )?(?:our|the|a|an) (?:[\\p{L}-]{1,20} ){0,2}(?:review|meeting|call|session|workshop|stand-?up|sync|kick-?off|steering committee)",
        ),
        item: "a meeting",
      },
      { pattern: words("(?:catch|sync|link) up"), item: "a call" },
      {
        pattern: words(
          "(?:touch base|hop on a call|jump on a call|get on a call)",
          // Ends before "your" so the person named after it ("your head of customer success") is not its head noun.
          "(?:speak|talk|chat) (?:to|with)(?= (?:your|someone from your|somebody from your|one of your))",
          "(?:hop|jump|get) on (?:a |an )?(?:quick |short |brief )?(?:zoom|teams|webex|google meet|video call|phone call)",
          "(?:set up|find|grab|book) (?:some )?time",
        ),
        item: "a call",
      },
      {
        pattern: words(
          "(?:free|available|time) (?:to|for) (?:discuss|talk|chat|meet|speak|connect|catch up|go over)",
        ),
        item: "a call",
      },
    ],
  },
  outside: words(
    // A tender's reference to cite: "Please quote the above reference in all correspondence".
    "quote (?:the |our |this |that |your )?(?:[\\p{L}-]{1,20} )?(?:reference|ref)(?: numbers?| no| id| code)?(?! (?:customers?|clients?|sites?|accounts?|calls?|contacts?)(?![\\p{L}]))",
    // What a trial or a demo held brought: "the notes from the trial kick-off".
    "(?:trial|pilot|poc|demo|project) (?:kick-?offs?|debriefs?|retros?|retrospectives?|wrap-?ups?)",
    // What they will work from, already in hand: "I'll work that out myself from your price list".
    "(?<=(?:myself|ourselves|internally|in-house|on our (?:side|end)) )from (?:the |your |our )?(?:[\\p{L}-]{1,20} ){0,2}[\\p{L}-]{1,20}",
    "from (?:the |your )?(?:[\\p{L}-]{1,20} ){0,2}[\\p{L}-]{1,20}(?= you(?:'ve| have)? (?:already )?(?:sent|gave|given|shared|provided)(?![\\p{L}]))",
    // A tender's own schedule: "Answers to clarification questions published", "Contract award".
    "answers to (?:the )?clarification questions",
    "contract awards?",
    // Not the product's invoicing: "GST compliant invoice format support", "invoice matching".
    // How long a deal runs, a commercial parameter: "the option for a contract duration of 3 years".
    "(?:contract|subscription|agreement) (?:duration|length|period)s?",
    // The deal in place, compared with: "Same per-seat rate as the original contract please".
    "(?:as|than|per|under) (?:in |per )?(?:the|our) (?:original|current|existing|old|previous|last|signed) (?:contract|agreement|order form)",
    // The contract's term: "if we open new stores during the contract".
    "(?:during|throughout|within) the (?:contract|agreement)(?: (?:term|period))?",
    "invoices?(?! (?:formats?|templates?|layouts?|designs?|numbering|modules?|processing|automation|generation|matching|capture|approvals?|workflows?|support|management|data|lines?|fields?|customi[sz]ation|previews?)(?![\\p{L}]))",
    "receipts?",
    "w-?[89](?: forms?)?",
    "(?:bank|banking|payment|billing|wire) details",
    "purchase orders?",
    "po numbers?",
    "credit notes?",
    "login details",
    "passwords?",
    "agenda",
    "meeting notes",
    "minutes",
    "insurance certificates?",
    "certificates? of insurance",
    "tax forms?",
    // A condition, not an ask: "is that something you share under NDA?".
    "(?:under|covered by|bound by) (?:an? |the |our |your |a mutual )?(?:nda|msa|contract|agreement)",
    // The buyer issues an RFP; its documents are what the prospect sends, not what they ask for.
    "(?:rfp|rfi|rfq|itt|tender) (?:documents?|documentation|pack|package|invitation|portal)",
    "(?:preparing|issuing|drafting|writing|running|launching|sending out|putting together|publishing) (?:an? |the |our )?(?:rfp|rfi|rfq|tender)s?",
    "vendor (?:registration|setup) forms?",
    // A timeline's milestones: "Target contract signature: February 2027", "Answers posted to all vendors".
    "(?:(?:target|planned|expected|estimated) )?contract (?:signature|signing|start)(?: date)?",
    "answers (?:posted|published|issued|circulated|shared) (?:to|with)",
    "(?:with|in) reference to",
    // The prospect's own events and duties, not a call with the rep: "on-call allowances", "we're
    // making the call first week of December", "the next board meeting is December 9th", "I've
    // got a plant review meeting", "P1 escalation is by phone".
    "on[- ]call(?: [\\p{L}-]{2,20})?",
    // Contact details offered, not a call asked for: "please call me on the number below".
    "(?:call|ring|phone) (?:me|us) (?:on|at) (?:the|my|our|this|\\+?\\d)(?: [\\p{L}\\d-]{1,20}){0,2}",
    // "they all demo nicely on made-up data": the verb, said of other products.
    "demos? (?:really |very |so )?(?:nicely|well(?! (?:in advance|before|ahead))|beautifully|great|brilliantly|fine)(?![\\p{L}])",
    "(?:make|makes|making|made) (?:the|a|that|this|our|my|their) (?:final |right |big )?call",
    "(?:board|directors'?|committee|exec(?:utive)?|leadership|steering|management|budget|regional|staff|all-hands|council|cabinet|governance|trustees'?|partners'?|shareholders'?|investor) meetings?",
    "(?<!(?<![\\p{L}])(?:can|could|should|may|might|shall|would|will|do|did|if|to) )(?:i've got|we've got|i have|we have|i've|we've) (?:a|an|our|the) (?:[\\p{L}-]{1,20} ){0,2}(?:meeting|call|session)",
    "by (?:phone|telephone)(?= (?:to|within|or|and)(?![\\p{L}])|[.,;]|$)",
    "answers? to (?:[\\p{L}-]{1,20} )?questions (?:posted|published|issued|circulated|shared)",
    "addend(?:a|um|ums) (?:posted|published|issued|circulated)",
    // The prospect's own paper, not the clause's other asks: "I'm pulling together the business
    // case for our 2027 budget and need a few things from you:".
    "(?:i've|i have|we've|we have|i'm|i am|we're|we are)(?: been asked to| now| currently| just)? (?:pull(?:ing)?|put(?:ting)?) together (?:the|a|an|our|my) (?:[\\p{L}-]{1,20} ){0,2}[\\p{L}-]{1,20}",
    // A meeting with its day is the prospect's fixture: "ops meeting is fri morning".
    "(?:[\\p{L}-]{2,20} )?(?:meeting|review|committee) (?:is|'s|was) (?:on |this |next |at |in |first thing )?(?:(?:mon|tue|wed|thu|fri|sat|sun)[\\p{L}]{0,6}|tomorrow|today|tonight|\\d{1,2}(?:st|nd|rd|th)?)(?![\\p{L}])",
    // The prospect's own meeting: "She is meeting the board on 3 December".
    "(?:is|am|are|'s|'re|'m|be) meeting (?:with )?(?:the|our|my|their|her|his) (?:[\\p{L}-]{1,20} )?(?:board|committee|ceo|cfo|team|directors|trustees|council|leadership|execs?|partners|owners)",
    // A vendor's legal name: "invites Kestrel Security Ltd to submit a formal quotation".
    "(?:security|contracts?|pricing|proposals?|demo|trials?|references?) (?:ltd|limited|inc|llc|gmbh|plc|corp|corporation|pty|s\\.?a\\.?|b\\.?v\\.?|ag)(?![\\p{L}])",
    // A purchasing vehicle: "available through the NASPO ValuePoint cybersecurity contract".
    "(?:through|under|via|off|from) (?:the|a|an|our|your|their) (?:[\\p{L}-]{1,20} ){0,3}(?:framework |purchasing |cooperative |co-op |state |master )?contract(?! (?:terms|template|draft|redlines?)(?![\\p{L}]))",
    "on (?:the|a|an|our|your|their) (?:[\\p{L}-]{1,20} ){0,2}(?:framework|purchasing|cooperative|co-op|state) contract",
    "keep (?:the|this|our) (?:conversation|dialogue|discussion|conversations) (?:going|open|alive|warm)",
    // Job titles and departments name people, not requests: "our Head of Pricing", "the security team".
    // Starts after "who", so "a customer who runs it" keeps its customer: only the role is outside.
    "(?<=(?:who|that|and) )(?:handles|runs|manages|owns|leads|looks after|is responsible for|deals with|takes care of|signs off on) (?:[\\p{L}-]{1,20} ){0,2}[\\p{L}-]{1,20}",
    // "whoever on your side handles contracts".
    "whoever (?:[\\p{L}-]{1,20} ){0,4}(?:handles|runs|manages|owns|leads|looks after|is responsible for|deals with|takes care of|signs off on) (?:[\\p{L}-]{1,20} ){0,2}[\\p{L}-]{1,20}",
    "(?:head|director|vp|svp|evp|vice president|manager|lead|chief|officer) (?:of|for) [\\p{L}]{1,20}(?: (?:and|&) [\\p{L}]{1,20})?",
    "(?:vp|svp|evp|head|director) (?:of )?(?:security|pricing|sales|it|legal|procurement|finance|compliance|engineering|operations|product|proposals?|contracts?)",
    "(?:pricing|(?:information |it |cyber )?security|proposals?|contracts?|demo|trials?|legal|compliance|procurement|infosec|it) (?:team|department|dept|manager|director|lead|officer|analyst|desk|office|centre|center|committee|group|unit|function|division)",
  ),
  request: words(
    // "Next step for us is to see the proposal with the implementation plan".
    "(?:the )?next step(?: for us| on our side| from our side| for me)? (?:is|would be|will be) (?:to )?(?:see|get|receive|review|have)(?= (?:the|a|an|your|some)(?![\\p{L}]))",
    "(?:can|could|would|will|may|might) (?:you|we|i|someone|somebody|your team)",
    "would you mind",
    "mind (?:sending|sharing)",
    "please",
    "pls",
    "plz",
    "kindly",
    // "We'd prefer a quote" asks; "we prefer to keep the current terms" states a preference.
    "(?:i'd|we'd|he'd|she'd|they'd|i would|we would|i'll|we'll|i will|we will)(?: (?:now|also|really|still|just|definitely|then|certainly|probably))? (?:like|love|want|need|require|appreciate|prefer)",
    "(?:i|we|i do|we do)(?: (?:now|also|really|still|just|definitely|then|certainly|probably))? (?:want|need|require)",
    "(?:i|we|they|team|department|[\\p{L}]{2,20} team|who) (?:needs|wants|requires)",
    "(?:need|needs|require|requires|want|wants|requesting)",
    "would(?: (?:also|really|very much|much|greatly|certainly|definitely|still|then|now|just))? (?:like|love|appreciate|welcome|prefer)",
    // "I'd rather have a written summary than another call"; not "I'd rather have the answer ready".
    "(?:i'd|we'd|i would|we would) (?:much |really |probably )?rather (?:have|get|see|receive|take|do|go with|hear|know|learn)(?! (?:[\\p{L}'-]{1,20} ){1,4}(?:ready|on hand|to hand|in hand|in place|done|sorted|prepared|lined up)(?![\\p{L}]))",
    "(?:it would|it'd|that would|that'd|would) (?:also |really |definitely |certainly |probably |just )?be (?:(?:really|very|super|extremely|hugely|incredibly|much) )?(?:great|helpful|good|nice|useful|ideal|appreciated|handy|brilliant|perfect|easiest|easier|simplest|simpler|best|quickest|quicker|faster)",
    "if you (?:could |can |would )?(?:sent|send|shared|share|provided|provide|forwarded|forward)",
    // "If you have a case study on churn that would help": with its subject the cue is a main clause.
    "(?:(?:that|it|this) )?would (?:also |really |definitely |certainly |greatly |hugely |massively )?help",
    "(?:even )?better (?:still )?would be",
    // "our management would feel more confident … if we could exchange with one of your customers".
    "(?:would|we'd|i'd|they'd|he'd|she'd) (?:feel|be) (?:a lot |much |far )?(?:more )?(?:confident|comfortable|reassured|at ease)",
    "(?:would|will|could) (?:really )?(?:go a long way|carry (?:a lot of |real |some )?weight|make (?:a|all the) difference)",
    "looking for",
    "looking to (?:get|see|set up|schedule|arrange|book|receive|review)",
    "(?:interested|keen) (?:in|on|to)",
    "hoping (?:to|for)",
    "(?:is|are) there",
    "do you (?:have|offer|provide|do)",
    "(?:let's|lets|let us)",
    "how (?:much|do|can|would|soon)",
    "what (?:would|will|is|are|does|do|'s|kind)",
    "what's",
    "(?:would|will|could|might) it be possible",
    // "is possible you show me how the clients make booking online" (second-language English).
    "is possible(?= (?:to|for you|you|that you)(?![\\p{L}]))",
    "what (?:sort|kind) of (?:[\\p{L}-]{1,20} ){1,3}(?:are we talking|would (?:we|i) be looking at)",
    "is it possible",
    "are you able",
    "any chance",
    // Not "I'm happy to send over an export of our asset register": the prospect offering.
    "(?<!(?<![\\p{L}])(?:happy|glad|willing|pleased|able) to )send (?:me|us|over|through|across)",
    "point (?:me|us) (?:to|at|towards)",
    // "my manager said to ask you for a test login"; not a disclaimer's "will never ask you to".
    "(?<!(?<![\\p{L}])(?:never|not|won't|don't|doesn't) )ask(?:ing)? you for",
    "(?:i|we) (?:must|have to|should|need to) (?:get|see|have|receive|review)",
    "get a sense",
    "(?:i'm|i am|we're|we are) after",
    "grateful (?:if|for|to (?:receive|have|get|see|be sent|be given|hear))",
    "(?:happy|glad) to (?:have|take|see|get|join|do|jump|hop|set up|schedule|receive|review|look at)",
    "(?:open|up) (?:to|for) (?:a|an|some|the)",
    "if you could",
    "what would it take",
    "(?:still )?waiting (?:for|on)",
    "(?:thanks|thank you) in advance",
    "look(?:ing)? forward to (?:receiving|getting|seeing|your)",
    "can i get",
    "(?:asked|asking|wants to know|wondering) (?:me |us |him |her |them )?(?:whether|if)",
    // "A rough number would be enough": what would do is what they ask for.
    "(?:would|will|should) (?:be (?:enough|sufficient|fine|plenty)|suffice)",
    // Not "We will do this in the meeting of 8 December": the prospect's own step.
    "(?<!(?<![\\p{L}])(?:we|i|they|he|she|you) )(?:would|will|should) do(?! (?:this|that|it|so|a|an|the|our|my|some|them)(?![\\p{L}]))",
    "(?:next step|best next step|next steps?) (?:is|are|would be) for you to",
    "for you to (?:send|show|share|provide|set up|prepare|draft|walk)",
    "let me know (?:a |some |your |what |which |when )?(?:few |good )?(?:times?|slots?|dates?|days?|availability)",
    "(?:have|has) (?:you|they) got",
    "(?:you|ya) got any",
    "(?:has|have|'ve|is|are|'s|'re) (?:asked|asking|requested|requesting) (?:for|me|us|to|that)",
    "asked (?:me|us) (?:for|to)",
    "(?:did|have|had) you (?:get|had|have) (?:a )?chance to",
    "any (?:updates?|news|progress|word|joy|movement|luck) (?:on|with|about|regarding|re)",
    "(?:circling|circle|following|follow|checking|check|coming) (?:back|up) (?:on|re|about|regarding|with you on)",
    "chasing(?: up)?",
    "(?:gentle |friendly |quick )?nudge (?:on|re|about)",
    "(?:haven't|have not|hasn't|has not|didn't|did not) (?:seen|had|got|received) (?:it|them|that|anything|the|your)",
    "without (?:seeing|getting|having|receiving|reviewing)",
    "if you (?:can|could) (?:send|share|provide|forward|get|pass|include)",
    "(?:the |our )?next steps? (?:would|will|could|should) be",
    "(?:has|have) (?:anything|something|much) been (?:written|published|put together|documented)",
    "(?:invite|invites|inviting|invited) (?:[\\p{L}&-]{1,30} ){0,3}to (?:submit|tender|bid|respond|quote|propose|present)",
    "must be (?:submitted|uploaded|received|returned|lodged|provided|supplied|completed|sent|delivered)",
    "where are (?:we|you) (?:on|with)",
    "(?:what's|what is) the status (?:of|on)",
    // Not "I know what happened", "we understand what you mean": a statement of what they know.
    "(?<!(?<![\\p{L}])(?:i|we|they|he|she|you|i do|we do|already|now|totally|fully|completely) )(?:find out|know|understand|learn|hear) (?:what|how much|more about|whether|if|about)",
    "(?:wonder|wondering|curious) (?:if|what|whether|how|about)",
    "(?:asked|told) (?:me |us )?to (?:get|find|request|obtain|collect|gather)",
    // "I am directed by the Chief Information Officer to request that your organisation furnish …".
    "request(?:s|ed|ing)? that (?:you|your|the supplier|suppliers|bidders|the vendor)",
    "(?:haven't|have not|hasn't|has not|didn't|did not|still not|not yet) (?:received|got|gotten|seen)",
    "(?:didn't|did not|still don't|still do not) (?:receive|get|see) (?:the|your|any|it|them)(?![\\p{L}])",
    "(?:are|is|'re) you (?:free|available)",
    "when (?:are|would|will) you (?:be )?(?:free|available)",
    "let me know (?:when|if) you(?:'re| are) (?:free|available)",
    "let me know if you (?:have|'ve got|got) (?:any |some )?(?:availability|time|slots?|a slot|capacity|room)",
    "let me know (?:how much|what (?:it|this|that) (?:would )?costs?)",
    "may i (?:have|get|ask)",
    "(?:are|is) due",
  ),
  imperative: leading(
    ["and", "also", "then", "just", "please", "kindly", "maybe", "perhaps", "ok", "okay", "so", "now"],
    [
      "send",
      "share",
      "forward",
      "e-?mail",
      "mail",
      "provide",
      "give",
      "show",
      "set up",
      "schedule",
      "book",
      "arrange",
      "organi[sz]e",
      "put",
      "connect",
      "introduce",
      "enable",
      // "Draft agreement (Annex C)" heads an attachment list; "draft us a plan" asks.
      "draft(?= (?:a|an|the|us|me|something|some|your|up)(?![\\p{L}]))",
      "prepare",
      "attach",
      "include",
      "get",
      "pass",
      "drop",
      "shoot",
      "(?:fire|flick|toss|pop|whip) (?:it |them |me |us )?(?:over|across|through)",
      "sort out",
      "quote",
      "resend",
      "walk",
      "tell",
      "confirm",
      "advise",
      "propose",
      "ping",
      "loop",
      "fill (?:in|out)",
      "complete",
      "return",
    ],
  ),
  negation: words(
    "no need",
    "(?:shouldn't|should not|needn't|need not|won't|will not) (?:need|have) to",
    "(?:don't|do not|doesn't|does not|won't|will not|wouldn't|would not|didn't|did not|dont|no longer) (?:need|want|require|send|bother|plan)",
    // "We don't have time for a demo" refuses; "we did not have time to test it" tells what happened.
    "(?:don't|do not|doesn't|does not|won't|will not|wouldn't|would not|dont) have (?:the )?(?:time|bandwidth|capacity)",
    // "please don't take this as a reflection on you"; "please don't forget the deck" still asks.
    "please (?:don't|do not|dont)(?! forget)",
    "not (?:interested|needed|necessary|required|looking|a priority|at this (?:time|stage|point)|right now|moving (?:ahead|forward)|going (?:ahead|forward)|pursuing)",
    // "working with real data, not only the slides": the slides are what they do not want.
    "not (?:only|just) (?:(?:read|see|look at|get|hear|watch) )?(?:the|a|an|some|our|your)",
    "(?:isn't|is not|aren't|are not) (?:needed|necessary|required)",
    "no longer",
    // "We already have a proposal"; not "the 25 users we've already got?".
    "already (?:have|has|got|received|signed|seen|had|reviewed|sent|completed)(?= (?:a|an|the|this|that|it|them|one|some|your|our|what|everything|enough|plenty|all)(?![\\p{L}]))",
    // "We've already got the proposal" refuses; "the 25 users we've already got" describes them.
    "(?<![\\p{L}]{2,20} )(?:have|has|we've|i've) already",
    "(?:but|and|thanks|thank you|actually|well) (?:we've|i've|we have|i have) already",
    "nothing (?:needed|required|else|more|further|for now|at the moment)",
    // "Please understand it takes some time": patience asked, nothing to send.
    "please (?:understand|excuse|forgive|bear with)",
    // The prospect's offer: "If it would help your team prepare, I'm happy to send it over now".
    "(?:i'm|i am|we're|we are|i'd be|we'd be|i would be|we would be) (?:more than |very |also )?(?:happy|glad|able|willing|pleased) to (?:send|share|forward|pass) (?:it|them|this|that|these|those|our|my)(?![\\p{L}])",
    // The prospect's offer: "if necessary we can sign an NDA before".
    "(?:we|i) (?:can|could|will|would|are happy to|am happy to|are willing to|am willing to) (?:also )?sign (?:an|a|the|your|our) (?:mutual )?(?:nda|non-disclosure|confidentiality)",
    // A disclaimer: "If you have received it in error, please inform the sender and delete it."
    "received (?:it|this|this (?:e-?mail|message|communication)) in error",
    // "After the approval, I will contact you for the contract procedure": the prospect's own step.
    "(?:i|we|i'll|we'll) (?:will |shall )?(?:contact|call|reach out to|get back to|come back to|revert to) you (?:for|about|regarding|with|to (?:start|begin|arrange|discuss))(?![\\p{L}])",
    // "I would draw your attention to the fact that the conditions of contract require …": a notice.
    "(?:draw|drawn|bring|brought) (?:your |to your )?attention to",
    // "…, but I'll build that from the figures you've already given us": they do it themselves.
    "(?:i'll|we'll|i will|we will|i can|we can) (?:build|put|pull|work|draft|compile|prepare|calculate|do|handle|sort) (?:that|it|this|those|them)(?: (?:together|out|up))?(?= (?:myself|ourselves|on our (?:side|end)|in-house|internally|from)(?![\\p{L}]))",
    // "We'll pilot it on the Oak Ridge job from January": the prospect's own plan.
    "(?:we'll|we will|we're going to|we are going to|we plan to|we're planning to) (?:pilot|trial|test|roll out|run)(?= (?:it|this|[\\p{Lu}][\\p{L}]{1,20}|the (?:platform|tool|software|product|system))(?![\\p{L}]))",
    // "we've read plenty of case studies": they have enough of it.
    "(?:we've|i've|we have|i have|we|i) (?:already )?(?:read|seen|had|got|received|heard) (?:plenty|enough|lots|a lot|loads)(?: of)?",
    "no (?:thanks|thank you)",
    "unsubscribe",
    // A clause opening with a refusal of a thing: "No calls please", "in Word please, not PDF".
    // Not "no rush", "not sure if…", "no later than Friday".
    "^[\\s\\p{P}]{0,3}(?:please )?(?:no|not)(?= [\\p{L}])(?! (?:problem|problems|worries|rush|hurry|pressure|doubt|matter|idea|later|earlier|sooner|more|less|sure|only|just|yet|too|that|a problem|at all)(?![\\p{L}]))",
    // The prospect returning something to the rep: "we'll sign the order form and send it back to you".
    "(?:send|return|get|pass|forward) (?:it|them|this|that|these|those)(?: back)? to you",
    "not (?:yet )?ready (?:for|to)",
    // A disclaimer: "This communication may contain information that is privileged".
    "(?:may|might|can) contain (?:[\\p{L}-]{1,20} )?(?:information|material|data)",
    // A stall, not an ask: "she wants to hold it for the Q1 budget cycle".
    "(?:want|wants|wanted|need|needs|would like|(?:i|we|they|he|she)'d like|prefer|prefers) to (?:hold|wait|pause|delay|push|park|postpone|defer|revisit|reconsider|sleep on|put (?:it|this|that|them) (?:on hold|off|back))(?![\\p{L}])",
    // "Procurement won't accept a quote on its own, so we'd need a formal SOW".
    "(?:won't|will not|wouldn't|would not|can't|cannot|don't|do not) (?:accept|take|consider|approve|sign off on)",
    // "If there's something you need from us first like a signed NDA, let me know": the rep's need.
    "(?:something|anything|what) (?:else )?you(?:'d)? need from (?:us|me)",
    // "We have a standard mutual NDA if your side needs one": the rep's need, the prospect's offer.
    "(?:if|in case|should) (?:you|your (?:side|team|end|company|legal(?: team)?|lawyers?|folks)) (?:needs?|requires?|wants?) (?:one|it|them|that|this|any|a copy)(?![\\p{L}])",
    // "If it would help I can also share our current AP process map": the prospect offering.
    // Not "a one-pager I can forward to my boss", "a demo I could share with our managers".
    "(?:i|we) (?:can|could) (?:also |happily |gladly )?(?:share|send|forward|provide|pass on|dig out|dig up|pull|export|put together|prepare)(?: over| across| along| through)?(?= (?:our|my|the|some|any|more|a|an)(?![\\p{L}]))",
    // "We have a standard NDA if your side needs one, I can send it over."
    "(?:i|we) (?:can|could) (?:also |happily |gladly )?(?:share|send|forward|pass|e-?mail) (?:it|them|that|this|one) (?:over|across|along|on)(?![\\p{L}])",
    // "I need a couple of days to get the paperwork into the system": time, not a thing.
    "(?:need|needs|want|require) (?:a (?:couple|few)(?: of)? |some |more |a |another )?(?:days?|weeks?|time|minutes|hours?) to",
    // "Legal will have the MSA redlines back to you by Friday": the prospect returning something.
    "(?:have|get|send) (?:it|them|the|our|my|their|his|her)(?: [\\p{L}-]{1,20}){0,3} back to you",
    // "Happy to be a reference whenever you need one": the customer offering.
    "(?:happy|glad|willing|open) to (?:be|act as|serve as) (?:a |an |your )?(?:reference|referee|case study)",
    // "Victor is happy to do a call": the prospect's side offering, not asking.
    "(?:is|are|am|i'm|we're|he's|she's|they're|would be|i'd be|we'd be|he'd be|she'd be) (?:very |more than |also )?(?:happy|glad|available|free) to (?:do|jump on|hop on|get on|set up|have|join|take|arrange|host|run) (?:a|an|the)(?![\\p{L}])",
    // "I will circulate the deck internally", "Our IT will go through the security pack you sent":
    // the prospect's side at work on what it has.
    "(?:(?:i|we|they|he|she|our (?:[\\p{L}-]{1,20} ){0,2}|[\\p{Lu}][\\p{L}]{1,20}) (?:will|is going to|are going to|am going to)|i'll|we'll|they'll|he'll|she'll) (?:then |also |now )?(?:circulate|distribute|socialise|socialize|go (?:through|over)|look (?:at|over|through)|read (?:through|over)|digest|present|review)(?= (?:it|them|this|that|the|your|our|their|these|those)(?![\\p{L}]))",
    // "I'll send over our security questionnaire once legal is done": the prospect's own next step.
    "(?:i'll|we'll|i will|we will|i'm going to|we're going to|let me) (?:send|forward|share|pass|return|e-?mail)(?! (?:me|us)(?![\\p{L}]))",
    // "Beth, can you send Sam our MSA template?": the prospect's side hands its own document on.
    "(?:send|forward|share|give|pass) (?!(?:me|us|over|across|through|back|along|out|on|in|to|for|with|it|them|this|that|these|those|the|all|everything|both) )[\\p{L}]{2,20} (?:our|my)",
    // Where an invitation goes is logistics: "please send the calendar invitation directly to Margaret".
    "(?:send|forward|address|direct) (?:the|any|all|a|your) (?:calendar |meeting |teams |zoom |outlook )?(?:invitations?|invites?) (?:directly |straight )?to(?![\\p{L}])",
    // "skip the company intro slides": what they do not want.
    "(?:skip|leave out|omit|spare us|no need for) (?:the|any|all|your|our)",
    "remove (?:me|us)",
    "take (?:me|us) off",
    "opt out",
    "stop (?:sending|emailing|contacting)",
    "(?:we're|we are|i'm|i am) (?:all set|good for now|fine for now|covered|set for now)",
    "hold off",
    // The prospect's own offer: "Happy to sign an NDA if that's required".
    "(?:happy|glad|willing|ready) to (?:sign|fill (?:in|out)|complete|countersign)",
    // A question about what the product does is no errand: "Do you support customer-managed keys?".
    "(?:do|does|can|will) (?:you|it|the (?:platform|product|system|tool|software|app)) (?:support|integrate|handle|allow|work with|connect to)",
    // The prospect's own status: "Quick update on where things stand on our side:".
    "(?:quick|brief|short) update (?:on|from)",
    "where (?:things|we) (?:stand|are) on our (?:side|end)",
    // Returning something: "I'll raise the PO and send you back the signed order form".
    "(?:send|return|get|pass|forward|hand) you back",
    "(?:circle|touch|check) back (?:in|after|next|once|when|later|early|around)",
    "(?:forget|scrap|shelve|park) (?:about )?(?:the|that|our|my|this)",
    // "someone who knows the product, not a slide deck": what they do not want.
    "(?<!(?<![\\p{L}])(?:just|only|or|if|whether|is it|are they) )not (?:a|an|another|more|the)",
    "(?:hold|pause)(?= (?:the|our|your) (?:contract|proposal|order|paperwork|quote|agreement|signature|invoice))",
    "put (?:it|this|that|things|everything) on hold",
    "pass on",
    "decided (?:not|against|to go with)",
    "went with",
    "(?:chose|chosen|selected|picked) (?:another|a different)",
    "not (?:for|at) (?:now|the moment)",
    "(?:need|needs|have|has|going|want) to (?:check|consult|think|sleep on|run (?:it|this) by|get approval)",
    "(?:discuss|review|evaluate) (?:it |this |that |them )?internally",
    "(?:get|come|circle) back to you",
    // "the order form is signed off, it's just waiting on the DPA": a status, not a chaser.
    "(?:it's|it is|that's|that is|which is|it) (?:just |only |now |still |currently )?waiting (?:on|for)",
    // "Owner has asked that we tighten up document control": someone asks the prospect's side.
    // Not "who has asked me to arrange a demonstration of the payroll integration": the vendor's errand.
    "(?:has|have|had) asked (?:(?:us|me) to|that (?:we|i)(?: should)?) (?!(?:get|obtain|request|source|ask|collect|gather|find|send)(?![\\p{L}])|(?:arrange|set up|organi[sz]e|book|schedule) (?:a|an) (?:[\\p{L}-]{1,20} )?(?:demo|demonstration|walkthrough|presentation|trial|pilot|call|session)s?(?![\\p{L}]))[\\p{L}-]{2,20}",
    // "We want the new desk live before Black Friday": the prospect's goal.
    "(?:want|need|would like|'d like) (?:the|our|it|this|everything|them) (?:[\\p{L}-]{1,20} ){0,3}(?:live|in place|up and running|running|rolled out|deployed|signed)(?= (?:before|by|for|in|ahead)|[.,;!]|$)",
    // "I'm routing the MSA to our CFO for signature": the prospect's own step.
    "(?:i'm|we're|i am|we are) (?:now |currently |just )?(?:routing|forwarding|circulating|passing|taking) (?:it|them|this|that|the|our|your)",
    // "Happy to jump on a call with your technical person if …": the prospect's offer, on a
    // condition; "Happy to jump on a call to discuss - does Monday work?" takes one up.
    "^(?:happy|glad) to (?:jump|hop|get) on (?:a|an|the) (?:[\\p{L}-]{1,20} ){0,8}(?:if|should|in case)(?![\\p{L}])",
    // So is "Happy to set up a call with Raj and your technical people": one with their side.
    "^(?:happy|glad) to (?:set up|arrange|organi[sz]e|book|schedule) (?:a|an) (?:quick |short )?(?:call|meeting|session|chat) with (?!you|your)[\\p{L}-]{2,20}",
    // "I have not got time for a call until January": no room for one.
    "(?:haven't|have not|don't have|do not have|no) (?:got )?(?:the )?time for",
    "(?:haven't|have not|don't have|do not have|hasn't|has not) (?:got )?(?:\\d{1,3}|a few|five|ten|fifteen|twenty|thirty|an|half an|any) (?:mins?|minutes|hours?) for",
    // "we've read enough datasheets": no more of them.
    "(?:read|seen|had|got|have) (?:more than )?enough",
    // "I've got what I need for the board paper": nothing more to send.
    "(?:i've|we've|i have|we have|i|we) (?:got|have|already have) (?:what|everything|all) (?:i|we) need(?:ed)?",
    // "That's everything we need", not "All I need from you is a short case study".
    // The prospect's own meeting as a fact: "our budget meeting is Dec 3rd".
    "(?:our|my|their) (?:[\\p{L}-]{1,20} )?(?:meeting|call|review|committee|board|steering group) (?:is|was|are|were|takes place|happens|has been|got)(?![\\p{L}])",
    // "the meeting with owners is in beginning of December".
    "the (?:[\\p{L}-]{1,20} )?(?:meeting|committee|board|steering group) (?:with|of) (?:the |our |my )?[\\p{L}-]{2,20} (?:is|was|are|were|takes place|happens)(?![\\p{L}])",
    // A requirement put on the prospect: "renewals are going to require us to prove service
    // completion"; not "our policy requires us to get a SOC 2 report".
    "(?:require|requires|required|force|forces|oblige|obliges) (?:us|me) to(?! (?:get|obtain|have|see|receive|collect|request|ask)(?![\\p{L}]))",
    // "want to show my boss": the prospect showing their own side.
    "(?:want|need|going|plan|planning|hope|hoping|like) to (?:show|present|demo) (?:it |this |that |them )?(?:to )?(?:my|our) (?:[\\p{L}-]{1,20} )?(?:boss|manager|team|board|cfo|ceo|coo|cto|cio|director|vp|partners?|colleagues?|committee|leadership|execs?|people|guys|folks)(?![\\p{L}])",
    // A deferral: "but that's a 2027 conversation".
    "(?:that's|that is|it's|it is) (?:a|an|more of a) (?:[\\p{L}\\p{N}-]{1,20} ){0,2}(?:conversation|discussion|question|topic)(?= ?(?:[,.;!]|for|$))",
    "(?:everything|all|exactly what|just what) (?:we|i) (?:need|needed|wanted|asked for)(?! (?:(?:from you|right now|for now|now|at this (?:point|stage)) ){0,2}(?:is|would be)(?![\\p{L}]))",
  ),
  past: words(
    "was",
    "were",
    // "whatever specs you've got" has them now; "we got the deck" is past.
    "(?<!(?:'ve|'s|(?<![\\p{L}])(?:have|has|you|ya)) )got",
    "received",
    // "The renewal quote came in 14% higher than last year."
    "came (?:in|back|through)",
    "had",
    "enjoyed",
    "attended",
    "saw",
    "watched",
    "loved",
    "liked",
    "appreciated",
    "went",
    "showed",
    "sent",
    "shared",
    "offered",
    "mentioned",
    "discussed",
    // "I think you told yes on presentation": what was said before.
    "(?:you|he|she|they) (?:told|said)",
    // "He reviewed the materials you sent and would like a call": a call asked, not materials.
    "reviewed",
    "went (?:through|over)",
    "looked (?:at|through|over)",
    "circulated",
    "(?:have|has|'ve) (?:already )?seen",
    "signed off",
    "noticed",
    "covered",
    "provided",
    "gave",
    "did you",
    "yesterday",
    "last (?:week|month|time|year)",
    "earlier (?:today|this week)",
    "the other day",
  ),
  // Also what the prospect hands over: "please find attached the signed NDA" asks for nothing.
  thanks: words(
    "(?:please )?find attached",
    "(?:please )?find (?:[\\p{L}-]{1,20} ){1,4}attached",
    "attached (?:to|with|in) (?:this|the|my|our) (?:message|e-?mail|mail|note)",
    // An FYI, not an ask: "Please note that the Conditions of Contract are non-negotiable".
    "please (?:note|be (?:aware|advised))",
    "attached (?:is|are|please find|you(?:'ll| will) find)",
    // "Signed order form attached, and our PO number is …": the prospect handing something over.
    "^(?!(?:please|pls|kindly|can|could|would|will) )(?:[\\p{L}-]{1,20} ){1,4}(?:is |are )?attached(?= ?(?:[,.;:!]|$))",
    "(?:i'm|i am|we're|we are) attaching",
    "(?:thanks|thank you|thx|many thanks|much appreciated)(?: (?:so|very) much| again| a lot| all)? for",
    // "Quote looks fine, Pete signed off": what was received is approved, and may be pointed at.
    "(?:looks?|looked|seems?|seemed) (?:fine|good|great|ok|okay|right|correct|solid|reasonable)",
    // "Good chat on Monday.": the call that was, not one asked for.
    "^(?:(?:really|very|such a) )?(?:good|great|nice|lovely|productive|useful|helpful) (?:chat|call|meeting|session|catch-?up|conversation|demo|talking|speaking|meeting you)(?= (?:on|yesterday|today|earlier|last|this|the other|with)|[.!]|$)",
    "(?:i|we) (?:appreciate|appreciated) (?:the|your|you sending|receiving)",
    // "Please pass my thanks on to Ben for all the help during the pilot."
    "pass (?:on )?(?:my|our) (?:thanks|gratitude|appreciation)",
  ),
  changeList: words(
    "(?:need|needs|want|wants|would like|require|requires)(?: (?:to see|to have))? (?:[\\p{L}-]{1,20} )?(?:changed|amended|updated|revised|adjusted|fixed|reworked)",
    "(?:changes|amendments|redlines|edits|adjustments) (?:we|i) (?:need|'d need|would need|require|want)",
    "(?:changes|amendments|redlines|edits|adjustments) (?:needed|required|requested)",
  ),
  reports: words(
    "(?:key|main) points",
    "what works",
    "where we (?:landed|ended up)",
    "(?:quick |brief |short )?(?:status|update|recap|summary|background|context|overview)(?: (?:so far|from (?:our|my) side|below|of where we are))?(?=[\\s:,.-]|$)",
    "(?:our|my) (?:comments|changes|notes|redlines|position|feedback|thoughts)",
    "for (?:reference|context|your information|awareness)",
    "where (?:we|things) (?:are|stand)",
    // "Next steps from our side:" lists what the prospect will do.
    "(?:next steps?|actions?|action items|to-?dos?) (?:from|on|for) (?:our|my) (?:side|end)",
    "(?:our|my) (?:next steps|actions|action items|to-?dos?)(?= ?(?:[:,.-]|$|are|will|from|for))",
    // "The RFI pack is attached and contains:" lists the buyer's own documents.
    "(?:it|which|that|pack|bundle|documents?|folder|zip|rfp|rfi|itt|rfq|tender|attached|and) (?:contains?|includes?|comprises?|consists? of)(?= ?(?::|$))",
  ),
  addsTo: words(
    "(?:reflect|incorporate|factor in|itemi[sz]e|break out|spell out)",
    "include (?:[\\p{L}'-]{1,20} ){0,3}(?:terms|conditions|discounts?|fees?|rates?|costs?|prices?|pricing|breakdown|slas?)",
  ),
  statement: leading(
    [],
    [
      // A subject first: "Is a demo environment something you could spin up?" asks. Reporting
      // verbs relay asks ("my manager said to ask you for a test login") and are left out.
      "(?!(?:is|are|was|were|has|have|had|do|does|did|can|could|will|would|should|shall|may|might)(?![\\p{L}]))(?:(?:the|our|my|their|his|her|its|this|that|these|those) [\\p{L}'-]{1,20} (?:[\\p{L}'-]{1,20} ){0,2}|(?:we|i|they|he|she|it) |(?!(?:the|our|my|their|his|her|its|this|that|these|those|a|an)(?![\\p{L}]))[\\p{L}-]{2,20} (?:[\\p{L}'-]{1,20} ){0,3})(?:is|are|was|were|has|had|have been|signed|approved|went|decided|agreed|came|got)(?![\\p{L}])(?![^?]*\\?)",
      "(?:i'm|we're|they're|it's|he's|she's|that's|there's|there are|there is)(?![\\p{L}])",
    ],
  ),
  // Filling in is what a form asks for; "sign and return" an NDA is the prospect's paperwork.
  elided: words(
    "(?:complete|fill (?:in|out))(?: and (?:return|send(?: back)?|upload))?(?= (?:by|before|within|asap|at your|when|as soon|back|to (?:me|us))(?![\\p{L}])|[\\s.!?]*$)",
  ),
  needNotBe: words(
    "(?:doesn't|does not|don't|do not|dont|needn't|need not|won't|will not|wouldn't|would not)(?: (?:need|have) to)? be",
  ),
  suffices: leading(
    [],
    ["(?:is|are|would be|will be|'s) (?:fine|enough|plenty|ok|okay|sufficient)", "(?:will|would) do"],
  ),
  contrast: words(
    "but",
    "however",
    "although",
    "though",
    "except",
    // Not "I can also share our map": the prospect offering, one clause.
    // "he's not a computer guy at all so can you just send me something in writing": the ask
    // starts afresh after "so".
    "(?<!(?<![\\p{L}])(?:i|we) (?:can|could) )(?:and|also|then)(?= (?:could|can|would|will|please|kindly|also|i'd|we'd|i would|we would|i'll|we'll|i will|we will|let's|send|share|maybe)(?![\\p{L}]))",
    "(?<=[\\p{L}\\p{N}] )so(?= (?:could|can|would|will) you(?![\\p{L}]))",
  ),
  subordinate: words(
    // A sentence opening "So we would like …" is a discourse marker, not a purpose.
    // "so we can review it" is a purpose; "…closes on the 30th, so I need a quote" is the request.
    `(?<=[\\p{L}\\p{N},;)] )so (?:that|(?:we|i|they|it|he|she|you)(?:'ll|'d| can| could| may| might| will| would| are able| have)(?! (?:need|like|love|require|appreciate|be grateful|${VERDICT})(?![\\p{L}]))|(?:our|the|my|their) (?:[\\p{L}-]{1,20} ){1,2}(?:can|could|may|might|will|would))`,
    "if (?:anything|something|anyone|someone|that|this) (?:needs?|requires?)",
    // "…pricing at that volume so I know whether this is a 2026 or a 2027 budget conversation".
    "so (?:that )?(?:i|we) (?:know|understand|can see|can tell|can judge|can decide)",
    // "so Aisha can set the demo up with something that looks like our world".
    `(?<=[\\p{L}\\p{N},;)] )so (?!(?:please|you|could|can|would|will|if|then|far|much|many)(?![\\p{L}]))[\\p{L}]{2,20} (?:can|could|will|would|is able to|has time to)(?![\\p{L}])(?! (?:${VERDICT})(?![\\p{L}]))`,
    // "I'd rather try it myself than sit through a sales presentation": what they would rather not.
    "(?:rather than|instead of|as opposed to)",
    // The word first, then the look back: a look-behind opening a pattern runs at every word.
    "than(?<=(?<![\\p{L}])(?:rather|prefer|prefers|preferably) [^.;!?]{1,80} than)",
    "before",
    "(?<!(?:'m|'re|(?<![\\p{L}])(?:am|are|is|be)) )after",
    "(?<!the )following",
    "(?<!(?<![\\p{L}])if )(?:that |which )?(?:we|you|i|they|you've|we've) (?:discussed|mentioned|talked about|agreed|spoke about|covered|sent|shared|showed|offered|promised|reviewed)",
    "further to",
    // "- mainly the health scores and the playbook automation": a detail of the thing before.
    "(?<=[,;:(—–-] )(?:mainly|mostly|especially|specially|particularly|in particular|specifically|primarily|notably|such as|for example|for instance|with|including)",
    "as (?:per|discussed|agreed|mentioned)",
    "because",
    "since",
    "until",
    "till",
    "ahead of",
    "prior to",
    "in order to",
    "as soon as",
    "once",
    "while",
    "by the time",
    "as (?:we|i|our)",
    // "Let me know if you have availability" asks; "if you have questions, call me" is a condition.
    "(?<!(?<![\\p{L}])(?:know|see|check|ask|asking|asked|wondering|wonder|tell|tell me|tell us|advise|curious) )if (?:you|we|i|it|there) (?:need|have|want|require|are|is|were|decide|stay|stick|keep|go|move|sign|renew|proceed|choose|buy|add|expand|upgrade|commit|switch|end up)",
    "in case",
    // Not "could you tell (me) if the app is available in Dutch": the question asked.
    "(?<!(?<![\\p{L}])(?:know|see|check|ask|asking|asked|wondering|wonder|tell|tell me|tell us|advise|curious) )if (?:the|our|your) [\\p{L}-]{1,20} (?:is|are|works?|fits?|makes sense)",
  ),
  followUp: leading(
    [],
    [
      "just",
      "only",
      "rather",
      "instead",
      "simply",
      // Not "And Purchasing tells me anything over $50k has to go through a formal RFP": news of its own.
      "(?:and|also|plus)(?! (?:[\\p{L}'-]{1,20} ){1,3}(?:tells?|told|says?|said|mentioned|thinks|reckons|confirmed|informed)(?![\\p{L}]))",
      "as well as",
      "p\\.? ?s\\.?",
    ],
  ),
  greeting: leading(
    [],
    [
      "(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings|morning|afternoon)(?: [\\p{L}.'-]{1,30}){0,3}[,!:]",
      "(?:hi|hello|hey) (?=[\\p{Lu}])[\\p{L}.'-]{1,30} ?[-–—]",
    ],
  ),
  autoReply: words(
    "automatic reply",
    "auto-?reply",
    "autoreply",
    "out of (?:the )?office",
    "out-of-office",
    "(?:i am|i'm|i will be|i'll be) (?:currently )?(?:away|on (?:annual |parental |sick |maternity |paternity )?leave|on (?:vacation|holiday)|travell?ing|unavailable)",
    "(?:no|limited) access to (?:my )?e-?mail",
  ),
  bulk: words(
    // Not "You are receiving this notice because your firm is registered": a tender notice asks.
    "(?:you're|you are) receiving this(?! (?:notice|invitation|request|solicitation))",
    "view (?:it |this (?:email|message) )?in (?:your |a )?browser",
    "click here to unsubscribe",
    "manage (?:your )?(?:email |subscription |communication )?preferences",
    "update your (?:email )?preferences",
    "this (?:email|newsletter) was sent to",
  ),
  respell: [
    [/(?<![\p{L}\p{N}.'-])u(?![\p{L}\p{N}.'-])/gu, "you"],
    [/(?<![\p{L}\p{N}.'-])ur(?![\p{L}\p{N}.'-])/gu, "your"],
    [/(?<![\p{L}\p{N}])thru(?![\p{L}\p{N}])/giu, "through"],
    [/(?<![\p{L}\p{N}])w\/o(?![\p{L}\p{N}])/giu, "without"],
    [/(?<![\p{L}\p{N}])w\/ ?(?=\p{L})/giu, "with "],
    [/(?<=\p{L}) \+ (?=\p{L})/gu, " and "],
    [/(?<![\p{L}\p{N}'])(what|that|there|here|who|where)s(?![\p{L}\p{N}'])/giu, "$1's"],
    [
      /(?<![\p{L}\p{N}'])(do|does|did|is|are|was|were|have|has|had|could|would|should|must|ca|wo)nt(?![\p{L}\p{N}'])/giu,
      "$1n't",
    ],
    [/(?<![\p{L}\p{N}'])(you|they)re(?![\p{L}\p{N}'])/giu, "$1're"],
    [/(?<![\p{L}\p{N}'])i(m|ve)(?![\p{L}\p{N}'])/gu, "I'$1"],
  ],
  unnamed: enUnnamed,
  words: {
    determiners: wordSet(
      "a an the your our my some any this that these those two three four five several both all more further additional another",
    ),
    stopBefore: wordSet(`
      i we you me us they them he she it someone somebody yours there here you're we're i'm they're it's that's what's
      can could would will may might should must do does did is are be been being was were 'd 'll
      send share forward email e-mail mail provide give show see get have has need needs want wants like love
      require requires set schedule book arrange organize organise put enable draft prepare receive review
      connect introduce speak talk discuss find take make request quote run hold offer help create attach
      include sign fill complete answer return confirm resend walk pass drop shoot sort let tell grab jump hop book know advise
      please kindly just also over across through up out back again still maybe perhaps possibly really
      to for with about on in at from by into regarding around via
      and or but so then if that what which how when whether where why
      hi hello hey dear thanks thank
      appreciate interested keen looking hoping after grateful mind
      add go move change switch upgrade extend cancel remove increase reduce expand`),
    stopAfter: wordSet(`
      so because since before after by until till asap as when if which who whom whose that where while once via
      use uses using please thanks thank too also again back across along those them him her together afterwards later last going
      i we you they he she it myself ourselves yourself yourselves himself herself themselves
      is are was were will would can could should must has have had do does did may might am
      today tomorrow tonight next this soon available possible ready
      sometime when whenever ahead prior no comes come came totals adds
      we've i've you've they've we're i'm we'll i'll we'd i'd that's who's which's`),
    conjunctions: wordSet("and or & plus along together"),
    of: "of",
    quantities: wordSet(
      "couple few number copy copies list set pair sample samples example examples bit version",
    ),
    infinitive: wordSet("to can could"),
    purposeVerbs: wordSet(
      "discuss go talk review walk cover answer address run look plan align scope finalize finalise map hash work figure sort",
    ),
    copulas: wordSet("be is"),
    topic: wordSet("about on regarding re around concerning covering for discuss review how"),
    including: wordSet(
      "including incl with covering containing from reflecting showing outlining detailing listing",
    ),
    listing: wordSet("including incl covering containing reflecting showing outlining detailing listing"),
    details: wordSet("mainly mostly especially particularly specifically primarily notably with including"),
    conditions: wordSet("if"),
    anaphora: wordSet("it them version copy both these those"),
    expletive: wordSet("possible feasible ok okay alright fine easier easy worth"),
    comparedWith: wordSet("against versus vs than compared"),
    singularPronouns: wordSet("it"),
    // "studies", "logins", "T&Cs"; not "analysis", "access", "status".
    plural: /[^\sisu']s$/iu,
    // Items are in the rep's voice: the prospect's "your documents" reads "our documents".
    definite: wordSet("the these those both that this all our"),
    others: wordSet("they them their theirs those"),
    relatives: wordSet("which that who where explaining covering showing describing outlining"),
    dangling: wordSet(
      "of for the a an to and or with on in at from by your our my some any about regarding & plus be is through over",
    ),
    toRepVoice: {
      our: "your",
      ours: "yours",
      my: "your",
      mine: "yours",
      us: "you",
      we: "you",
      me: "you",
      your: "our",
      yours: "ours",
    },
  },
};
