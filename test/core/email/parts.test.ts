import { nicknameOf } from "../../../src/core/email/nickname";
import {
  companyFromDomain,
  cutSignature,
  detectLanguage,
  findProspect,
  htmlToText,
  nameFromAddress,
  normalizeName,
  parseHeaderDate,
  parseMailbox,
  readAttribution,
  readLabel,
  quotedProspectMessage,
  readProspectMessage,
  readSeparator,
} from "../../../src/core/email";
import type { EmailInput } from "../../../src/core/types";

describe("parseHeaderDate", () => {
  it.each([
    ["Mon, 09 Nov 2026 10:15:00 -0500", "2026-11-09T10:15:00-05:00"],
    ["Thu, 12 Nov 2026 10:00:00 +0900 (KST)", "2026-11-12T10:00:00+09:00"],
    ["Tue, 1 Dec 2026 08:00:00 GMT", "2026-12-01T08:00:00Z"],
    ["Friday, November 20, 2026 10:22 AM", "2026-11-20T10:22:00"],
    ["Monday, November 23, 2026 2:00 PM", "2026-11-23T14:00:00"],
    ["Monday, November 23, 2026 12:05 AM", "2026-11-23T00:05:00"],
    ["Monday, November 23, 2026 at 9:40 AM", "2026-11-23T09:40:00"],
    ["Fri, Nov 20, 2026 at 3:15 PM", "2026-11-20T15:15:00"],
    ["Tuesday, 24 November 2026 at 14:05", "2026-11-24T14:05:00"],
    ["mardi 24 novembre 2026 10:00", "2026-11-24T10:00:00"],
    ["mar. 24 nov. 2026 à 10h00", "2026-11-24T10:00:00"],
    ["Dienstag, 24. November 2026 10:32", "2026-11-24T10:32:00"],
    ["Mo., 23. Nov. 2026 um 09:40 Uhr", "2026-11-23T09:40:00"],
    ["lunes, 23 de noviembre de 2026 12:45", "2026-11-23T12:45:00"],
    ["terça-feira, 24 de novembro de 2026 09:10", "2026-11-24T09:10:00"],
    ["mercoledì 25 novembre 2026 11:00", "2026-11-25T11:00:00"],
    ["dinsdag 24 november 2026 13:30", "2026-11-24T13:30:00"],
    ["Op do 26 mrt. 2026 om 14:10", "2026-03-26T14:10:00"],
    ["23.11.2026 09:40", "2026-11-23T09:40:00"],
    ["2026-11-23 09:40", "2026-11-23T09:40:00"],
    ["20 March 2026", "2026-03-20T00:00:00"],
  ])("%s", (text, iso) => {
    expect(parseHeaderDate(text)).toBe(iso);
  });

  it("reads all-numeric dates month first only when asked (US clients)", () => {
    expect(parseHeaderDate("11/12/2026 9:05 AM", { monthFirst: true })).toBe("2026-11-12T09:05:00");
    expect(parseHeaderDate("11/12/2026 9:05", {})).toBe("2026-12-11T09:05:00");
    expect(parseHeaderDate("25/11/2026 9:05", { monthFirst: true })).toBe("2026-11-25T09:05:00");
  });

  it.each([
    "",
    "next Tuesday",
    "Monday",
    "February 30, 2026",
    "31.04.2026",
    "99:99 1 Jan 2026",
    "constructor 5 2026",
  ])("gives null for %j", (text) => {
    expect(parseHeaderDate(text)).toBeNull();
  });
});

