import type { Lexicon } from "./types";
import { leading, wordSet, words } from "./build";

/** German glues nouns together ("Lizenzpreise", "Sicherheitsfragebogen"): allow a bounded prefix. */
const P = "\\p{L}{0,30}";

export const de: Lexicon = {
  language: "de",
  cues: {
    demo: [
      {
        pattern: words(
          `${P}demos?`,
          "demonstration",
          `${P}vorführung(?:en)?`,
          "live-demo",
          "produktpräsentation",
          // A presentation online or live is the product shown, not a deck.
          "(?:online|live|web)-?präsentation(?:en)?",
        ),
      },
      { pattern: words("präsentation"), weak: true },
      {
        pattern: words("aufzeichnung(?:en)?", "mitschnitte?", "(?:demo|video)aufzeichnung(?:en)?"),
        weak: true,
      },
      {
        pattern: words(
          "(?:uns|mir) (?:(?!\\p{L}{0,20}(?:demo|vorführung|präsentation))[\\p{L}-]{1,20} ){0,4}(?:zeigen|vorführen|demonstrieren|präsentieren)",
          // "das System gern einmal live ansehen".
          "(?:das system|die lösung|die software|die plattform|das tool|das modul|die module|die anwendung|die app|es) (?:[\\p{L}-]{1,20} ){0,6}(?:live )?(?:ansehen|anschauen|anzusehen|anzuschauen)",
        ),
        item: "eine Demo",
      },
    ],
    pricing: [
      {
        pattern: words(
          `${P}preis(?:e|en|es|liste|listen|angebot|angebote|angebots|blatt|blätter|information|informationen|modell|übersicht|gestaltung|indikation|indikationen|schätzung|rahmen|vorstellung)?`,
          `\\p{L}{1,30}kosten`,
          "(?<=(?:die|der|den|ihre|ihren|welche|laufenden|jährlichen|monatlichen|gesamten|genauen|ungefähren) )kosten",
          "kostenvoranschlag",
          `${P}rabatt(?:e|s)?`,
          "kostenschätzung",
          "angebot(?:e|es|s)?",
          "konditionen",
          "lizenz(?:modell|modelle|modellen|kosten|gebühren|preise)",
          "tarife?",
          "pricing",
        ),
      },
      {
        pattern: words("was (?:kostet|würde|kosten)", "wie viel (?:kostet|würde|kosten)", "wieviel"),
        item: "die Preise",
      },
    ],
    proposal: [
      {
        pattern: words(
          "vorschlag",
          "proposal",
          "konzept",
          "lösungsvorschlag",
          "leistungsbeschreibung",
          "leistungsverzeichnis",
          "ausschreibungsantwort",
          "rfp",
          "rfi",
        ),
      },
    ],
    information: [
      {
        pattern: words(
          `${P}broschüren?`,
          `${P}datenblatt`,
          "datenblätter",
          "produktblatt",
          "informationsmaterial",
          "whitepaper",
          "etwas schriftliches",
          "schriftlich",
          "foliensatz",
          "produktübersicht",
          "(?:unternehmens|firmen)präsentation",
          "spezifikation(?:en)?",
          "technische daten",
          `${P}handbuch`,
          "handbücher",
          "leitfaden",
          "(?:bedienungs|installations|benutzer)?anleitung(?:en)?",
          "roadmap",
          "(?:produkt|leistungs)beschreibung(?:en)?",
          "funktions(?:übersicht|liste)",
          "feature-?liste",
          "factsheet",
          "one-?pager",
          "flyer",
          "prospekt(?:e)?",
          "produktinformation(?:en)?",
          "screenshots?",
        ),
      },
      {
        pattern: words(
          "informationen",
          "infos?",
          "unterlagen",
          "dokumentation",
          "übersicht",
          "details",
          "material",
          "zusammenfassung",
        ),
        weak: true,
      },
    ],
    "case-study": [
      {
        pattern: words(
          "fallstudien?",
          "erfolgsgeschichten?",
          "kundenbeispiele?",
          "anwenderberichte?",
          "referenzprojekte?",
          "praxisbeispiele?",
          "case stud(?:y|ies)",
          "success stor(?:y|ies)",
        ),
      },
    ],
    references: [
      { pattern: words(`${P}referenz(?:en|kunden|kontakte?|anrufe?)?`, "referenzgespräch(?:e)?") },
      {
        pattern: words("(?:einem|einigen|bestehenden|zufriedenen|anderen) kunden", `${P}kunden?`),
        requires: words("sprechen", "austauschen", "kontakt", "telefonieren", "in verbindung"),
      },
      {
        // "uns mit einer deutschen Hochschule austauschen (zu können), die … bereits einsetzt".
        pattern: words(
          "(?:einer|einem|einigen|anderen|vergleichbaren) (?:[\\p{L}-]{1,20} )?(?:hochschulen?|universität(?:en)?|unternehmen|firm(?:a|en)|schulen?|klinik(?:en)?|krankenh(?:aus|äusern?)|bank(?:en)?|organisationen?|einrichtungen?|betrieb(?:en|e)?|kommunen?)",
        ),
        requires: words("sprechen", "austauschen", "kontakt", "telefonieren", "in verbindung"),
      },
    ],
    trial: [
      {
        pattern: words(
          `test(?:version|zugang|phase|account|konto|lizenz|umgebung|installation|stellung|lauf)(?:en|s|e)?`,
          "probeversion",
          "probezugang",
          `pilot${P}`,
          "sandbox",
          "proof of concept",
          "poc",
          "trial",
          "kostenlose(?:n)? test",
        ),
      },
      { pattern: words("ausprobieren", "testen"), item: "einen Testzugang" },
    ],
    security: [
      {
        pattern: words(
          // Not the officer: "unser Datenschutzbeauftragter", "die Sicherheitsbeauftragte".
          `sicherheits(?!beauftragt)${P}`,
          `${P}sicherheit`,
          "iso[- ]?27001",
          "soc[- ]?2",
          "penetrationstest(?:s)?",
          "pentest(?:s)?",
          `datenschutz(?!beauftragt)${P}`,
          "dsgvo",
          "technische und organisatorische maßnahmen",
          "toms?",
          "it-sicherheit",
        ),
      },
    ],
    contract: [
      {
        pattern: words(
          // Genitive too: "Ihren Entwurf des Auftragsverarbeitungsvertrags".
          `${P}vertrag(?:e?s)?`,
          `${P}verträge`,
          // The GDPR annex of a contract is its DPA.
          "dsgvo-?(?:anhang|anlage|zusatz)",
          "dsgvo-?zusatzvereinbarung",
          `vertrags${P}`,
          "avv",
          "agb",
          "allgemeinen? geschäftsbedingungen",
          "bestellformular",
          "auftragsformular",
          "nda",
          "vertraulichkeitsvereinbarung",
          "geheimhaltungsvereinbarung",
          "dpa",
          "msa",
        ),
      },
    ],
    meeting: [
      {
        pattern: words(
          "(?<!(?<![\\p{L}])(?:vor|in|nach|bei|für) (?:unserem|unserer|dem|der|unseren|unserem nächsten) )(?:\\p{L}{0,12})?(?:termin|telefonat|anruf|gespräch|besprechung|meeting|call|videokonferenz|austausch|treffen|workshop)(?:e|s)?",
        ),
      },
      { pattern: words("telefonieren"), item: "ein Telefonat" },
      {
        pattern: words("(?:uns|sich) (?:[\\p{L}]{1,20} ){0,3}(?:treffen|austauschen|abstimmen|unterhalten)"),
        item: "ein Gespräch",
      },
    ],
  },
  outside: words("rechnung(?:en)?", "bankverbindung", "bestellnummer", "tagesordnung", "agenda", "protokoll"),
  request: words(
    "(?:könnten|können|könnt|könntet|würden|würdet|wollen|wollt|dürften|könntest|kannst) (?:sie|wir|ich|du|ihr)",
    "bitte",
    // "Unser Datenschutzbeauftragter bittet um den AVV", "Wir bitten um Ihr Angebot".
    "(?:bittet|bitten|baten|bat)(?= (?:[\\p{L}-]{1,20} ){0,5}um (?!(?:etwas |noch |um )*(?:geduld|verständnis|nachsicht)(?![\\p{L}])))",
    "(?:wir warten|ich warte) (?:noch |immer noch |weiterhin )?(?:auf|darauf)",
    "ich (?:hätte|hätten) gerne?",
    "wir (?:hätten|hätte) gerne?",
    // Verb-second after a fronted phrase: "wie besprochen hätten wir gerne …".
    "(?:hätten|hätte|möchten|möchte|würden|würde) (?:wir|ich) (?:\\p{L}{1,20} )?gerne?",
    "(?:ich|wir) (?:möchte|möchten|würde gerne?|würden gerne?)",
    "(?:ich|wir) (?:benötige|benötigen|brauche|brauchen|suche|suchen)",
    "(?:benötigen|brauchen|benötigt|braucht|bräuchten|bräuchte|benötigten|hätten gerne?)",
    "(?:wäre|ist) es möglich",
    "gibt es",
    "haben sie",
    "bieten sie",
    "wie viel",
    "wieviel",
    "was (?:kostet|würde)",
    "lassen sie uns",
    "lass uns",
    "interessiert an",
    "interessieren uns",
    "freuen uns (?:über|auf)",
    "(?:würden|würde) (?:uns|mich) (?:sehr )?(?:über|auf|freuen)",
    // "wäre es für unsere Entscheidungsfindung sehr hilfreich, …".
    "wäre (?:es )?(?:[\\p{L}-]{1,20} ){0,4}(?:toll|super|gut|hilfreich|schön|prima|nett)",
    "dankbar,? wenn",
    "(?:wären|wäre) (?:wir|ich) (?:ihnen|euch|dir)",
    // "würde sich unser Instandhaltungsleiter das System gern einmal live ansehen".
    "(?:würde|würden) (?:sich |uns |mir )?(?:\\p{L}{1,30} ){0,10}gerne?",
    "(?:ich|wir) bitten? um",
    // "Wie besprochen bitten wir um ein Angebot": the verb first after an opening phrase.
    "bitten? (?:wir|ich) (?:sie|euch|dich|um)",
    "(?:wir|ich) bitten? (?:sie|euch|dich)",
    "zukommen (?:zu )?lassen",
    "senden sie",
    "schicken sie",
    "lassen sie (?:uns|mir) (?:\\p{L}{1,20} ){0,3}zukommen",
  ),
  imperative: leading(
    ["und", "bitte", "auch", "dann"],
    ["senden", "schicken", "schick", "sende", "übermitteln", "geben"],
  ),
  negation: words(
    "kein(?:e|en|er|em)?(?! problem)",
    "nicht (?:interessiert|nötig|notwendig|erforderlich|benötigt|mehr|gebraucht)",
    "(?:brauchen|benötigen|möchten|wollen) (?:\\p{L}{1,15} ){0,2}(?:kein(?:e|en)?|nicht)",
    "bereits (?:erhalten|vorliegen|haben|bekommen)",
    "schon (?:erhalten|haben|bekommen)",
    "(?:haben|habe) (?:\\p{L}{1,15} ){0,3}(?:bereits|schon)",
    "abmelden",
    "austragen",
    "derzeit nicht",
    "zurzeit nicht",
    "momentan nicht",
    "nein danke",
  ),
  past: words(
    "war",
    "waren",
    "hatte",
    "hatten",
    "erhalten",
    "bekommen",
    "gesehen",
    "gezeigt",
    "geschickt",
    "gesendet",
    "angeboten",
    "besprochen",
    "gestern",
    "letzte woche",
    "letzten (?:woche|monat)",
  ),
  thanks: words(
    "(?:danke|vielen dank|herzlichen dank|besten dank|dankeschön|danke schön)(?: nochmals| auch)? für",
  ),
  contrast: words(
    "aber",
    "jedoch",
    "allerdings",
    "sondern",
    "und(?= (?:könnten|können|würden|bitte|senden|schicken)(?![\\p{L}]))",
  ),
  subordinate: words(
    // A clause that only details the thing before: "…, including the licence costs".
    "(?<=[,;:(—–-] )(?:inklusive|inkl|einschließlich|insbesondere|hauptsächlich|vor allem)",
    "damit",
    "bevor",
    "nachdem",
    "weil",
    "da (?:wir|ich|unser|unsere)",
    "sobald",
    "sodass",
    "so dass",
    // Not "bittet vor der weiteren Prüfung um den AVV": a time inside the ask.
    "(?<!(?:bittet|bitten|baten|bat) )vor (?:unserem|unserer|dem|der)",
    // A purpose clause after a comma ("telefonieren, um die Details durchzugehen"); "bitten um" is not one.
    "(?<=,\\s{0,2})um",
  ),
  followUp: leading(
    [],
    [
      "nur",
      "sondern",
      "lediglich",
      "und",
      "auch",
      "außerdem",
      "sowie",
      "gerne?(?: auch| noch| zusätzlich| ebenfalls)",
      "p\\.? ?s\\.?",
    ],
  ),
  greeting: leading(
    [],
    [
      "(?:hallo|guten (?:tag|morgen|abend)|liebe[r]?|sehr geehrte[r]?|servus|moin|hi)(?: [\\p{L}.'-]{1,30}){0,3}[,!:]",
    ],
  ),
  autoReply: words(
    "abwesenheitsnotiz",
    "automatische antwort",
    "(?:bin|ist) (?:derzeit |zurzeit |bis (?:zum )?\\p{L}{0,20} ?)?(?:nicht im büro|abwesend|im urlaub)",
    "außer haus",
  ),
  bulk: words(
    "newsletter abbestellen",
    "im browser (?:anzeigen|ansehen|öffnen)",
    "sie erhalten diese (?:e-mail|nachricht)",
  ),
  words: {
    determiners: wordSet(
      "ein eine einen einem einer der die das den dem des ihr ihre ihren ihrem ihrer unser unsere unseren unserem unserer mein meine meinen einige zwei drei weitere mehr",
    ),
    stopBefore: wordSet(`
      ich wir sie du uns mir mich ihnen es man
      können könnten würden würde wäre ist sind hätte hätten möchte möchten brauche brauchen benötige benötigen
      senden schicken zeigen geben haben bekommen erhalten vereinbaren machen
      bitte auch noch gerne gern vielleicht mal kurz
      für mit über von zu zum zur an auf in im bei um nach aus
      und oder aber dass ob wie was wann
      hallo danke`),
    stopAfter: wordSet(`
      damit bevor nachdem weil da bis sobald sodass wenn ob dass
      bitte danke dankbar auch noch gerne gern
      ich wir sie es
      senden schicken zusenden zukommen zeigen geben vereinbaren machen bereitstellen übermitteln erhalten bekommen
      vorführen demonstrieren ausprobieren testen aufsetzen einrichten freischalten haben sehen organisieren
      sprechen stattfindet stattfinden erstellen ausarbeiten nennen vorbereiten zusammenstellen ausfüllen lassen
      ist sind war wäre würde könnten können bräuchten bräuchte brauchen brauche benötigen benötige hätten hätte möchten möchte
      heute morgen nächste nächsten nächster diese dieser diesen freuen freue möglich`),
    conjunctions: wordSet("und oder sowie &"),
    of: "von",
    quantities: wordSet("liste paar reihe"),
    infinitive: wordSet("um"),
    purposeVerbs: wordSet(""),
    copulas: wordSet(""),
    topic: wordSet("über zu zum zur bezüglich bzgl hinsichtlich zu um besprechen"),
    including: wordSet("inklusive inkl mit einschließlich"),
    listing: wordSet("inklusive inkl einschließlich"),
    details: wordSet("inklusive inkl einschließlich insbesondere hauptsächlich"),
    conditions: wordSet("wenn falls sofern"),
    anaphora: wordSet("es diese dieses"),
    definite: wordSet("die der den das dies diese dieser diesen dieses alle beide"),
    dangling: wordSet(
      "für von mit zu zum zur und oder der die das den dem ein eine einen ihr ihre unser unsere",
    ),
    toRepVoice: {
      unser: "Ihr",
      unsere: "Ihre",
      unseren: "Ihren",
      unserem: "Ihrem",
      unserer: "Ihrer",
      unseres: "Ihres",
      uns: "Sie",
      mein: "Ihr",
      meine: "Ihre",
      meinen: "Ihren",
      meinem: "Ihrem",
      meiner: "Ihrer",
      Ihr: "unser",
      Ihre: "unsere",
      Ihren: "unseren",
      Ihrem: "unserem",
      Ihrer: "unserer",
      Ihres: "unseres",
    },
  },
};
