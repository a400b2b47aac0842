import type { Lexicon } from "./types";
import { leading, wordSet, words } from "./build";

export const pt: Lexicon = {
  language: "pt",
  cues: {
    demo: [
      {
        pattern: words(
          "demos?",
          "demonstraç(?:ão|ões)",
          "(?<!(?:enviar|mandar|partilhar|compartilhar|envie|mande)(?:-nos|-me)? (?:uma|a|sua) )apresentação (?:da|do) (?:plataforma|produto|ferramenta|solução|software)",
        ),
      },
      {
        pattern: words(
          "(?<!(?:enviar|mandar|partilhar|compartilhar|envie|mande)(?:-nos|-me)? (?:uma|a|sua) )apresentação",
        ),
        weak: true,
      },
      {
        pattern: words("(?:mostrar-nos|mostrar-me|nos mostrar|me mostrar)"),
        item: "uma demonstração",
        takesObject: true,
      },
      {
        pattern: words(
          "ver (?:a plataforma|o produto|a ferramenta|a solução|o software) (?:em ação|funcionando)",
        ),
        item: "uma demonstração",
      },
    ],
    pricing: [
      {
        pattern: words(
          "preços?",
          "(?:lista|tabela)s? de preços",
          "orçamentos?",
          "cotaç(?:ão|ões)",
          "custos?",
          "valores",
          "descontos?",
          "valor(?= (?:para|por|mensal|anual|total|da|do))",
          "tarifas?",
          "pricing",
        ),
      },
      { pattern: words("quanto (?:custa|custaria|fica|ficaria)"), item: "os preços" },
      {
        // "quanto isso vai sair pra gente por ano": cost said with "sair", "ficar", "dar".
        pattern: words(
          "quanto (?:(?:isso|isto|vai|vão|iria|ia|nos|pra|para|a|gente|nós|em|média|mais ou menos) ){1,4}(?:custar|sair|ficar|dar)",
        ),
        item: "os preços",
      },
    ],
    proposal: [
      {
        pattern: words("propostas?(?: comercial| comerciais| técnica| formal)?", "rfp", "resposta ao edital"),
      },
    ],
    information: [
      // A presentation that is sent is a document, not a demonstration.
      {
        pattern: words(
          "(?<=(?:enviar|mandar|partilhar|compartilhar|envie|mande)(?:-nos|-me)? (?:uma|a|sua) )apresentação(?: (?:da|do) (?:plataforma|produto|ferramenta|solução|software))?",
        ),
      },
      {
        pattern: words(
          "folhetos?",
          "brochuras?",
          "fichas? técnicas?",
          "catálogo",
          "algo por escrito",
          "por escrito",
          "apresentação (?:institucional|comercial|corporativa|da empresa)",
          "white ?paper",
          "especificações(?: técnicas)?",
          "folhas? de dados",
          "guias?(?: do usuário| do utilizador| de implementação| de integração)?",
          "manua(?:l|is)(?: do usuário| do utilizador)?",
          "roadmap",
          "documentação técnica",
          "descrição (?:técnica|funcional|do produto)",
          "comparativos?",
          "capturas de tela",
          "lista de funcionalidades",
        ),
      },
      {
        pattern: words(
          "informaç(?:ão|ões)",
          "info",
          "documentação",
          "documentos?",
          "detalhes",
          "resumo",
          "materia(?:l|is)",
        ),
        weak: true,
      },
    ],
    "case-study": [
      {
        pattern: words(
          "casos? de (?:sucesso|estudo|clientes?|uso de clientes)",
          // Brazilian mail borrows the English word: "alguns cases de clientes do varejo".
          "cases (?:de (?:sucesso|clientes?)|reais)",
          "estudos? de caso",
          "depoimentos?",
          "histórias? de sucesso",
          "case stud(?:y|ies)",
        ),
      },
    ],
    references: [
      { pattern: words("referências?(?: de clientes)?") },
      {
        pattern: words(
          "(?:algum|alguns|um|outros|seus) clientes?",
          // "conversar com um ou dois clientes aqui no Brasil".
          "(?:um|uma|dois|duas|alguns|algumas) ou (?:dois|duas|três|tres) clientes",
          "clientes? atua(?:l|is)",
          "(?:têm|tem|tenham|possuem|conhecem) clientes?",
          // "falar com um ou dois hospitais que já utilizem o Rotawise".
          "(?:um|uma|dois|duas|alguns|algumas|outros|outras)(?: ou (?:dois|duas|três|tres))? (?:hospita(?:l|is)|clínicas?|empresas?|escolas?|universidades?|bancos?|lojas?|organizaç(?:ão|ões)|instituiç(?:ão|ões)|clientes?)(?= (?:[\\p{L}-]{1,20} ){0,4}que (?:já )?(?:utiliz|us|trabalh|implement))",
        ),
        requires: words(
          "falar",
          "conversar",
          "contatar",
          "contactar",
          "pôr em contato",
          "colocar em contato",
          "colocar-nos em contato",
          "pôr-nos em conta(?:c)?to",
        ),
      },
    ],
    trial: [
      {
        pattern: words(
          "testes? (?:gratuitos?|grátis)",
          "teste",
          "versão de (?:teste|avaliação)",
          "período de (?:teste|avaliação)",
          "piloto",
          "projeto piloto",
          "sandbox",
          "ambiente de testes?",
          "prova de conceito",
          "poc",
          "trial",
        ),
      },
      {
        pattern: words("testar (?:a plataforma|o produto|a ferramenta|a solução|o software)", "experimentar"),
        item: "um teste",
      },
    ],
    security: [
      {
        pattern: words(
          "questionários? de segurança",
          "segurança",
          "iso[- ]?27001",
          "soc[- ]?2",
          "testes? de (?:intrusão|penetração)",
          "pentests?",
          "lgpd",
          "rgpd",
          "políticas? de (?:segurança|privacidade|retenção de dados|proteção de dados)",
        ),
      },
    ],
    contract: [
      {
        pattern: words(
          "contratos?",
          // The GDPR annex of a contract is its DPA.
          "anexos? (?:de )?rgpd",
          "aditivos? (?:de )?rgpd",
          "termos e condições",
          "condições gerais",
          "formulário de pedido",
          "acordos? de confidencialidade",
          "nda",
          "dpa",
          "acordo de (?:tratamento|processamento) de dados",
        ),
      },
    ],
    meeting: [
      {
        pattern: words(
          "(?<!(?<![\\p{L}])(?:antes da|antes do|durante a|depois da|para a|na|no) (?:nossa|nosso) )(?:chamadas?|reuni(?:ão|ões)|videochamadas?|ligaç(?:ão|ões)|conversas?|call)",
          "nos reunir",
          "conversarmos",
        ),
      },
    ],
  },
  outside: words("faturas?", "notas? fisca(?:l|is)", "dados bancários", "pauta", "agenda", "ata"),
  request: words(
    "(?:pode|podem|poderia|poderiam|podes|podemos|poderíamos)",
    "por favor",
    "(?:seria|seriam) (?:útil|úteis|ótimo|ideal|perfeito|de grande ajuda|excelente)",
    "(?:ainda )?(?:aguardamos|aguardo|estamos aguardando|estamos à espera|continuamos à espera)",
    "(?:gostaria|gostaríamos|queria|queríamos)",
    "(?:preciso|precisamos|necessitamos|queremos|quero|procuramos)",
    "(?:quer|querem) saber",
    "(?:consegue|conseguem|consegues|conseguiria|conseguiriam)",
    "(?:dá|daria) (?:pra|para)",
    "me (?:manda|envia|mande|envie|passa|passe)",
    "(?:estamos|estou) interessad[oa]s?",
    "interessad[oa]s? em",
    "(?:seria|é) possível",
    "há (?:algum|alguma|alguns)",
    "(?:tem|têm|tens) (?:algum|alguma|alguns|algumas|um|uma)",
    "quanto (?:custa|custaria|fica)",
    "qual (?:seria|é) o (?:preço|custo|valor)",
    "(?:envie|enviem|mande|mandem)(?:-nos|-me)?",
    "agradeço (?:se|que)",
    "agradeceria(?:mos)?",
    "agradecia(?:mos)?",
    "fico (?:a|no) aguardo",
  ),
  imperative: leading(
    ["e", "por favor", "também"],
    [
      "envie",
      "enviem",
      "mande",
      "mandem",
      "manda",
      "envia",
      "compartilhe",
      "partilhe",
      "agende",
      "marquemos",
    ],
  ),
  negation: words(
    "não (?:precisamos|preciso|temos interesse|tenho interesse|estamos interessad[oa]s|é necessário|há necessidade|queremos)",
    "já (?:temos|recebemos|recebi|tenho|possuímos)",
    "sem interesse",
    "não,? obrigad[oa]",
    "cancelar (?:a )?(?:minha )?inscrição",
    "descadastrar",
    "nada (?:mais )?por (?:agora|enquanto)",
  ),
  past: words(
    "foi",
    "foram",
    "recebemos",
    "recebi",
    "vimos",
    "ontem",
    "semana passada",
    "enviaram",
    "enviou",
    "mostraram",
    "gostamos",
    "gostei",
  ),
  thanks: words(
    "obrigad[oa]s? (?:pel[oa]s?|por)",
    "agradeço (?:pel[oa]s?|por|o|a)",
    "agradecemos (?:pel[oa]s?|por|o|a)",
  ),
  contrast: words(
    "mas",
    "porém",
    "contudo",
    "no entanto",
    "e(?= (?:pode|podem|poderia|por favor|envie)(?![\\p{L}]))",
  ),
  subordinate: words(
    // A clause that only details the thing before: "…, including the licence costs".
    "(?<=[,;:(—–-] )(?:incluindo|contemplando|abrangendo|principalmente|sobretudo|especialmente)",
    "para que",
    "antes de",
    "antes da",
    "antes do",
    "depois de",
    "depois da",
    "depois do",
    "porque",
    "já que",
    "até",
    "assim que",
    "assim podemos",
    "após",
    "na sequência d[aeo]",
    "como (?:combinado|conversamos|falamos|prometido)",
  ),
  followUp: leading(
    [],
    ["só", "apenas", "somente", "simplesmente", "e", "também", "além disso", "p\\.? ?s\\.?"],
  ),
  greeting: leading(
    [],
    ["(?:olá|ola|oi|bom dia|boa tarde|boa noite|prezad[oa]s?|car[oa]s?)(?: [\\p{L}.'-]{1,30}){0,3}[,!:]"],
  ),
  autoReply: words(
    "resposta automática",
    "fora do escritório",
    "(?:estou|estarei) (?:de férias|ausente|fora)",
  ),
  bulk: words("descadastre-se", "ver (?:este e-mail )?no (?:seu )?navegador", "você está recebendo este"),
  words: {
    determiners: wordSet(
      "um uma uns umas o a os as seu sua seus suas nosso nossa nossos nossas meu minha alguns algumas algum alguma dois duas três vários mais",
    ),
    stopBefore: wordSet(`
      eu nós você vocês nos me lhe se têm tem temos tens há
      pode podem poderia poderiam podemos gostaria gostaríamos preciso precisamos queremos quero
      enviar enviar-nos enviar-me enviarem mandar mandar-nos partilhar compartilhar fazer ter receber ver marcar agendar preparar
      por favor também
      para com sobre a ao em de do da desde
      e ou mas que se como
      olá obrigado obrigada`),
    stopAfter: wordSet(`
      antes depois porque já até quando se que quem
      obrigado obrigada também
      eu nós você vocês
      é são seria será poderia
      hoje amanhã próxima próximo esta este`),
    conjunctions: wordSet("e ou &"),
    of: "de",
    contractions: new Map([
      ["de o", "do"],
      ["de a", "da"],
      ["de os", "dos"],
      ["de as", "das"],
      ["em o", "no"],
      ["em a", "na"],
    ]),
    quantities: wordSet("lista par cópia exemplo exemplos"),
    infinitive: wordSet(""),
    purposeVerbs: wordSet("falar discutir rever tratar conversar"),
    copulas: wordSet(""),
    topic: wordSet("sobre acerca relativo para falar discutir rever tratar conversar"),
    including: wordSet("incluindo contemplando abrangendo com"),
    listing: wordSet("incluindo contemplando abrangendo"),
    details: wordSet("incluindo contemplando abrangendo principalmente sobretudo especialmente"),
    conditions: wordSet("se caso"),
    anaphora: wordSet("isso isto"),
    definite: wordSet("os as o a estes estas esses essas todos todas"),
    dangling: wordSet("de do da dos das o a os as um uma para com sobre e ou ao seu sua nosso nossa"),
    toRepVoice: {
      nosso: "seu",
      nossa: "sua",
      nossos: "seus",
      nossas: "suas",
      meu: "seu",
      minha: "sua",
      meus: "seus",
      minhas: "suas",
      vosso: "nosso",
      vossa: "nossa",
      vossos: "nossos",
      vossas: "nossas",
    },
  },
};
