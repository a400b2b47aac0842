import type { Lexicon } from "./types";
import { leading, wordSet, words } from "./build";

export const it: Lexicon = {
  language: "it",
  cues: {
    demo: [
      {
        pattern: words(
          "demo",
          "dimostrazion[ei]",
          "(?<!(?:inviare|mandare|girare|condividere|inviarci|mandarci|girarci|inviarmi|mandarmi|inviate|mandate|girate)(?:ci|mi)? (?:una|la|vostra) )presentazione (?:della|del) (?:piattaforma|prodotto|soluzione|software)",
        ),
      },
      {
        pattern: words(
          "(?<!(?:inviare|mandare|girare|condividere|inviarci|mandarci|girarci|inviarmi|mandarmi|inviate|mandate|girate)(?:ci|mi)? (?:una|la|vostra) )presentazione",
        ),
        weak: true,
      },
      { pattern: words("(?:mostrarci|farci vedere|mostrarmi)"), item: "una demo", takesObject: true },
    ],
    pricing: [
      {
        pattern: words(
          "prezz[oi]",
          "listino(?: prezzi)?",
          "scont[oi]",
          "preventiv[oi]",
          "offert[ae]",
          "quotazion[ei]",
          "cost[oi]",
          "tariff[ae]",
          "offerta economica",
          "pricing",
        ),
      },
      { pattern: words("quanto (?:costa|costerebbe|verrebbe)"), item: "i prezzi" },
    ],
    proposal: [
      {
        pattern: words(
          "propost[ae](?: commercial[ei]| tecnica| formale)?",
          "offerta (?:tecnica|formale|commerciale)",
          "rfp",
          "risposta al(?:la)? (?:bando|gara)",
        ),
      },
    ],
    information: [
      // A presentation that is sent is a document, not a demonstration.
      {
        pattern: words(
          "(?<=(?:inviare|mandare|girare|condividere|inviarci|mandarci|girarci|inviarmi|mandarmi|inviate|mandate|girate)(?:ci|mi)? (?:una|la|vostra) )presentazione(?: (?:della|del) (?:piattaforma|prodotto|soluzione|software))?",
        ),
      },
      {
        pattern: words(
          "brochure",
          "sched[ae] (?:tecnic[ah]e?|prodotto)",
          "qualcosa per iscritto",
          "per iscritto",
          "presentazione aziendale",
          "presentazione (?:dell'|della (?:vostra )?)(?:azienda|società)",
          // "una presentazione sintetica da girargli": one to forward is a document.
          "presentazione(?: [\\p{L}']{1,25})? da (?:girare|inoltrare|inviare|mandare|condividere|gir(?:argli|arle|arla))",
          "catalogo",
          "white ?paper",
          "specifiche(?: tecniche)?",
          "guid[ae](?: utente| all'implementazione| all'integrazione)?",
          "manual[ei](?: utente| d'uso)?",
          "roadmap",
          "documentazione tecnica",
          "descrizione (?:tecnica|funzionale|del prodotto)",
          "confronto (?:funzionalità|prodotti)",
          "screenshot",
          "elenco (?:delle )?funzionalità",
        ),
      },
      {
        pattern: words(
          "informazioni",
          "info",
          "documentazione",
          "document[oi]",
          "dettagli",
          "riepilogo",
          "material[ei]",
        ),
        weak: true,
      },
    ],
    "case-study": [
      {
        pattern: words(
          "cas[oi] di successo",
          "cas[oi] (?:di )?studio",
          "case stud(?:y|ies)",
          "testimonianze?",
          "cas[oi] client[ei]",
          "storie di successo",
          "success stor(?:y|ies)",
        ),
      },
    ],
    references: [
      { pattern: words("referenz[ae]", "riferimenti(?: di clienti)?") },
      {
        pattern: words(
          "(?:qualche|alcuni|un|una|altri|vostri)(?: vostr[oaie])? client[ei]",
          "client[ei] attual[ei]",
          "(?:avete|ha) client[ei]",
        ),
        requires: words("parlare", "sentire", "contattare", "mettere in contatto", "metterci in contatto"),
      },
      {
        // "scambiare due parole con qualcuno di un'azienda … che usa già la vostra soluzione".
        pattern: words(
          "qualcuno (?:di|da|in|che)",
          "(?:un'|una |altre |altri )?(?:aziend[ae]|società|realtà|client[ei]) (?:[\\p{L}'-]{1,20} ){0,5}che (?:usa|usano|utilizza|utilizzano|ha adottato|hanno adottato)",
          // "parlare direttamente con un Clinical Trial Center che lo usa già".
          "(?:un|uno|una|un'|dei|degli|delle|altri|altre) ?(?:[\\p{L}'-]{1,20} ){1,4}che (?:lo |la |li |le )?(?:usa|usano|utilizza|utilizzano)(?: già)?",
        ),
        requires: words(
          "parlare",
          "sentire",
          "contattare",
          "mettere in contatto",
          "metterci in contatto",
          "scambiare (?:due|quattro) (?:parole|chiacchiere)",
          "confrontar(?:ci|mi)",
        ),
      },
    ],
    trial: [
      {
        pattern: words(
          "prov[ae](?: gratuit[ae])?",
          "versione di prova",
          "periodo di prova",
          "pilota",
          "progetto pilota",
          "sandbox",
          "proof of concept",
          "poc",
          "ambiente di test",
          "trial",
        ),
      },
      {
        pattern: words(
          "provare (?:la piattaforma|il prodotto|la soluzione|il software)",
          "toccare con mano",
          "(?:provare|testare) sul campo",
          "(?:avere|ottenere|mettere) (?:il sistema|la piattaforma|il software|la soluzione|il prodotto|un ambiente) a (?:nostra )?disposizione",
        ),
        item: "una prova",
      },
    ],
    security: [
      {
        pattern: words(
          "questionari[oi]? (?:di|sulla) sicurezza",
          "sicurezza",
          "iso(?:/iec)?[- ]?27001",
          "soc[- ]?2",
          "penetration test",
          "test di penetrazione",
          "gdpr",
          "privacy(?: policy)?",
          "informativa (?:sulla )?privacy",
          "politic(?:a|he) (?:di|sulla) (?:sicurezza|privacy|conservazione dei dati)",
        ),
      },
    ],
    contract: [
      {
        pattern: words(
          "contratt[oi]",
          // The GDPR annex of a contract is its DPA.
          "allegat[oi] gdpr",
          "appendic[ei] gdpr",
          "termini e condizioni",
          "condizioni generali",
          "nda",
          "accordi? di riservatezza",
          "dpa",
          // "l'accordo sul trattamento dei dati (DPA) ai sensi dell'art. 28 GDPR".
          "accord[oi] (?:sul|per il|di) trattamento dei dati",
          "modulo d'ordine",
          "ordine di acquisto",
        ),
      },
    ],
    meeting: [
      {
        pattern: words(
          "(?<!(?<![\\p{L}])(?:prima della|prima del|durante la|dopo la|per la|alla|nella) (?:nostra|nostro) )(?:chiamat[ae]|call|riunion[ei]|incontr[oi]|appuntament[oi]|videochiamat[ae]|telefonat[ae])",
          "sentirci",
          "vederci",
        ),
      },
    ],
  },
  outside: words("fatture?", "coordinate bancarie", "iban", "ordine del giorno", "agenda", "verbale"),
  request: words(
    "(?:potrebbe|potreste|potresti|può|puoi|potete|possiamo|potremmo)",
    "per (?:favore|cortesia)",
    "cortesemente",
    "(?:sarebbe|sarebbero) (?:util[ei]|perfett[oa]|ideale|ottim[oa]|di (?:grande )?aiuto|fantastic[oa])",
    "(?:siamo|sono) ancora in attesa",
    "(?:attendiamo|aspettiamo|stiamo aspettando|sto aspettando) ancora",
    // "Il nostro responsabile della sicurezza vorrebbe ricevere il report …".
    "(?:vorrei|vorremmo|vorrebbe|vorrebbero)",
    "(?:ci|mi) piacerebbe",
    "(?:ci|mi) farebbe (?:piacere|comodo)",
    "(?:abbiamo|ho|avremmo|avrei) bisogno",
    "(?:ci|mi) (?:serve|servono|servirebbe|servirebbero)",
    "necessitiamo",
    "(?:siamo|sono) interessat[ie]",
    "interessat[ie] a",
    "(?:sarebbe|è) possibile",
    "c'è (?:un|una|qualche)",
    "avete (?:un|una|qualche|dei|delle)",
    "quanto (?:costa|costerebbe)",
    "qual è il (?:prezzo|costo)",
    "(?:mi|ci) (?:invii|inviate|mandi|mandate)",
    "(?:inviateci|mandateci|inviatemi|mandatemi)",
    "gradirei",
    "gradiremmo",
    "(?:vi )?chiedo",
    "chiediamo",
    "resto in attesa",
  ),
  imperative: leading(
    ["e", "per favore", "anche"],
    ["inviateci", "mandateci", "inviatemi", "mandatemi", "inviate", "mandate", "fissiamo", "organizziamo"],
  ),
  negation: words(
    "non (?:abbiamo bisogno|ho bisogno|ci serve|mi serve|siamo interessat[ie]|sono interessat[oa]|è necessari[oa]|serve)",
    "(?:abbiamo|ho) già",
    "già (?:ricevut[oaie]|abbiamo)",
    "nessun interesse",
    "no,? grazie",
    "disiscriver(?:e|mi|ci)",
    "cancellar(?:mi|ci) dalla",
    "per (?:ora|il momento) (?:nulla|niente|no)",
  ),
  past: words(
    "era",
    "erano",
    "è stat[ao]",
    "abbiamo ricevuto",
    "ho ricevuto",
    "ricevut[oaie]",
    "vist[oaie]",
    "ieri",
    "la settimana scorsa",
    "inviat[oaie]",
    "mostrat[oaie]",
    "piaciut[oaie]",
  ),
  thanks: words(
    "grazie(?: mille| ancora| tante)? (?:per|della|del|dei|delle|degli)",
    "vi ringrazio (?:per|della|del)",
    "ti ringrazio (?:per|della|del)",
  ),
  contrast: words(
    "ma",
    "però",
    "tuttavia",
    "invece",
    "e(?= (?:potrebbe|potreste|potete|può|per favore)(?![\\p{L}]))",
  ),
  subordinate: words(
    // A clause that only details the thing before: "…, including the licence costs".
    "(?<=[,;:(—–-] )(?:comprensiv[oai]|comprendente|inclus[oaie]|compres[oi]|soprattutto|principalmente|in particolare)",
    "così (?:che|da|possiamo|potremo)",
    "in modo (?:che|da)",
    "affinché",
    "prima (?:di|del|della|che)",
    "dopo",
    "perché",
    "poiché",
    "fino a",
    "entro",
    "a seguito d(?:i|el|ella|ell')",
    "in seguito a(?:l|lla)?",
    "come (?:concordato|discusso|anticipato|promesso)",
  ),
  followUp: leading(
    [],
    ["solo", "soltanto", "piuttosto", "semplicemente", "e", "anche", "inoltre", "p\\.? ?s\\.?"],
  ),
  greeting: leading(
    [],
    ["(?:buongiorno|buonasera|ciao|salve|gentile|egregi[oa]|car[oa])(?: [\\p{L}.'-]{1,30}){0,3}[,!:]"],
  ),
  autoReply: words(
    "risposta automatica",
    "fuori (?:ufficio|sede)",
    "(?:sono|sarò) (?:in ferie|assente|fuori ufficio)",
  ),
  bulk: words(
    "annulla (?:l')?iscrizione",
    "visualizza (?:questa email )?nel (?:tuo )?browser",
    "ricevi questa (?:email|e-mail)",
  ),
  words: {
    determiners: wordSet(
      "un una uno il lo la i gli le l' vostro vostra vostri vostre nostro nostra nostri nostre mio mia alcuni alcune qualche due tre più dei delle degli",
    ),
    stopBefore: wordSet(`
      io noi voi lei ci mi vi ti si avete abbiamo ha hanno
      potrebbe potreste potresti può puoi potete possiamo potremmo vorrei vorremmo gradirei
      inviare inviarci mandare mandarci condividere fare avere ricevere vedere fissare organizzare preparare
      per favore cortesemente anche
      con su sul sulla sui sulle sugli sullo a al alla in nel nella nei di del della dei delle degli da
      e o ma che se come
      buongiorno grazie`),
    stopAfter: wordSet(`
      così affinché prima dopo perché poiché fino entro quando se che chi
      grazie anche
      io noi voi
      è sono sarebbe sarà potrebbe
      oggi domani prossima prossimo questa questo`),
    conjunctions: wordSet("e ed o &"),
    of: "di",
    contractions: new Map([
      ["di il", "del"],
      ["di lo", "dello"],
      ["di la", "della"],
      ["di i", "dei"],
      ["di gli", "degli"],
      ["di le", "delle"],
    ]),
    quantities: wordSet("elenco lista paio copia esempio esempi"),
    infinitive: wordSet(""),
    purposeVerbs: wordSet("parlare discutere rivedere affrontare"),
    copulas: wordSet(""),
    topic: wordSet(
      "su sul sulla sui sulle sugli sullo riguardo circa per parlare discutere rivedere affrontare",
    ),
    including: wordSet(
      "incluso inclusi inclusa incluse compreso compresi comprensivo comprensiva comprensivi comprendente con",
    ),
    listing: wordSet(
      "incluso inclusi inclusa incluse compreso compresi comprensivo comprensiva comprensivi comprendente",
    ),
    details: wordSet(
      "comprensivo comprensiva comprensivi comprendente incluso inclusi inclusa incluse compreso compresi soprattutto principalmente",
    ),
    conditions: wordSet("se qualora"),
    anaphora: wordSet("questo questa"),
    definite: wordSet("i gli le il lo la questi queste tutti tutte"),
    dangling: wordSet(
      "di del della dei delle il lo la i gli le un una per con su e o a al vostro vostra nostro nostra",
    ),
    toRepVoice: {
      nostro: "vostro",
      nostra: "vostra",
      nostri: "vostri",
      nostre: "vostre",
      mio: "vostro",
      mia: "vostra",
      miei: "vostri",
      mie: "vostre",
      vostro: "nostro",
      vostra: "nostra",
      vostri: "nostri",
      vostre: "nostre",
    },
  },
};
