/**
 * "Robert Kessler" signing "Rob", "Katarzyna Nowak" signing "Kasia": the name a writer signs
 * with is the one they go by, and the one a reply greets.
 */

/** Shorter than this a signed name is an initial ("D."), not a name to greet. */
const MIN_NICKNAME = 3;

/**
 * Short forms that are not the start of the full name: "full:short short;…" (one string keeps
 * the task pane's bundle small).
 */
const SHORT_FORMS_LIST =
  "william:bill billy will;robert:bob bobby rob bert;elizabeth:liz lizzie beth betty;" +
  "katherine:kate kathy katie kat;catherine:kate cathy katie cat;kathryn:kate kathy katie;" +
  "margaret:maggie meg peggy;michael:mike mick;james:jim jimmy jamie;richard:rick rich dick;" +
  "edward:ted eddie ed ned;john:jack johnny;joseph:joe joey;charles:charlie chuck;anthony:tony;" +
  "alexander:alex sasha;alexandra:alex sasha;aleksandra:ola;katarzyna:kasia;małgorzata:gosia;" +
  "malgorzata:gosia;francesca:fran chesca;frances:fran frankie;francis:frank fran;susan:sue susie;" +
  "deborah:deb debbie;rebecca:becky becca bec;jennifer:jen jenny;christopher:chris kit;" +
  "christine:chris tina;nicholas:nick nicky;patricia:pat patty trish;theodore:theo ted;" +
  "henry:harry hank;lawrence:larry;stephen:steve;steven:steve;andrew:andy drew;matthew:matt;" +
  "benjamin:ben;samuel:sam;samantha:sam;victoria:vicky tori;josephine:jo josie;giuseppe:beppe peppe;" +
  "josé:pepe;jose:pepe;francisco:paco fran";

const SHORT_FORMS = new Map(
  SHORT_FORMS_LIST.split(";").map((entry) => {
    const [full, shorts] = entry.split(":");
    return [full, shorts.split(" ")] as const;
  }),
);

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
  const listed = SHORT_FORMS.get(full)?.includes(short) === true;
  return full.startsWith(short) || listed ? signed : null;
}