describe("readAttribution", () => {
  it.each([
    [
      "On Fri, Nov 20, 2026 at 3:15 PM Noah Williams <noah@williams-design.co> wrote:",
      "Noah Williams",
      "noah@williams-design.co",
      "2026-11-20",
    ],
    [
      "On Nov 25, 2026, at 8:12 PM, Jess O'Connor <jess@harbour.com.au> wrote:",
      "Jess O'Connor",
      "jess@harbour.com.au",
      "2026-11-25",
    ],
    ["On 20 Nov 2026, Noah Williams wrote:", "Noah Williams", "", "2026-11-20"],
    [
      "Am Mo., 23. Nov. 2026 um 09:40 Uhr schrieb Olga Nowak <olga@print.pl>:",
      "Olga Nowak",
      "olga@print.pl",
      "2026-11-23",
    ],
    ["Am 23.11.2026 um 09:40 schrieb Olga Nowak:", "Olga Nowak", "", "2026-11-23"],
    [
      "Le mar. 24 nov. 2026 à 10:00, Camille Laurent <c@vins.fr> a écrit :",
      "Camille Laurent",
      "c@vins.fr",
      "2026-11-24",
    ],
    [
      "El mar, 24 nov 2026 a las 10:00, Sergio Blanco (<s@hotels.es>) escribió:",
      "Sergio Blanco",
      "s@hotels.es",
      "2026-11-24",
    ],
    [
      "Em ter., 24 de nov. de 2026 às 15:30, Isabel Ferreira <i@tech.pt> escreveu:",
      "Isabel Ferreira",
      "i@tech.pt",
      "2026-11-24",
    ],
    [
      "Il giorno mer 25 nov 2026 alle ore 08:55 Martina Rossi <m@garda.it> ha scritto:",
      "Martina Rossi",
      "m@garda.it",
      "2026-11-25",
    ],
    [
      "Op do 26 nov. 2026 om 14:10 schreef Sanne Jansen <sanne@tulp.nl>:",
      "Sanne Jansen",
      "sanne@tulp.nl",
      "2026-11-26",
    ],
    ["Noah Williams <noah@williams-design.co> wrote:", "Noah Williams", "noah@williams-design.co", ""],
  ])("%s", (line, name, email, day) => {
    const found = readAttribution(line);
    expect(found).not.toBeNull();
    expect(found?.name).toBe(name);
    expect(found?.email).toBe(email);
    if (day) expect(parseHeaderDate(found?.date ?? "")?.slice(0, 10)).toBe(day);
  });

  it.each([
    "Here is what my boss wrote:",
    "On Monday, you wrote:",
    "Am Montag schrieb Sam:",
    "On Monday we met and I wrote",
    "On the call you said:",
    "x".repeat(500) + " wrote:",
  ])("is not an attribution: %s", (line) => {
    expect(readAttribution(line)).toBeNull();
  });
});

describe("header lines", () => {
  it.each([
    ["From: Ana <a@x.com>", "from", "Ana <a@x.com>"],
    ["*From:* Ana", "from", "Ana"],
    ["De : Camille", "from", "Camille"],
    ["De\u00a0: Camille", "from", "Camille"],
    ["Envoyé : mardi", "sent", "mardi"],
    ["Enviado el: lunes", "sent", "lunes"],
    ["Betreff: Angebot", "subject", "Angebot"],
    ["À : Sam", "to", "Sam"],
  ])("reads %j", (line, label, value) => {
    expect(readLabel(line)).toMatchObject({ label, value });
  });

  it.each(["Fromage: yes", "Please note: x", "From the team, thanks", "Subjective: x"])(
    "%j is no header field",
    (line) => {
      expect(readLabel(line)).toBeNull();
    },
  );

  it.each([
    ["________________________________", false],
    ["-----Original Message-----", false],
    ["-----Ursprüngliche Nachricht-----", false],
    ["-----Message d'origine-----", false],
    ["-------- Original Message --------", false],
    ["---------- Forwarded message ---------", true],
    ["Begin forwarded message:", true],
  ])("%s is a separator", (line, forward) => {
    expect(readSeparator(line)).toEqual({ forward });
  });

  it.each(["_____", "--------", "----- Notes -----", "___ x ___"])("%s is no separator", (line) => {
    expect(readSeparator(line)).toBeNull();
  });

  it.each([
    ["Ana Costa <ana.costa@atlantic.com>", "Ana Costa", "ana.costa@atlantic.com"],
    ['"Stone, Rachel" <Rachel.Stone@Granite.com>', "Stone, Rachel", "rachel.stone@granite.com"],
    ["Robert Okafor [mailto:rokafor@lagos.ng]", "Robert Okafor", "rokafor@lagos.ng"],
    ["ana@x.com", "", "ana@x.com"],
    ["Sam Carter", "Sam Carter", ""],
  ])("parses mailbox %s", (value, name, email) => {
    expect(parseMailbox(value)).toEqual({ name, email });
  });
});

