/** HTML character references: the named ones mail clients write, and every numeric one. */

const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  ensp: " ",
  emsp: " ",
  thinsp: " ",
  zwnj: "",
  zwj: "",
  shy: "",
  copy: "©",
  reg: "®",
  trade: "™",
  hellip: "…",
  mdash: "—",
  ndash: "–",
  lsquo: "‘",
  rsquo: "’",
  sbquo: "‚",
  ldquo: "“",
  rdquo: "”",
  bdquo: "„",
  laquo: "«",
  raquo: "»",
  lsaquo: "‹",
  rsaquo: "›",
  bull: "•",
  middot: "·",
  euro: "€",
  pound: "£",
  yen: "¥",
  cent: "¢",
  sect: "§",
  para: "¶",
  deg: "°",
  times: "×",
  divide: "÷",
  plusmn: "±",
  iexcl: "¡",
  iquest: "¿",
  ordf: "ª",
  ordm: "º",
  szlig: "ß",
  aelig: "æ",
  AElig: "Æ",
  oslash: "ø",
  Oslash: "Ø",
  eth: "ð",
  thorn: "þ",
  oelig: "œ",
  OElig: "Œ",
  frac12: "½",
  frac14: "¼",
  frac34: "¾",
  sup2: "²",
  sup3: "³",
  micro: "µ",
  larr: "←",
  rarr: "→",
  check: "✓",
};

/** &eacute; &Uuml; &ccedil; …: a letter and a combining mark, composed. */
const MARKS: Record<string, string> = {
  acute: "\u0301",
  grave: "\u0300",
  circ: "\u0302",
  tilde: "\u0303",
  uml: "\u0308",
  cedil: "\u0327",
  ring: "\u030a",
};

const MAX_ENTITY = 32;

function decodeNamed(name: string): string | undefined {
  if (Object.prototype.hasOwnProperty.call(NAMED, name)) return NAMED[name];
  const lower = name.toLowerCase();
  if (lower !== name && Object.prototype.hasOwnProperty.call(NAMED, lower) && name.length > 3)
    return NAMED[lower];
  const mark = Object.prototype.hasOwnProperty.call(MARKS, name.slice(1)) ? MARKS[name.slice(1)] : undefined;
  if (mark && /^[a-zA-Z]$/.test(name[0])) return (name[0] + mark).normalize("NFC");
  return undefined;
}

function decodeNumber(digits: string, hex: boolean): string {
  const code = parseInt(digits, hex ? 16 : 10);
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
    return "\ufffd";
  // Windows-1252 punctuation that Word writes as numeric references in the C1 range.
  if (code === 0x92) return "’";
  if (code === 0x93) return "“";
  if (code === 0x94) return "”";
  if (code === 0x96) return "–";
  if (code === 0x97) return "—";
  return String.fromCodePoint(code);
}

/**
 * The reference starting at `at` (which holds "&"): its text and length, or null when the
 * characters there do not form one (then "&" stands for itself).
 */
export function readEntity(text: string, at: number): { value: string; length: number } | null {
  const limit = Math.min(text.length, at + MAX_ENTITY);
  let end = at + 1;
  while (end < limit && text[end] !== ";" && text[end] !== "&" && text[end] !== "<" && text[end] > " ") end++;
  const closed = end < limit && text[end] === ";";
  const body = text.slice(at + 1, end);
  if (body === "") return null;
  if (body[0] === "#") {
    const hex = body[1] === "x" || body[1] === "X";
    const digits = body.slice(hex ? 2 : 1);
    if (digits === "" || !(hex ? /^[0-9a-fA-F]{1,8}$/ : /^[0-9]{1,9}$/).test(digits)) return null;
    return { value: decodeNumber(digits, hex), length: body.length + (closed ? 2 : 1) };
  }
  if (!closed) {
    // Old mail writes &nbsp and &amp without the semicolon.
    for (const name of ["nbsp", "amp", "lt", "gt", "quot"]) {
      if (body.startsWith(name)) return { value: NAMED[name], length: name.length + 1 };
    }
    return null;
  }
  const value = decodeNamed(body);
  return value === undefined ? null : { value, length: body.length + 2 };
}

/** Decodes every reference in a short piece of text (an attribute value). */
export function decodeEntities(text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const amp = text.indexOf("&", i);
    if (amp < 0) return out + text.slice(i);
    out += text.slice(i, amp);
    const entity = readEntity(text, amp);
    if (entity) {
      out += entity.value;
      i = amp + entity.length;
    } else {
      out += "&";
      i = amp + 1;
    }
  }
  return out;
}
