/**
 * "Robert Kessler" signing "Rob", "Katarzyna Nowak" signing "Kasia": the name a writer signs
 * with is the one they go by, and the one a reply greets.
 */

/** Shorter than this a signed name is an initial ("D."), not a name to greet. */
const MIN_NICKNAME = 3;

/** Short forms that are not the start of the full name, by full name (lower case). */
const SHORT_FORMS: Readonly<Record<string, readonly string[]>> = {
  william: ["bill", "billy", "will", "liam"],
  robert: ["bob", "bobby", "rob", "robbie", "bert"],
  elizabeth: ["liz", "lizzie", "beth", "betty", "eliza"],
  katherine: ["kate", "kathy", "katie", "kat"],
  catherine: ["kate", "cathy", "katie", "cat"],
  kathryn: ["kate", "kathy", "katie"],
  margaret: ["maggie", "meg", "peggy", "greta"],
  michael: ["mike", "mick", "mikey"],
  james: ["jim", "jimmy", "jamie"],
  richard: ["rick", "ricky", "rich", "dick"],
  edward: ["ted", "eddie", "ed", "ned"],
  john: ["jack", "johnny"],
  joseph: ["joe", "joey"],
  charles: ["charlie", "chuck", "chas"],
  anthony: ["tony"],
  alexander: ["alex", "sasha", "xander"],
  alexandra: ["alex", "sasha", "lexi"],
  aleksandra: ["ola", "sasha"],
  katarzyna: ["kasia", "kasha"],
  małgorzata: ["gosia", "małgosia"],
  malgorzata: ["gosia", "malgosia"],
  agnieszka: ["aga", "agnes"],
  francesca: ["fran", "frankie", "chesca"],
  francis: ["frank", "fran"],
  frances: ["fran", "frankie"],
  susan: ["sue", "susie"],
  deborah: ["deb", "debbie"],
  rebecca: ["becky", "becca", "bec"],
  jennifer: ["jen", "jenny"],
  christopher: ["chris", "kit"],
  christine: ["chris", "tina"],
  nicholas: ["nick", "nicky"],
  nicola: ["nicky", "nic"],
  patricia: ["pat", "patty", "trish", "tricia"],
  theodore: ["theo", "ted", "teddy"],
  henry: ["harry", "hank"],
  lawrence: ["larry"],
  laurence: ["larry"],
  stephen: ["steve"],
  steven: ["steve"],
  andrew: ["andy", "drew"],
  matthew: ["matt"],
  benjamin: ["ben", "benji"],
  samuel: ["sam", "sammy"],
  samantha: ["sam", "sammy"],
  victoria: ["vicky", "tori"],
  josephine: ["jo", "josie"],
  johanna: ["jo", "hanna"],
  giuseppe: ["peppe", "beppe"],
  francisco: ["paco", "pancho", "fran"],
  josé: ["pepe"],
  jose: ["pepe"],
};

function lower(name: string): string {
  return name.toLocaleLowerCase();
}

/**
 * The signed name when it is a short form of the full first name ("Rob" of "Robert", "Dani" of
 * "Danielle", "Kasia" of "Katarzyna"), otherwise null: a different name signed is not ours to
 * second-guess.
 */
export function nicknameOf(signed: string, first: string): string | null {
  const short = lower(signed);
  const full = lower(first);
  if (short.length < MIN_NICKNAME || short === full || !/^\p{L}+$/u.test(short)) return null;
  const listed = Object.prototype.hasOwnProperty.call(SHORT_FORMS, full) && SHORT_FORMS[full].includes(short);
  return full.startsWith(short) || listed ? signed : null;
}
