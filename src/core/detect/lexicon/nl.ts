import type { Lexicon } from "./types";
import { leading, wordSet, words } from "./build";

export const nl: Lexicon = {
  language: "nl",
  cues: {
    demo: [
      { pattern: words("demo'?s?", "demonstratie", "productdemo") },
      { pattern: words("presentatie"), weak: true },
    ],
    pricing: [
      {
        pattern: words(
          "prijs",
          "prijzen",
          "prijslijst",
          "prijsopgave",
          "offerte",
          "kosten",
          "tarieven",
          "pricing",
        ),
      },
      { pattern: words("wat kost", "hoeveel kost"), item: "de prijzen" },
    ],
    proposal: [{ pattern: words("voorstel", "projectvoorstel", "rfp", "plan van aanpak") }],
    information: [
      {
        pattern: words(
          "brochure",
          "productblad",
          "datasheet",
          "iets op papier",
          "schriftelijk",
          "whitepaper",
        ),
      },
      { pattern: words("informatie", "info", "documentatie", "details", "overzicht"), weak: true },
    ],
    "case-study": [
      {
        pattern: words(
          "case stud(?:y|ies)",
          "klantcases?",
          "succesverha(?:al|len)",
          "klantverha(?:al|len)",
          "praktijkvoorbeelden?",
        ),
      },
    ],
    references: [
      { pattern: words("referenties?", "referentieklant(?:en)?") },
      {
        pattern: words("(?:een|enkele|andere|bestaande) klant(?:en)?"),
        requires: words("spreken", "praten", "contact", "in contact"),
      },
    ],
    trial: [
      {
        pattern: words(
          "proefversie",
          "proefperiode",
          "proef",
          "trial",
          "pilot",
          "sandbox",
          "testomgeving",
          "testaccount",
          "proof of concept",
          "poc",
        ),
      },
    ],
    security: [
      {
        pattern: words(
          "beveiligingsvragenlijst",
          "beveiliging",
          "iso[- ]?27001",
          "soc[- ]?2",
          "pentest",
          "avg",
          "privacybeleid",
          "beveiligingsbeleid",
        ),
      },
    ],
    contract: [
      {
        pattern: words(
          "contract",
          "overeenkomst",
          "algemene voorwaarden",
          "verwerkersovereenkomst",
          "bestelformulier",
          "nda",
        ),
      },
    ],
    meeting: [
      {
        pattern: words(
          "gesprek",
          "afspraak",
          "belafspraak",
          "call",
          "vergadering",
          "overleg",
          "meeting",
          "telefoontje",
          "videogesprek",
        ),
      },
    ],
  },
  outside: words("factu(?:ur|ren)", "bankgegevens", "agenda", "notulen"),
  request: words(
    "(?:kunt|kun|kunnen|zou|zouden|wilt|wil) (?:u|je|jullie|we|wij)",
    "graag",
    "alstublieft",
    "alsjeblieft",
    "a\\.u\\.b\\.?",
    "aub",
    "(?:ik|we|wij) (?:wil|willen|zou graag|zouden graag|zoeken)",
    "(?:hebben|heb) (?:\\p{L}{1,15} ){0,3}nodig",
    "is het mogelijk",
    "hebben jullie",
    "heeft u",
    "wat kost",
    "hoeveel",
    "stuur (?:me|ons)",
    "geïnteresseerd in",
  ),
  imperative: leading(["en", "graag"], ["stuur", "stuurt", "deel", "plan", "mail"]),
  negation: words(
    "geen (?:behoefte|interesse)",
    "niet (?:nodig|geïnteresseerd)",
    "hebben (?:al|reeds)",
    "al ontvangen",
    "afmelden",
    "uitschrijven",
    "nee,? bedankt",
  ),
  past: words("was", "waren", "ontvangen", "gezien", "gisteren", "vorige week", "gestuurd"),
  thanks: words("bedankt voor", "dank (?:u|je) (?:wel )?voor", "dankjewel voor"),
  contrast: words("maar", "echter", "en(?= (?:kunt|kun|zou|graag|stuur)(?![\\p{L}]))"),
  subordinate: words(
    "zodat",
    "voordat",
    "nadat",
    "omdat",
    "totdat",
    "tot",
    "voor (?:onze|ons|de) (?:vergadering|meeting|overleg)",
  ),
  followUp: leading([], ["alleen", "enkel", "gewoon", "en", "ook", "p\\.? ?s\\.?"]),
  greeting: leading(
    [],
    ["(?:hallo|hoi|beste|geachte|goedemorgen|goedemiddag|dag)(?: [\\p{L}.'-]{1,30}){0,3}[,!:]"],
  ),
  autoReply: words(
    "automatisch antwoord",
    "afwezigheidsbericht",
    "(?:ben|ik ben) (?:momenteel )?(?:afwezig|op vakantie|niet op kantoor)",
  ),
  bulk: words(
    "uitschrijven voor deze",
    "bekijk (?:deze e-mail )?in (?:je|uw) browser",
    "u ontvangt deze (?:e-mail|nieuwsbrief)",
  ),
  words: {
    determiners: wordSet("een de het uw jullie onze ons mijn enkele wat twee drie meer"),
    stopBefore: wordSet(`
      ik we wij u je jullie me mij ons
      kunt kun kunnen zou zouden wil willen heb hebben
      sturen toesturen delen plannen maken ontvangen zien
      graag ook even nog
      voor met over van aan op in bij
      en of maar dat als hoe
      hallo bedankt`),
    stopAfter: wordSet(`
      zodat voordat nadat omdat totdat tot als wanneer dat
      graag bedankt ook
      ik we wij u
      is zijn zou kunt sturen toesturen delen plannen inplannen regelen maken geven ontvangen
      vandaag morgen volgende deze`),
    conjunctions: wordSet("en of &"),
    of: "van",
    quantities: wordSet("lijst paar"),
    infinitive: wordSet(""),
    purposeVerbs: wordSet("bespreken"),
    copulas: wordSet(""),
    topic: wordSet("over omtrent betreffende bespreken"),
    including: wordSet("inclusief met"),
    listing: wordSet("inclusief"),
    anaphora: wordSet("dat deze"),
    dangling: wordSet("van voor met over en of de het een uw onze"),
    toRepVoice: { ons: "uw", onze: "uw", mijn: "uw", jullie: "onze" },
  },
};
