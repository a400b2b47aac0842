/**
 * Who the prospect is: name and first name (also from "Last, First" display names, the
 * sign-off, or an address like rachel.stone@…), address, and company (a company line in the
 * signature, else the address's domain; nothing for free-mail domains).
 */
import { nicknameOf } from "./nickname";
import type { Mailbox, Prospect } from "../types";
import { isSignOff } from "./signature";

const FREE_MAIL = new Set([
  "gmail",
  "googlemail",
  "outlook",
  "hotmail",
  "live",
  "msn",
  "yahoo",
  "ymail",
  "icloud",
  "me",
  "mac",
  "aol",
  "gmx",
  "web",
  "protonmail",
  "proton",
  "mail",
  "zoho",
  "yandex",
  "t-online",
  "orange",
  "free",
  "laposte",
  "libero",
  "virgilio",
  "terra",
  "uol",
  "bol",
  "ziggo",
  "kpnmail",
  "freenet",
  "arcor",
  "wanadoo",
  "sfr",
  "tiscali",
]);

/** Second-level labels under a country code ("co.uk", "com.br") that are not the company. */
const SECOND_LEVEL = new Set([
  "co",
  "com",
  "org",
  "net",
  "ac",
  "gov",
  "edu",
  "ltd",
  "plc",
  "gob",
  "gouv",
  "or",
  "ne",
]);

const TITLES = new Set([
  "mr",
  "mrs",
  "ms",
  "miss",
  "dr",
  "prof",
  "herr",
  "frau",
  "sr",
  "sra",
  "m",
  "mme",
  "dott",
  "ing",
]);

const COMPANY_SUFFIXES = [
  "inc",
  "inc.",
  "ltd",
  "ltd.",
  "llc",
  "llp",
  "plc",
  "corp",
  "corp.",
  "co",
  "co.",
  "gmbh",
  "ag",
  "kg",
  "se",
  "sa",
  "s.a.",
  "sas",
  "sarl",
  "sl",
  "s.l.",
  "srl",
  "s.r.l.",
  "spa",
  "s.p.a.",
  "lda",
  "lda.",
  "bv",
  "b.v.",
  "nv",
  "n.v.",
  "pty",
  "as",
  "a/s",
  "asa",
  "ab",
  "oy",
  "aps",
  "s.r.o.",
  "a.s.",
  "group",
  "union",
  "bank",
  "university",
  "hotels",
  "partners",
  "labs",
  "systems",
  "solutions",
  "technologies",
];

/** Words that make a signature line a job title or contact detail, not a company. */
const ROLE_WORDS = new Set([
  "head",
  "manager",
  "director",
  "vp",
  "vice",
  "president",
  "chief",
  "officer",
  "ceo",
  "cto",
  "cfo",
  "coo",
  "cio",
  "founder",
  "co-founder",
  "owner",
  "engineer",
  "lead",
  "specialist",
  "analyst",
  "coordinator",
  "consultant",
  "assistant",
  "associate",
  "administrator",
  "architect",
  "buyer",
  "procurement",
  "purchasing",
  "of",
  "and",
  "&",
  "sales",
  "marketing",
  "operations",
  "leiter",
  "leiterin",
  "geschäftsführer",
  "geschäftsführerin",
  "responsable",
  "directeur",
  "directrice",
  "director",
  "directora",
  "gerente",
  "diretor",
  "diretora",
  "direttore",
  "direttrice",
  "responsabile",
  "hoofd",
  "inkoper",
  "counsel",
  "legal",
  "finance",
  "advisor",
  "adviser",
  "representative",
  "executive",
  "controller",
  "project",
  "product",
  "program",
  "programme",
  "senior",
  "junior",
  "recruiter",
  "supervisor",
  "developer",
  "designer",
  "scientist",
  "mobile",
  "phone",
  "tel",
  "tel.",
  "cell",
  "fax",
  "www",
]);

