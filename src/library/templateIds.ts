/** Personal template ids start with this, so they stand apart from the team's `<type>-<language>` ids. */
export const PERSONAL_ID_PREFIX = "my-";

/** The template id format (templates/library.schema.json). */
export const MAX_ID_CHARS = 64;

/** `base`, or `base-2`, `base-3`…, cut to fit the id format, whichever is not taken. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  const whole = base.slice(0, MAX_ID_CHARS);
  if (!taken.has(whole)) return whole;
  for (let n = 2; ; n += 1) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, MAX_ID_CHARS - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** The id for a personal copy of a template: the prefix once, never `my-my-…`. */
export function personalBase(id: string): string {
  const bare = id.startsWith(PERSONAL_ID_PREFIX) ? id.slice(PERSONAL_ID_PREFIX.length) : id;
  return `${PERSONAL_ID_PREFIX}${bare || "template"}`;
}
