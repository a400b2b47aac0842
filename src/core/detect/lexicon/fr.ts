import type { Lexicon } from "./types";
import { leading, wordSet, words } from "./build";

export const fr: Lexicon = {
  language: "fr",
  cues: {
    demo: [
      {
        pattern: words(
          "démos?",
          "demos?",
          "démonstrations?",
          "(?<!(?:envoyer|transmettre|partager|faire parvenir|envoyez|transmettez|partagez)(?:-nous|-moi)? (?:une|la|votre) )présentation (?:de|du) (?:la |l')?(?:solution|produit|plateforme|logiciel|outil)",
        ),
      },
      {
        pattern: words(
          "(?<!(?:envoyer|transmettre|partager|faire parvenir|envoyez|transmettez|partagez)(?:-nous|-moi)? (?:une|la|votre) )présentation",
        ),
        weak: true,
      },
      {
        pattern: words(
          "(?:nous|me) (?:montrer|montre|montrent|montriez|présenter|présente|présentent|présentiez)",
        ),
        item: "une démo",
        takesObject: true,
      },
      { pattern: words("en conditions réelles"), item: "une démo" },
      {
        pattern: words(
          "voir (?:la solution|le produit|l'outil|la plateforme|le logiciel) en action",
          "(?:voir|montrer|présenter) comment (?:fonctionne|marche|ça marche)",
        ),
        item: "une démo",
      },
    ],
    pricing: [
      {
        pattern: words(
          "tarifs?",
          "tarification",
          "grilles? tarifaires?",
          "conditions (?:tarifaires|financières|commerciales)",
          "prix",
          "devis",
          "offres?",
          "coûts?",
          "cotations?",
          "estimations? (?:budgétaires?|de coûts?)",
          "budget",
          "offre (?:de prix|tarifaire|financière)",
          "pricing",
        ),
      },
      { pattern: words("combien"), item: "vos tarifs" },
    ],
    proposal: [
      {
        pattern: words(
          "propositions? (?:commerciales?|technique|détaillée)",
          "proposition",
          "offres? commerciales?",
          "réponse (?:à|a) (?:notre |l')?(?:appel d'offres|rfp|consultation)",
          "rfp",
          "cahier des charges",
        ),
      },
    ],
    information: [
      // A presentation that is sent is a document, not a demonstration.
      {
        pattern: words(
          "(?<=(?:envoyer|transmettre|partager|faire parvenir|envoyez|transmettez|partagez)(?:-nous|-moi)? (?:une|la|votre) )présentation(?: (?:de|du) (?:la |l')?(?:solution|produit|plateforme|logiciel|outil))?",
        ),
      },
      {
        pattern: words(
          "brochures?",
          "plaquettes?",
          "fiches? (?:produits?|techniques?)",
          "livre blanc",
          "quelque chose par écrit",
          "par écrit",
          "support de présentation",
          "présentation (?:commerciale|de (?:l'entreprise|la société|votre société))",
          "catalogue",
          "spécifications?(?: techniques)?",
          "guides?(?: d'utilisation| utilisateur| de démarrage| d'intégration)?",
          "manuels?(?: d'utilisation| utilisateur)?",
          "feuille de route",
          "roadmap",
          "fiches? descriptives?",
          "descriptifs?(?: techniques?| fonctionnels?)?",
          "documentation technique",
          "dossier de présentation",
          "comparatifs?",
          "captures d'écran",
          "liste des fonctionnalités",
          "one-?pager",
        ),
      },
      {
        pattern: words(
          "informations?",
          "infos?",
          "documentation",
          "documents?",
          "détails",
          "renseignements?",
          "résumé",
          "aperçu",
        ),
        weak: true,
      },
    ],
    "case-study": [
      {
        pattern: words(
          "études? de cas",
          "cas clients?",
          "cas d'usage clients?",
          "témoignages?(?: clients?)?",
          "retours? d'expérience",
          "histoires? de réussite",
          "success stor(?:y|ies)",
          "case stud(?:y|ies)",
        ),
      },
    ],
    references: [
      {
        pattern: words(
          "(?:entretiens?|échanges?|appels?|contacts?) avec (?:un|une|des|quelques|l'un) (?:de vos |d'entre vos )?clients?(?: utilisateurs)?",
        ),
      },
      { pattern: words("références?(?: clients?)?", "contacts? de référence") },
      {
        pattern: words(
          "(?:un|des|quelques|vos|d'autres) clients?",
          "(?:un|deux|trois|quelques)(?: ou (?:deux|trois|quatre))? de vos clients",
          // "un ou deux hôtels qui l'utilisent déjà".
          "(?:un|une|deux|trois|quelques|d'autres)(?: ou (?:deux|trois|quatre))? (?:[\\p{L}-]{1,20} ){1,2}qui (?:l'utilisent|utilisent|l'ont déployée?|ont déployé|travaillent avec)",
          // "une ou deux banques clientes de Kestrel": peers that are customers.
          "(?:un|une|deux|trois|quelques|d'autres)(?: ou (?:deux|trois|quatre))? [\\p{L}-]{2,20} client(?:e|es|s)(?![\\p{L}])",
          "l'un de vos clients",
          "clients? existants?",
        ),
        requires: words("parler", "échanger", "contacter", "mettre en (?:relation|contact)", "discuter avec"),
      },
    ],
    trial: [
      {
        pattern: words(
          "essai(?:s)?(?: gratuits?)?",
          "version d'essai",
          "période d'essai",
          "pilote",
          "projet pilote",
          "bac à sable",
          "sandbox",
          "preuve de concept",
          "poc",
          "accès (?:de )?(?:test|démonstration)",
          "compte de test",
          "environnement de (?:test|recette|démonstration)",
          "trial",
        ),
      },
      {
        pattern: words("tester (?:la solution|le produit|l'outil|la plateforme|le logiciel)"),
        item: "un essai",
      },
    ],
    security: [
      {
        pattern: words(
          "questionnaires? (?:de |sur la )?sécurité",
          "sécurité",
          "iso[- ]?27001",
          "soc[- ]?2",
          "tests? d'intrusion",
          "pentests?",
          "rgpd",
          "politiques? de (?:sécurité|confidentialité|conservation|rétention)(?: des données)?",
          "conformité",
          "pssi",
          "dossiers? (?:de )?sécurité",
          "chiffrement",
          "plans? de continuité(?: d'activité)?",
          "hébergement des données",
          // "votre certificat HDS … ainsi que la liste de vos sous-traitants".
          "certifi(?:cat|cation)s? (?:hds|iso|hébergeur|de sécurité)",
          "hds",
          "(?:liste (?:de |des )(?:vos )?)?sous-traitants(?: ultérieurs)?",
        ),
      },
    ],
    contract: [
      {
        pattern: words(
          "contrats?",
          // The GDPR annex of a contract is its DPA.
          "annexes? rgpd",
          "avenants? rgpd",
          "conditions générales(?: de vente| d'utilisation)?",
          "cgv",
          "cgu",
          "bons? de commande",
          "accords? de confidentialité",
          "nda",
          "dpa",
          "accord de traitement des données",
          "accord-cadre",
        ),
      },
    ],
    meeting: [
      {
        pattern: words(
          "(?<!(?<![\\p{L}])(?:avant|pendant|après|pour|lors de) (?:notre|la|le|nos) )(?:appels?|réunions?|rendez-vous|rdv|entretiens?|échanges?|call|visio(?:conférence)?|points? téléphoniques?)",
          "(?<=(?:faire|caler|planifier|organiser|fixer|prévoir) )(?:un|le) point",
          "nous (?:voir|rencontrer|parler)",
        ),
      },
      { pattern: words("(?:me|nous) rappeler"), item: "un appel" },
    ],
  },
  outside: words(
    "factures?",
    "rib",
    "coordonnées bancaires",
    "bon de livraison",
    "ordre du jour",
    // The buyer's own tender, not a call: "dans le cadre de notre appel d'offres".
    "appels? d'offres?",
    "compte rendu",
  ),
  request: words(
    "(?:pourriez|pouvez|pourrais|peux|pourrions|pouvons|voudriez|voulez)[- ](?:vous|tu|nous)",
    "est-ce que vous (?:pourriez|pouvez|avez)",
    "est-ce qu'(?:on|il est) (?:peut|pourrait|possible)",
    "(?:on|nous) (?:peut|pourrait|pourrions)",
    "merci(?: (?:également|aussi|encore|par avance|d'avance))? de (?:nous|me|m(?=')|bien vouloir|vous)",
    "merci d'avance",
    "s'il vous plaît",
    "s'il te plaît",
    "svp",
    "stp",
    "je (?:voudrais|souhaite|souhaiterais|veux)",
    // Someone else's wish, relayed: "notre directeur financier aimerait échanger avec …".
    "(?:aimerait|aimeraient|voudrait|voudraient|souhaiterait|souhaiteraient)",
    // Relayed: "notre direction demande une proposition commerciale formelle".
    "(?:demande|demandent) (?:une|un|des|le|la|les|votre|vos|l')",
    // Relayed before a list: "notre DSI m'a demandé quelques éléments :".
    "(?:m'a|nous a|m'ont|nous ont) demandé (?:quelques|les|des|plusieurs) (?:éléments|documents|informations|pièces)",
    "je suis (?:preneur|preneuse)",
    "(?:serait|est)-(?:ce|il) envisageable",
    "ce serait envisageable",
    "j'aimerais",
    "nous (?:voudrions|souhaitons|souhaiterions|aimerions|voulons)",
    "(?:nous avons|j'ai|on a|aurions|aurais|aura|auront|aurons|aurai|aurait|auraient) besoin",
    "il (?:nous|me) faudra",
    "il (?:nous|me) (?:faut|faudrait)",
    "(?:serait|est)-il possible",
    "est-ce possible",
    "avez-vous",
    "combien",
    "quel (?:serait|est) (?:le|votre) (?:prix|coût|tarif)",
    "quels sont vos tarifs",
    "(?:envoyez|transmettez|communiquez|faites)-(?:moi|nous)",
    "intéressée?s? par",
    "je vous (?:serais|saurais) (?:reconnaissante?|gré)",
    "nous vous serions reconnaissants",
    "dans l'attente de",
    "(?:serait|seraient) (?:utiles?|parfait|idéal|top|bien|appréciée?s?|précieux|pratique)",
    "(?:nous attendons|j'attends|on attend) (?:toujours|encore)",
  ),
  imperative: leading(
    ["et", "merci de", "aussi", "pouvez-vous"],
    [
      "envoyez",
      "transmettez",
      "partagez",
      "communiquez",
      "organisez",
      "planifions",
      "prévoyons",
      "calons",
      "fixons",
    ],
  ),
  negation: words(
    "pas (?:besoin|intéressée?s?|nécessaire|pour le moment|pour l'instant)",
    "plus besoin",
    "n'(?:avons|ai) pas besoin",
    "ne (?:sommes|suis) pas intéressée?s?",
    "déjà (?:reçu|eu|obtenu)",
    "(?:avons|ai) déjà",
    "rien (?:de plus|d'autre|pour le moment)",
    "(?:me |nous )?désabonner",
    "désinscrire",
    "ne plus recevoir",
    "non merci",
  ),
  past: words(
    "était",
    "étaient",
    "a été",
    "avons reçu",
    "ai reçu",
    "reçu",
    "vu",
    "hier",
    "la semaine dernière",
    "avez envoyée?s?",
    "avons eu",
    "présentée?",
    "montrée?",
    "avez proposée?",
  ),
  thanks: words(
    "merci(?: beaucoup| encore| bien)? pour",
    "je vous remercie pour",
    "nous vous remercions pour",
  ),
  contrast: words(
    "mais",
    "cependant",
    "toutefois",
    "par contre",
    "et(?= (?:pourriez|pouvez|merci de|envoyez)(?![\\p{L}]))",
  ),
  subordinate: words(
    // A clause that only details the thing before: "…, including the licence costs".
    "(?<=[,;:(—–-] )(?:incluant|comprenant|notamment|principalement|surtout|en particulier)",
    "afin (?:de|que|d(?='))",
    "pour que",
    "avant (?:de|que|d(?=')|le|la|les|notre|nos|la fin)",
    "après",
    "parce que",
    "car",
    "puisque",
    "dès que",
    "jusqu'(?:à|au)",
    "d'ici",
    "suite à",
    "à la suite d(?:e|u|es)",
    "comme (?:convenu|discuté|évoqué|promis)",
  ),
  followUp: leading(
    [],
    ["juste", "seulement", "plutôt", "simplement", "et", "aussi", "également", "ainsi que", "p\\.? ?s\\.?"],
  ),
  greeting: leading(
    [],
    ["(?:bonjour|bonsoir|salut|cher|chère|madame|monsieur|hello)(?: [\\p{L}.'-]{1,30}){0,3}[,!:]"],
  ),
  autoReply: words(
    "réponse automatique",
    "absente? du bureau",
    "(?:actuellement |en )(?:congés?|vacances|déplacement)",
    "je suis (?:actuellement )?absente?",
  ),
  bulk: words(
    "se désabonner",
    "voir (?:cet e-mail )?dans (?:votre|le) navigateur",
    "vous recevez cet e-?mail",
  ),
  words: {
    determiners: wordSet(
      "un une d'un d'une le la les l' des du d' votre vos notre nos mon ma mes quelques deux trois plusieurs plus",
    ),
    stopBefore: wordSet(`
      je nous vous tu me m' il elle on qu'on est-ce peut pourrait avez avons besoin j'aurais aurais
      pourriez pouvez pourrais peux pourrions pouvons voudrais voudrions souhaite souhaitons aimerais aimerions
      envoyer m'envoyer nous-envoyer transmettre partager communiquer faire organiser planifier avoir recevoir obtenir montrer présenter
      merci svp aussi également bien
      pour avec sur à au aux en dans par chez concernant
      et ou mais que qui si
      bonjour`),
    stopAfter: wordSet(`
      afin avant après parce car puisque dès jusqu'à d'ici quand si que qui
      svp merci aussi également
      je nous vous il on
      est sont serait sera pourrait
      aujourd'hui demain prochaine prochain cette ce semaine mois`),
    conjunctions: wordSet("et ou ainsi &"),
    of: "de",
    contractions: new Map([
      ["de le", "du"],
      ["de les", "des"],
      ["à le", "au"],
      ["à les", "aux"],
    ]),
    quantities: wordSet("liste ensemble copie exemplaire"),
    infinitive: wordSet(""),
    purposeVerbs: wordSet("discuter parler aborder revoir répondre échanger"),
    copulas: wordSet(""),
    topic: wordSet("sur concernant à propos de au sujet pour discuter"),
    including: wordSet("incluant avec comprenant"),
    listing: wordSet("incluant comprenant"),
    details: wordSet("incluant comprenant notamment principalement surtout"),
    conditions: wordSet("si s'il s'ils"),
    anaphora: wordSet("ça cela"),
    definite: wordSet("les le la ces ce cette tous toutes"),
    dangling: wordSet("de du des d' la le les l' un une pour avec sur et ou à au votre vos notre nos"),
    toRepVoice: {
      notre: "votre",
      nos: "vos",
      mon: "votre",
      ma: "votre",
      mes: "vos",
      nous: "vous",
      moi: "vous",
      votre: "notre",
      vos: "nos",
    },
  },
};
