/**
 * Reads the dates mail clients write in headers ("Mon, 09 Nov 2026 10:15:00 -0500",
 * "Friday, November 20, 2026 10:22 AM", "mardi 24 novembre 2026 10:00",
 * "Montag, 23. November 2026 09:40", "23.11.2026 09:40") with a month-name table for the
 * languages we read. One left-to-right token scan; no regular expressions over the input.
 */

const MONTHS = new Map<string, number>();

function addMonths(names: string): void {
  names.split(" ").forEach((group, index) => {
    for (const name of group.split("|")) MONTHS.set(name, index + 1);
  });
}

addMonths(
  "january|jan february|feb march|mar april|apr may june|jun july|jul august|aug september|sep|sept october|oct november|nov december|dec",
);
addMonths(
  "januar|jän|jan|jänner februar|feb märz|maerz|mär|mrz april|apr mai juni|jun juli|jul august|aug september|sep|sept oktober|okt november|nov dezember|dez",
);
addMonths(
  "janvier|janv février|fevrier|févr|fevr|fév mars avril|avr mai juin juillet|juil août|aout septembre|sept octobre|oct novembre|nov décembre|decembre|déc",
);
addMonths(
  "enero|ene febrero|feb marzo|mar abril|abr mayo|may junio|jun julio|jul agosto|ago septiembre|setiembre|sep|sept octubre|oct noviembre|nov diciembre|dic",
);
addMonths(
  "janeiro|jan fevereiro|fev março|marco|mar abril|abr maio|mai junho|jun julho|jul agosto|ago setembro|set outubro|out novembro|nov dezembro|dez",
);
addMonths(
  "gennaio|gen febbraio|feb marzo|mar aprile|apr maggio|mag giugno|giu luglio|lug agosto|ago settembre|set ottobre|ott novembre|nov dicembre|dic",
);
addMonths(
  "januari|jan februari|feb maart|mrt april|apr mei juni|jun juli|jul augustus|aug september|sep|sept oktober|okt november|nov december|dec",
);

export interface HeaderDateOptions {
  /** Read an all-numeric date like 11/12/2026 as month first (US English clients). */
  monthFirst?: boolean;
}

interface Token {
  text: string;
  /** The character that ended the token ("/", ".", "-", " ", …), "" at the end. */
  sep: string;
}

function isLetter(c: string): boolean {
  if ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z")) return true;
  return c > "\u007f" && c.toLowerCase() !== c.toUpperCase();
}

function isDigit(c: string): boolean {
  return c >= "0" && c <= "9";
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (isDigit(c)) {
      let j = i + 1;
      while (j < n && (isDigit(text[j]) || (text[j] === ":" && j + 1 < n && isDigit(text[j + 1])))) j++;
      // French clients write times as 10h00.
      if (j < n - 1 && text[j] === "h" && isDigit(text[j + 1])) {
        const start = j + 1;
        let k = start;
        while (k < n && isDigit(text[k])) k++;
        tokens.push({ text: `${text.slice(i, j)}:${text.slice(start, k)}`, sep: text[k] ?? "" });
        i = k;
        continue;
      }
      tokens.push({ text: text.slice(i, j), sep: text[j] ?? "" });
      i = j;
    } else if (isLetter(c)) {
      let j = i + 1;
      while (j < n && isLetter(text[j])) j++;
      tokens.push({ text: text.slice(i, j).toLowerCase(), sep: text[j] ?? "" });
      i = j;
    } else if ((c === "+" || c === "-") && i + 4 < n && /^\d{4}$/.test(text.slice(i + 1, i + 5))) {
      tokens.push({ text: text.slice(i, i + 5), sep: text[i + 5] ?? "" });
      i += 5;
    } else {
      i++;
    }
  }
  return tokens;
}

function pad(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Sender-local ISO date-time ("2026-11-20T10:22:00", with the offset when the text has one), or null. */
export function parseHeaderDate(text: string, options: HeaderDateOptions = {}): string | null {
  // Header dates are short; anything long is not one, and capping keeps the cost fixed.
  const tokens = tokenize(text.slice(0, 200));
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = -1;
  let minute = 0;
  let second = 0;
  let offset = "";
  let pm: boolean | null = null;
  const numbers: Token[] = [];
  for (const token of tokens) {
    const t = token.text;
    if (t.includes(":")) {
      if (hour >= 0) continue;
      const [h, m, s] = t.split(":");
      hour = Number(h);
      minute = Number(m ?? 0);
      second = Number(s ?? 0);
    } else if (isDigit(t[0])) {
      if (t.length === 4 && !year) year = Number(t);
      else if (t.length <= 2) numbers.push(token);
    } else if (t[0] === "+" || t[0] === "-") {
      offset = `${t.slice(0, 3)}:${t.slice(3)}`;
    } else if (t === "am" || t === "pm") {
      if (hour >= 0) pm = t === "pm";
    } else if ((t === "a" || t === "p") && token.sep === ".") {
      if (hour >= 0) pm = t === "p";
    } else if (t === "gmt" || t === "utc" || t === "ut" || t === "z") {
      offset = offset || "Z";
    } else if (MONTHS.has(t)) {
      // "mar" is also Tuesday in French, Spanish and Italian, and weekdays come first.
      month = MONTHS.get(t) ?? 0;
    }
  }
  if (month) {
    day = numbers.length > 0 ? Number(numbers[0].text) : 0;
  } else {
    if (numbers.length < 2) return null;
    const [a, b] = numbers.map((token) => Number(token.text));
    if (!year && numbers.length >= 3) year = 2000 + Number(numbers[2].text);
    const monthFirst = a <= 12 && (b > 12 || (options.monthFirst === true && numbers[0].sep === "/"));
    month = monthFirst ? a : b;
    day = monthFirst ? b : a;
  }
  if (!year || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour < 0) {
    hour = 0;
    minute = 0;
  }
  if (pm !== null && hour >= 1 && hour <= 12) hour = (hour % 12) + (pm ? 12 : 0);
  if (hour > 23 || minute > 59 || second > 59 || Number.isNaN(minute) || Number.isNaN(second)) return null;
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${offset}`;
}
