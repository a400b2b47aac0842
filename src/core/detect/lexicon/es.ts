import type { Lexicon } from "./types";
import { leading, wordSet, words } from "./build";

export const es: Lexicon = {
  language: "es",
  cues: {
    demo: [
      {
        pattern: words(
          "demos?",
          "demostraci(?:ón|ones)",
          "(?<!(?:mandar|enviar|pasar|compartir|reenviar|mandad|enviad|manda|envía|pasa|comparte)(?:nos|me)? (?:una|la|vuestra|su|tu) )presentación (?:de la|del) (?:plataforma|producto|herramienta|solución|software)",
        ),
      },
      {
        pattern: words(
          "(?<!(?:mandar|enviar|pasar|compartir|reenviar|mandad|enviad|manda|envía|pasa|comparte)(?:nos|me)? (?:una|la|vuestra|su|tu) )presentación",
        ),
        weak: true,
      },
      {
        // Not "algo que podamos enseñar internamente": the prospect showing their own side.
        pattern: words(
          "(?<!(?<![\\p{L}])(?:podamos|podemos|pueda|puedo|queremos|quiero|vamos a|voy a) )(?:mostrar|enseñar|mostrara|mostrase|muestre|muestren|enseñara|enseñase|enseñe|enseñen)(?:nos|me)?(?! internamente)",
          "ver cómo funciona",
        ),
        item: "una demo",
        takesObject: true,
      },
      {
        pattern: words(
          "ver (?:la plataforma|el producto|la herramienta|la solución|el software) en (?:acción|funcionamiento)",
        ),
        item: "una demo",
      },
      {
        // "¿Me podéis mandar la grabación?" of a demo: generic, a more specific type wins.
        pattern: words("grabaci(?:ón|ones)", "(?:el |un )?vídeo (?:de la demo|de la presentación|grabado)"),
        weak: true,
      },
    ],
    pricing: [
      {
        pattern: words(
          "precios?",
          "listas? de precios",
          "descuentos?",
          "tarifas?",
          "cotizaci(?:ón|ones)",
          "ofertas?",
          "presupuestos?",
          "costos?",
          "costes?",
          "estimaci(?:ón|ones) de costos?",
          "pricing",
        ),
      },
      {
        // "¿Cuánto nos saldría para unos 900 alumnos?": what it would come to.
        pattern: words(
          "cuánto (?:nos |me |les |te )?(?:saldría|sale|saldrá|costaría|cuesta|costará|vendría a costar)",
        ),
        item: "el precio",
      },
      { pattern: words("cuánto (?:cuesta|costaría|vale|sería)"), item: "los precios" },
    ],
    proposal: [
      {
        pattern: words(
          "propuestas?(?: comercial| económica| formal| técnica)?",
          "ofertas? (?:formal|comercial)",
          "rfp",
          "respuesta a (?:la|nuestra) licitación",
          "pliego",
        ),
      },
    ],
    information: [
      // A presentation that is sent is a document, not a demonstration.
      {
        pattern: words(
          "(?<=(?:mandar|enviar|pasar|compartir|reenviar|mandad|enviad|manda|envía|pasa|comparte)(?:nos|me)? (?:una|la|vuestra|su|tu) )presentación(?: (?:de la|del) (?:plataforma|producto|herramienta|solución|software))?",
        ),
      },
      {
        // "si tenéis una presentación … así la puedo reenviar": one to forward is a document.
        pattern: words(
          "presentación(?: (?:de la|del) (?:plataforma|producto|herramienta|solución|software))?",
        ),
        requires: words(
          "reenviar(?:la)?",
          "compartir(?:la)?",
          "circular(?:la)?",
          "pasársela",
          "enviársela",
          "en pdf",
        ),
      },
      {
        pattern: words(
          "folletos?",
          "fichas? (?:técnicas?|de producto)",
          "dossier",
          "catálogo",
          "algo por escrito",
          "por escrito",
          "presentación (?:comercial|corporativa|de la empresa|de (?:la )?compañía)",
          "libro blanco",
          "especificaciones(?: técnicas)?",
          "hojas? de datos",
          "guías?(?: de (?:usuario|implementación|integración))?",
          "manual(?:es)?(?: de usuario)?",
          "hoja de ruta",
          "roadmap",
          "documentación técnica",
          "descripción (?:técnica|funcional|del producto)",
          "comparativas?",
          "capturas de pantalla",
          "lista de funcionalidades",
        ),
      },
      {
        pattern: words(
          "información",
          "info",
          "documentación",
          "documentos?",
          "detalles",
          "resumen",
          "material",
        ),
        weak: true,
      },
    ],
    "case-study": [
      {
        pattern: words(
          "casos? de (?:éxito|estudio|clientes?|uso de clientes)",
          "estudios? de caso",
          "testimonios?",
          "historias? de éxito",
          "case stud(?:y|ies)",
        ),
      },
    ],
    references: [
      { pattern: words("referencias?(?: de clientes)?") },
      {
        pattern: words(
          "(?:algún|algunos|un|otros|sus) clientes?",
          "clientes? actuales",
          "(?:tienen|tenéis|tiene|conocen|tendrán|tendrían) (?:algún |algunos )?clientes?",
          "alguien que (?:ya )?(?:esté|este|estén|está|están) (?:usando|utilizando|trabajando con)",
          "alguien que (?:ya )?(?:use|usa|utilice|utiliza)",
          // "hablar con alguna constructora en España que ya lo esté utilizando".
          // "con uno o dos clientes del sector telecomunicaciones en Latinoamérica que usen la plataforma".
          "(?:algún|alguna|algunos|algunas|otro|otra|otros|otras|un|una|uno o dos|una o dos|dos o tres|dos|tres) [\\p{L}-]{2,20}(?= (?:[\\p{L}-]{1,20} ){0,8}que (?:ya )?(?:lo |la )?(?:esté|estén|está|están|use|usen|usa|usan|utilice|utilicen|utiliza|utilizan|trabaje|trabajen|trabaja|trabajan)(?![\\p{L}]))",
        ),
        requires: words(
          "hablar",
          "conversar",
          "contactar",
          "poner(?:nos|me)? en contacto",
          "charlar",
          "platicar",
          "(?:echar(?:se|nos)?|tener) una llamada",
        ),
      },
    ],
    trial: [
      {
        pattern: words(
          "pruebas? gratuitas?",
          "prueba",
          "versión de prueba",
          "periodo de prueba",
          "período de prueba",
          "piloto",
          "proyecto piloto",
          "entorno de pruebas",
          "sandbox",
          "prueba de concepto",
          "poc",
          "cuenta de prueba",
          "trial",
        ),
      },
      {
        pattern: words("probar (?:la plataforma|el producto|la herramienta|la solución|el software)"),
        item: "una prueba",
      },
    ],
    security: [
      {
        pattern: words(
          "cuestionarios? de seguridad",
          "seguridad",
          "iso[- ]?27001",
          "soc[- ]?2",
          "pruebas? de penetración",
          "pentests?",
          "rgpd",
          "lopd",
          "políticas? de (?:seguridad|privacidad|retención de datos|protección de datos)",
          "cumplimiento normativo",
        ),
      },
    ],
    contract: [
      {
        pattern: words(
          "contratos?",
          // The GDPR annex of a contract is its DPA.
          "anexos? (?:de )?rgpd",
          "adendas? (?:de )?rgpd",
          "términos y condiciones",
          "condiciones generales",
          "formulario de pedido",
          "orden de pedido",
          "acuerdos? de confidencialidad",
          "nda",
          "dpa",
          "acuerdo de (?:tratamiento|procesamiento) de datos",
        ),
      },
    ],
    meeting: [
      {
        pattern: words(
          "(?<!(?<![\\p{L}])(?:antes de|durante|después de|para) (?:nuestra|la|el|nuestro) )(?:llamadas?|reuni(?:ón|ones)|videollamadas?|citas?|conversaci(?:ón|ones)|charlas?|call)",
          "reunirnos",
          "hablar por teléfono",
        ),
      },
    ],
  },
  outside: words("facturas?", "datos bancarios", "orden del día", "agenda", "acta"),
  request: words(
    "(?:me|nos) (?:puede|podría|podrían|pueden|puedes|podrías)",
    "(?:puede|podría|podrían|pueden|puedes|podrías|podemos|podríamos)",
    // Spain's plural "you" (vosotros): "¿Nos podéis dar acceso…?", "¿Tenéis algún caso…?".
    "(?:podéis|podríais|os importaría)",
    "tenéis (?:algún|alguna|algunos|algunas|un|una)",
    "por favor",
    // "nos vendría muy bien una demostración".
    "(?:nos|me) (?:vendría|vendrían|iría|irían) (?:muy |genial |de maravilla )?bien",
    // Formal requests: "Le solicitamos enviar su propuesta técnica y económica".
    "(?:le |les |os |te )?(?:solicitamos|solicito|pedimos|rogamos)",
    "quisiera",
    "quisiéramos",
    "(?:me|nos) gustaría",
    "(?:necesito|necesitamos|necesitaríamos|queremos|quiero|requerimos|buscamos)",
    "(?:estamos|estoy) interesad[oa]s?",
    "(?:me|nos) interesar(?:ía|ia)",
    "interesad[oa]s? en",
    "(?:sería|es) posible",
    "hay (?:algún|alguna|algunos)",
    "(?:tienen|tiene|tienes) (?:algún|alguna|algunos|algunas|un|una)",
    "cuánto",
    "cuál (?:sería|es) el (?:precio|costo|coste)",
    "(?:envíe|envíen|envía|enviad|mande|manden|manda|mandad)(?:nos|me)?",
    // "El siguiente paso sería que nos enviéis una propuesta formal".
    "(?:nos|me) (?:enviéis|envíen|envíe|mandéis|manden|mande|paséis|pasen|preparéis|preparen|prepare|hagáis llegar|hagan llegar|haga llegar)",
    "(?:le|les) agradecería(?:mos)?",
    "agradecería(?:mos)?",
    "quedo a la espera",
    "(?:sería|serían) (?:útil(?:es)?|genial|ideal|perfecto|de (?:gran )?ayuda|estupendo)",
    "(?:seguimos|sigo|estamos|estoy) (?:todavía |aún )?esperando",
  ),
  imperative: leading(
    ["y", "por favor", "también"],
    [
      "envíe(?:nos|me)?",
      "envíen(?:nos|me)?",
      "mánde(?:nos|me)",
      "comparta",
      "compartan",
      "agendemos",
      "programemos",
    ],
  ),
  negation: words(
    "no (?:necesitamos|necesito|nos interesa|me interesa|estamos interesad[oa]s|hace falta|es necesario|queremos|requerimos)",
    "ya (?:tenemos|recibimos|hemos recibido|tengo|recibí|contamos)",
    "no,? gracias",
    "dar(?:me|nos)? de baja",
    "nada más por (?:ahora|el momento)",
    "por ahora no",
    "de momento no",
  ),
  past: words(
    "fue",
    "fueron",
    "estuvo",
    "recibimos",
    "recibí",
    "hemos recibido",
    "vimos",
    "ayer",
    "la semana pasada",
    "enviaron",
    "enviaste",
    "envió",
    "mostraron",
  ),
  thanks: words(
    "(?:muchas )?gracias (?:por|de)",
    "(?:le|les) agradezco (?:por|el|la|los|las)",
    "agradecemos (?:el|la|los|las)",
  ),
  contrast: words(
    "pero",
    "sin embargo",
    "aunque",
    "y(?= (?:podría|puede|podrían|pueden|por favor|envíe|envíen)(?![\\p{L}]))",
  ),
  subordinate: words(
    // A clause that only details the thing before: "…, including the licence costs".
    "(?<=[,;:(—–-] )(?:incluyendo|incluid[oa]s?|principalmente|especialmente|en particular)",
    "para que",
    "antes de",
    "antes del",
    "después de",
    "después del",
    "porque",
    "ya que",
    "hasta",
    "en cuanto",
    "una vez que",
    "así podemos",
    "así podremos",
    "tras",
    "a raíz de",
    "como (?:hablamos|comentamos|acordamos|quedamos)",
  ),
  followUp: leading(
    [],
    ["solo", "sólo", "solamente", "sino", "simplemente", "y", "también", "además", "p\\.? ?d\\.?"],
  ),
  greeting: leading(
    [],
    [
      "(?:hola|buen(?:os|as) (?:días|tardes|noches)|estimad[oa]s?|querid[oa])(?: [\\p{L}.'-]{1,30}){0,3}[,!:]",
    ],
  ),
  autoReply: words(
    "respuesta automática",
    "fuera de la oficina",
    "(?:estoy|estaré) (?:de vacaciones|fuera|ausente)",
  ),
  bulk: words("darse de baja", "ver (?:este correo )?en (?:su|el|tu) navegador", "recibe este correo"),
  words: {
    determiners: wordSet(
      "un una unos unas el la los las lo su sus nuestro nuestra nuestros nuestras mi mis algún alguna algunos algunas dos tres varios más",
    ),
    stopBefore: wordSet(`
      yo nosotros usted ustedes me nos le les se tienen tiene tienes tenemos hay
      puede podría pueden podrían puedes podemos podríamos quisiera quisiéramos necesito necesitamos queremos quiero gustaría
      enviar enviarnos enviarme mandar mandarnos compartir compartirnos envíenme envíenos envíeme envíame mándenme mándenos mándame envían envíen envíe envía manden mande mandan pasen pase compartan comparta
      pasar pasarme pasarnos solicitar facilitar facilitarnos hacer tener recibir ver organizar programar agendar preparar
      por favor también además
      para con sobre a al en de del desde
      y o pero que si cómo
      hola gracias`),
    stopAfter: wordSet(`
      antes después porque ya hasta cuando si que quien
      gracias también además
      yo nosotros usted ustedes
      es son sería será podría
      hoy mañana próxima próximo esta este`),
    conjunctions: wordSet("y e o u &"),
    of: "de",
    contractions: new Map([
      ["de el", "del"],
      ["a el", "al"],
    ]),
    quantities: wordSet("lista par copia ejemplo ejemplos"),
    infinitive: wordSet(""),
    purposeVerbs: wordSet("hablar revisar discutir tratar comentar"),
    copulas: wordSet(""),
    topic: wordSet("sobre acerca respecto para hablar revisar discutir tratar comentar"),
    including: wordSet("incluyendo con incluido incluida"),
    listing: wordSet("incluyendo"),
    details: wordSet("incluyendo incluido incluida principalmente especialmente"),
    conditions: wordSet("si"),
    anaphora: wordSet("eso esto"),
    definite: wordSet("los las el la estos estas esos esas todos todas"),
    dangling: wordSet("de del la el los las un una para con sobre y e o a al su sus nuestro nuestra"),
    toRepVoice: {
      nuestro: "su",
      nuestra: "su",
      nuestros: "sus",
      nuestras: "sus",
      mi: "su",
      mis: "sus",
      vuestro: "nuestro",
      vuestra: "nuestra",
      vuestros: "nuestros",
      vuestras: "nuestras",
    },
  },
};