describe("htmlToText", () => {
  it.each([
    ["<p>One</p><p>Two</p>", "One\n\nTwo"],
    ["<div>One</div><div>Two</div>", "One\nTwo"],
    ["<div>One<br>Two<br><br>Three</div>", "One\nTwo\n\nThree"],
    ["<ul><li>a demo</li><li>pricing</li></ul>", "- a demo\n- pricing"],
    [
      "<p>caf&eacute; &amp; cr&egrave;me &#8211; &#x2019; &Uuml; &unknown; AT&T &nbsp;x</p>",
      "café & crème – ’ Ü &unknown; AT&T x",
    ],
    ["<style>p{color:red}</style><script>alert(1)</script><!-- note --><p>Hi</p>", "Hi"],
    ["<!--[if gte mso 9]><xml><o:x/></xml><![endif]--><p class=MsoNormal>Hi<o:p></o:p></p>", "Hi"],
    ["<p>a   b\n\t c</p>", "a b c"],
    ["<pre>line 1\n  line 2</pre>", "line 1\n  line 2"],
    ["<blockquote>one<blockquote>two</blockquote></blockquote>", "> one\n>> two"],
    ['<blockquote style="margin:0 0 0 40px;border:none;padding:0px">indented</blockquote>', "indented"],
    ["<p>Hi</p><hr><p>Notes</p>", "Hi\nNotes"],
    [
      "<p>Hi</p><hr><p><b>From:</b> Ana<br><b>Sent:</b> Monday</p>",
      "Hi\n________________________________\nFrom: Ana\nSent: Monday",
    ],
    [
      '<div id="appendonsend"></div><hr><div id="divRplyFwdMsg">From: x</div>',
      "________________________________\nFrom: x",
    ],
    [
      "<table><tr><td>Name</td><td>Ana</td></tr><tr><td>Role</td><td>CFO</td></tr></table>",
      "Name Ana\nRole CFO",
    ],
    ["a < b and c > d", "a < b and c > d"],
    ["<DIV>Upper<BR>case</DIV>", "Upper\ncase"],
  ])("%s", (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});

describe("cutSignature", () => {
  it.each([
    [
      "Please send it.\n\nThanks,\nRachel Stone\nGranite Build Co.",
      [],
      "Please send it.",
      "Thanks,\nRachel Stone\nGranite Build Co.",
    ],
    [
      "Please send it.\n\nBest,\nAhmed Hassan\nHead of Pricing and Demo Centre",
      [],
      "Please send it.",
      "Best,\nAhmed Hassan\nHead of Pricing and Demo Centre",
    ],
    ["Can you enable a trial? Thanks - Arjun", ["Arjun"], "Can you enable a trial?", "Thanks - Arjun"],
    ["Can you enable a trial? Thanks - Arjun", [], "Can you enable a trial?", "Thanks - Arjun"],
    [
      "Could you connect me with references? Olga",
      ["Olga Nowak", "Olga"],
      "Could you connect me with references?",
      "Olga",
    ],
    [
      "Send pricing.\n\nMonica Reyes\nPacific Credit Union",
      ["Monica Reyes", "Monica"],
      "Send pricing.",
      "Monica Reyes\nPacific Credit Union",
    ],
    ["Send pricing.\n-- \nOwen", [], "Send pricing.", "--\nOwen"],
    ["Send pricing.\n\nSent from my iPhone", [], "Send pricing.", "Sent from my iPhone"],
    [
      "Hallo Sam,\nbitte ein Angebot.\n\nViele Grüße\nJan",
      [],
      "Hallo Sam,\nbitte ein Angebot.",
      "Viele Grüße\nJan",
    ],
    [
      "Merci de votre retour.\nPouvez-vous envoyer le devis ?\n\nCordialement,\nÉlodie",
      [],
      "Merci de votre retour.\nPouvez-vous envoyer le devis ?",
      "Cordialement,\nÉlodie",
    ],
    [
      "Thanks for the demo yesterday.\nCould you send pricing?",
      [],
      "Thanks for the demo yesterday.\nCould you send pricing?",
      "",
    ],
    ["Thanks!\n\nAlso, could you send pricing?", [], "Thanks!\n\nAlso, could you send pricing?", ""],
    ["Thanks,\nAna", [], "Thanks,\nAna", ""],
    [
      "Thanks Sam, the webinar was helpful.\n\nNatalie",
      ["Natalie"],
      "Thanks Sam, the webinar was helpful.",
      "Natalie",
    ],
  ])("%j", (text, names, body, signature) => {
    expect(cutSignature(text, names)).toEqual({ body, signature });
  });
});

describe("who the prospect is", () => {
  it.each([
    ["Costa, Ana", "Ana Costa"],
    ['"Stone, Rachel"', "Rachel Stone"],
    ["Rachel Stone, PhD", "Rachel Stone, PhD"],
    ["Dr. Maria Keller", "Maria Keller"],
    ["RACHEL STONE", "Rachel Stone"],
    ["ana@x.com", ""],
  ])("normalizes %j", (raw, name) => {
    expect(normalizeName(raw)).toBe(name);
  });

  it.each([
    ["rachel.stone@granitebuild.com", "Rachel Stone"],
    ["jan_de_vries@x.nl", "Jan De Vries"],
    ["cmendes@riodoce.br", ""],
    ["info2@x.com", ""],
  ])("names %s", (email, name) => {
    expect(nameFromAddress(email)).toBe(name);
  });

  it.each([
    ["rachel@granitebuild.com", "Granitebuild"],
    ["f@highlandtweed.co.uk", "Highlandtweed"],
    ["v@amazonas-log.com.br", "Amazonas Log"],
    ["j@bergstrom-ag.ch", "Bergstrom AG"],
    ["x@mail.constructor.io", "Constructor"],
    ["tom@gmail.com", ""],
    ["tom@outlook.com", ""],
    ["tom@hotmail.co.uk", ""],
    ["tom@web.de", ""],
    ["tom@gmx.net", ""],
    ["tom@icloud.com", ""],
    ["tom@yahoo.com", ""],
    ["not-an-address", ""],
  ])("company of %s", (email, company) => {
    expect(companyFromDomain(email)).toBe(company);
  });

  it("never takes the rep for the prospect", () => {
    const me = { name: "Sam Carter", email: "Sam.Carter@contoso.com" };
    const prospect = findProspect({
      from: { name: "Sam Carter", email: "sam.carter@contoso.com" },
      signature: "",
      me,
    });
    expect(prospect).toEqual({ name: "", firstName: "", email: "", company: "" });
  });

  it("does not name the rep's own company from a colleague's address", () => {
    const me = { name: "Sam Carter", email: "sam.carter@contoso.com" };
    const prospect = findProspect({
      from: { name: "Kim Lee", email: "kim.lee@contoso.com" },
      signature: "",
      me,
    });
    expect(prospect.company).toBe("");
    expect(prospect.firstName).toBe("Kim");
  });

  it("reads the first name from the sign-off when the header has none", () => {
    const prospect = findProspect({
      from: { name: "", email: "info@acme.com" },
      signature: "Best regards,\nMolly Evans\nAcme Ltd",
    });
    expect(prospect).toEqual({
      name: "Molly Evans",
      firstName: "Molly",
      email: "info@acme.com",
      company: "Acme Ltd",
    });
  });
});

describe("detectLanguage", () => {
  it.each([
    ["Hi Sam, could you send me the pricing for 30 users?", "en"],
    ["Hallo Sam, können Sie mir bitte ein Angebot für 30 Nutzer schicken?", "de"],
    ["Bonjour Sam, pouvez-vous m'envoyer vos tarifs pour 10 utilisateurs ?", "fr"],
    ["Hola Sam, ¿nos puede enviar más información sobre el módulo de reservas?", "es"],
    ["Olá Sam, pode enviar-nos uma proposta comercial e alguns casos de sucesso?", "pt"],
    ["Buongiorno Sam, potremmo fissare una demo per il nostro team la prossima settimana?", "it"],
    ["Hallo Sam, kunt u mij een offerte sturen voor 40 gebruikers?", "nl"],
    ["Bom dia Sam, seria possível marcarmos uma reunião na quinta-feira?", "pt"],
    ["Ciao Sam, potete inviarmi la brochure della piattaforma?", "it"],
    ["Buenos días, ¿podemos agendar una llamada el jueves para revisar la integración?", "es"],
    ["Thanks", "unknown"],
    ["", "unknown"],
    ["12345 67890", "unknown"],
    ["Czy mogą Państwo przesłać ofertę?", "unknown"],
    // "de" and "en" are Spanish as much as Dutch.
    ["Necesitamos la documentación técnica de la integración en el entorno de pruebas de SAP.", "es"],
  ])("%s", (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });
});

describe("names of shared mailboxes", () => {
  it.each([
    ["Granite Sales", "sales@granitebuild.com", "Thanks,\nRachel Stone", "Rachel Stone", "Rachel"],
    ["rstone", "rstone@granitebuild.com", "Rachel", "Rachel", "Rachel"],
    ["Procurement Team", "procurement@acme.com", "", "", ""],
    // Signed with a short form: the name she goes by.
    ["Rachel Stone", "rachel@granitebuild.com", "Thanks,\nRach", "Rachel Stone", "Rach"],
    ["LinkedIn", "messages-noreply@linkedin.com", "", "", ""],
    ["Service Achats", "achats@ville-exemple.fr", "Cordialement,\nService Achats", "", ""],
    ["Megan Cole", "newsletter@pipelineweekly.com", "", "Megan Cole", "Megan"],
    // Surname first in the directory; the address says which word is the first name.
    ["Okafor Chidi (Lagos State Health)", "chidi.okafor3@lshealth.gov.ng", "", "Chidi Okafor", "Chidi"],
    ["Lee Kim", "lee.kim@contoso.com", "", "Lee Kim", "Lee"],
    ["Nguyen Thi Lan", "lan.nguyen@saigonpack.vn", "", "Lan Nguyen Thi", "Lan"],
  ])("%s <%s>", (display, email, signature, name, firstName) => {
    const prospect = findProspect({ from: { name: display, email }, signature });
    expect(prospect.name).toBe(name);
    expect(prospect.firstName).toBe(firstName);
  });
});

describe("the rep's side of a thread", () => {
  const me = { name: "Sam Carter", email: "sam.carter@contoso.com" };

  it("skips a colleague's message in a compose draft", () => {
    const draft = [
      "Adding pricing now.",
      "",
      "From: Lee Park <lee.park@contoso.com>",
      "Sent: Monday, November 30, 2026 9:00 AM",
      "To: Ana Costa <ana@atlantic.com>",
      "Subject: RE: pricing",
      "",
      "Ana, Sam will follow up.",
      "",
      "From: Ana Costa <ana@atlantic.com>",
      "Sent: Friday, November 27, 2026 4:00 PM",
      "To: Lee Park <lee.park@contoso.com>",
      "Subject: pricing",
      "",
      "Could you send pricing for 12 seats?",
    ].join("\n");
    const message = quotedProspectMessage(draft, me);
    expect(message.text).toBe("Could you send pricing for 12 seats?");
    expect(message.header?.from?.email).toBe("ana@atlantic.com");
  });

  it("reads a colleague's forward in read mode as the prospect's message quoted below it", () => {
    const body = [
      "Sam - this one's yours now, she's in your patch.",
      "",
      "Jess",
      "",
      "---------- Forwarded message ---------",
      "From: Meredith Chan <mchan@cascadeclinics.org>",
      "Date: Wed, Nov 18, 2026 at 4:31 PM",
      "Subject: Thanks for today",
      "To: Jess Alvarez <jess.alvarez@contoso.com>",
      "",
      "Hi Jess,",
      "",
      "Could you send the pricing for our three clinics?",
      "",
      "Meredith",
    ].join("\n");
    const input: EmailInput = {
      mode: "read",
      body,
      bodyType: "text",
      from: { name: "Jess Alvarez", email: "jess.alvarez@contoso.com" },
      me,
    };
    const message = readProspectMessage(input);
    expect(message.sender.firstName).toBe("Meredith");
    expect(message.text).toContain("Could you send the pricing for our three clinics?");
    expect(message.text).not.toContain("this one's yours");
    // Without the signed-in rep (a .eml on the command line) the colleague's note is read.
    expect(readProspectMessage({ ...input, me: undefined }).sender.firstName).toBe("Jess");
  });

  it("keeps free-mail colleagues apart", () => {
    const draft =
      "x\n\nFrom: Ana <ana@gmail.com>\nSent: Friday, November 27, 2026 4:00 PM\nSubject: y\n\nPricing please?";
    expect(quotedProspectMessage(draft, { name: "Sam", email: "sam@gmail.com" }).text).toBe(
      "Pricing please?",
    );
  });
});

describe("nicknameOf: a signed short form of the first name", () => {
  it.each([
    ["Rob", "Robert", "Rob"],
    ["Dani", "Danielle", "Dani"],
    ["Kasia", "Katarzyna", "Kasia"],
    ["Bill", "William", "Bill"],
    ["Maggie", "Margaret", "Maggie"],
    ["Robert", "Robert", null],
    ["D", "Deborah", null],
    ["Jo", "Joanna", null],
    ["Jess", "Meredith", null],
    ["Sam", "Priya", null],
    ["R.J.", "Robert", null],
  ])("%s for %s", (signed, first, expected) => {
    expect(nicknameOf(signed, first)).toBe(expected);
  });
});