/** Legal forms as companies write them when a domain ends in one ("bergstrom-ag" → "Bergstrom AG"). */
const LEGAL_FORMS = new Map(
  Object.entries({
    ag: "AG",
    gmbh: "GmbH",
    sa: "SA",
    bv: "BV",
    nv: "NV",
    llc: "LLC",
    inc: "Inc",
    ltd: "Ltd",
    spa: "SpA",
    srl: "Srl",
  }),
);

/** "Rachel Stone, PhD" is not "Last, First". */
const CREDENTIALS = new Set(["phd", "mba", "jr", "sr", "md", "cpa", "pmp", "esq", "msc", "ma", "bsc"]);

function capitalize(word: string): string {
  return word ? word[0].toUpperCase() + word.slice(1).toLowerCase() : word;
}

function words(text: string): string[] {
  return text.trim().split(/\s+/).filter(Boolean);
}

/** "Costa, Ana" → "Ana Costa"; other names as written, without quotes or titles. */
export function normalizeName(raw: string): string {
  let name = raw.trim().replace(/^["'\s]{1,4}|["'\s]{1,4}$/g, "");
  if (name.includes("@")) return "";
  const comma = name.indexOf(",");
  if (comma > 0 && comma === name.lastIndexOf(",")) {
    const last = name.slice(0, comma).trim();
    const first = name.slice(comma + 1).trim();
    const credential = CREDENTIALS.has(first.toLowerCase().replace(/\./g, ""));
    if (last && first && !credential && words(last).length <= 3 && words(first).length <= 3)
      name = `${first} ${last}`;
  }
  const parts = words(name);
  while (parts.length > 1 && TITLES.has(parts[0].toLowerCase().replace(/\.$/, ""))) parts.shift();
  // Directory names in capitals ("STONE Rachel" is rare; "RACHEL STONE" is common).
  return parts
    .map((part) => (part.length > 1 && part === part.toUpperCase() ? capitalize(part) : part))
    .join(" ");
}

export function firstNameOf(name: string): string {
  const first = words(name)[0] ?? "";
  return /^[\p{L}][\p{L}'’-]{0,40}$/u.test(first) ? first : "";
}

/** "rachel.stone" → "Rachel Stone"; "" when the local part does not split into a name. */
export function nameFromAddress(email: string): string {
  const local = email.slice(0, email.indexOf("@")).toLowerCase();
  const parts = local.split(/[._-]/).filter(Boolean);
  if (parts.length < 2 || parts.length > 3) return "";
  if (!parts.every((part) => /^[a-z]{2,20}$/.test(part))) return "";
  if (parts.some((part) => ACCOUNT_WORDS.has(part))) return "";
  return parts.map(capitalize).join(" ");
}

/** The name a signature is signed with: "Thanks, Noah" → Noah; "Best,\nAhmed Hassan\n…" → Ahmed Hassan. */
export function signedName(signature: string): string {
  const lines = signature
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  for (let i = 0; i < Math.min(lines.length, 3); i++) {
    let line = lines[i];
    if (isSignOff(line)) {
      const tail = line.replace(/^[^,\-–—!]{1,40}[,\-–—!]\s*/, "");
      if (tail !== line && tail !== "") return tail;
      continue;
    }
    line = line.replace(/^[-–—\s]{1,4}/, "");
    const parts = words(line);
    if (
      parts.length >= 1 &&
      parts.length <= 3 &&
      parts.every((part) => /^\p{Lu}[\p{L}'’.-]{0,30}$/u.test(part))
    ) {
      return line;
    }
    return "";
  }
  return "";
}

export function domainOf(email: string): string {
  return email.slice(email.indexOf("@") + 1).toLowerCase();
}

/** gmail.com, outlook.com, web.de, …: a domain that says nothing about the person's company. */
export function isFreeMail(email: string): boolean {
  const labels = domainOf(email).split(".");
  return labels.some((label) => FREE_MAIL.has(label)) && labels.length <= 3;
}

/** The rep, or a colleague writing from the rep's company domain: never the prospect. */
export function isOurSide(from: Mailbox | null | undefined, me: Mailbox | undefined): boolean {
  if (!me || !from) return false;
  const { email, name } = from;
  if (email && me.email) {
    if (email.toLowerCase() === me.email.toLowerCase()) return true;
    return !isFreeMail(me.email) && domainOf(email) === domainOf(me.email);
  }
  return name !== "" && name.toLowerCase() === me.name.toLowerCase();
}

/** "granitebuild.com" → "Granitebuild", "highlandtweed.co.uk" → "Highlandtweed", free mail → "". */
export function companyFromDomain(email: string): string {
  if (!email.includes("@")) return "";
  const labels = domainOf(email).split(".").filter(Boolean);
  if (labels.length < 2) return "";
  let index = labels.length - 2;
  if (index > 0 && labels[labels.length - 1].length === 2 && SECOND_LEVEL.has(labels[index])) index--;
  const label = labels[index];
  if (FREE_MAIL.has(label)) return "";
  return label
    .split("-")
    .filter(Boolean)
    .map((part) => LEGAL_FORMS.get(part) ?? capitalize(part))
    .join(" ");
}

/** "Øresund Energi A/S" → "oresundenergias": to compare a signature line with a domain. */
function compactKey(text: string): string {
  return text
    .normalize("NFD")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "")
    .replace(/^ø/, "o");
}

/**
 * A legal form ("Ltd", "GmbH") makes a line a company. Without one, capitalized words are
 * taken only when they match the address's domain ("Harbour Coffee Roasters" for
 * harbourcoffee.com.au), so a title such as "Legal Counsel" is not mistaken for one.
 */
function looksLikeCompany(text: string, domainKey: string): boolean {
  const line = text.trim();
  if (line.length < 2 || line.length > 60 || /[@\d]|:\/\/|www\./i.test(line)) return false;
  const parts = words(line);
  if (parts.length > 6) return false;
  const lower = parts.map((part) => part.toLowerCase().replace(/,$/, ""));
  const roles = lower.some((part) => ROLE_WORDS.has(part));
  if (COMPANY_SUFFIXES.includes(lower[lower.length - 1])) return !roles;
  if (roles || line.includes(",") || !parts.every((part) => /^[\p{Lu}\d&]/u.test(part))) return false;
  return domainKey === "" || compactKey(line).slice(0, 4) === domainKey.slice(0, 4);
}

/**
 * The company on a signature line: the line itself, or one of its parts when it reads
 * "Title | Company" or "Title, Company Ltd".
 */
function companyOnLine(line: string, domainKey: string): string {
  const segments = line.split(/\s[|·•–-]\s/);
  for (let k = segments.length - 1; k >= 0; k--) {
    const segment = segments[k].trim();
    if (looksLikeCompany(segment, domainKey)) return segment;
    const comma = segment.lastIndexOf(",");
    if (comma > 0) {
      const tail = segment.slice(comma + 1).trim();
      const tailWords = words(tail.toLowerCase());
      if (
        COMPANY_SUFFIXES.includes(tailWords[tailWords.length - 1] ?? "") &&
        looksLikeCompany(tail, domainKey)
      ) {
        return tail;
      }
    }
  }
  return "";
}

/** The company line under the name in a signature, or "". */
export function companyFromSignature(signature: string, name: string, email = ""): string {
  const domainKey = compactKey(companyFromDomain(email));
  const lines = signature
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  const first = firstNameOf(name).toLowerCase();
  const nameAt = lines.findIndex((line, index) => {
    if (index > 3) return false;
    const lower = line.toLowerCase();
    return first !== "" && (lower === name.toLowerCase() || lower.startsWith(first) || lower.endsWith(first));
  });
  if (nameAt < 0) return "";
  // "Ingrid Holm | Legal Counsel | Fjell Bygg AS": what follows the name on its own line.
  const nameLine = lines[nameAt];
  const afterName = nameLine.toLowerCase().startsWith(name.toLowerCase()) ? nameLine.slice(name.length) : "";
  const sameLine = /^\s*[|,·•–-]\s/.test(afterName)
    ? companyOnLine(afterName.replace(/^\s*[|,·•–-]\s*/, ""), domainKey)
    : "";
  if (sameLine) return sameLine;
  for (let i = nameAt + 1; i < Math.min(lines.length, nameAt + 4); i++) {
    const company = companyOnLine(lines[i].replace(/^[|•·\s]{1,4}/, ""), domainKey);
    if (company) return company;
  }
  return "";
}

/** Shared mailboxes and bare user ids are not a person's name: "Granite Sales", "rstone". */
const ACCOUNT_WORDS = new Set([
  "sales",
  "info",
  "team",
  "support",
  "accounts",
  "procurement",
  "purchasing",
  "noreply",
  "no-reply",
  "admin",
  "office",
  "contact",
  "billing",
  "hello",
  "marketing",
  "service",
  "einkauf",
  "vertrieb",
  "achats",
  "compras",
  "acquisti",
  "inkoop",
]);

/** Mailboxes no person writes from: a one-word name on them is a brand ("LinkedIn"), not a person. */
const AUTOMATED_MAILBOX = /no-?reply|do-?not-?reply|notifications?|newsletters?|mailer|alerts?|bounces?/;

function isPersonName(name: string, email: string): boolean {
  if (name === "") return false;
  const local = email.slice(0, email.indexOf("@")).toLowerCase();
  if (name.toLowerCase() === local) return false;
  if (AUTOMATED_MAILBOX.test(local) && words(name).length === 1) return false;
  return !isAccountName(name);
}

function isAccountName(name: string): boolean {
  return words(name.toLowerCase()).some((word) => ACCOUNT_WORDS.has(word));
}

function sameMailbox(a: Mailbox, b: Mailbox | undefined): boolean {
  if (!b) return false;
  if (a.email && b.email) return a.email.toLowerCase() === b.email.toLowerCase();
  return a.name !== "" && a.name.toLowerCase() === b.name.toLowerCase();
}

export interface SenderClues {
  /** The message's sender as the header or the quote header names them. */
  from: Mailbox | null;
  /** The signature cut from the message. */
  signature: string;
  /** The rep, never the prospect. */
  me?: Mailbox;
}

/**
 * "Pryce Gareth (Severn Vale NHS Trust)" <gareth.pryce2@nhs.net>: directories that list the
 * surname first; the address, "first.last", says which word is the first name.
 */
export function inAddressOrder(name: string, email: string): string {
  const parts = words(name.replace(/\([^()]{0,120}\)/g, " "));
  const local = email
    .slice(0, email.indexOf("@"))
    .replace(/\d{1,4}$/, "")
    .split(/[._]/);
  if (parts.length < 2 || local.length !== 2) return name;
  const lower = parts.map((part) => part.toLowerCase());
  // "Nguyen Thi Lan" <lan.nguyen@…>: the family name leads, the given name is elsewhere.
  const given = lower.indexOf(local[0]);
  if (lower[0] !== local[1] || given <= 0) return name;
  return [parts[given], ...parts.filter((_, i) => i !== given)].join(" ");
}

export function findProspect({ from, signature, me }: SenderClues): Prospect {
  const mailbox = from && !sameMailbox(from, me) ? from : { name: "", email: "" };
  const email = mailbox.email.toLowerCase();
  // A shared mailbox signs as itself ("Service Achats"): no person's name there either.
  const signedAs = normalizeName(signedName(signature));
  const signed = isAccountName(signedAs) ? "" : signedAs;
  const display = inAddressOrder(normalizeName(mailbox.name), email);
  const name = (isPersonName(display, email) ? display : "") || signed || nameFromAddress(email);
  const first = firstNameOf(name) || firstNameOf(signed) || firstNameOf(nameFromAddress(email));
  // "Robert Kessler" who signs "Rob" goes by Rob.
  const signedOnly = words(signed).length === 1 ? signed : "";
  const firstName = nicknameOf(signedOnly, first) ?? first;
  const myDomain = me?.email ? domainOf(me.email) : "";
  const company =
    companyFromSignature(signature, name || signed, email) ||
    (email && domainOf(email) !== myDomain ? companyFromDomain(email) : "");
  return { name, firstName, email, company };
}
