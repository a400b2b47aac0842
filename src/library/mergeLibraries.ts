import type { ReplyTemplate, TemplateLibrary } from "../core/templates";
import { uniqueId } from "./templateIds";

export type TemplateOrigin = "personal" | "library";

/** A template as the pane offers it, marked with where it comes from. */
export interface OfferedTemplate extends ReplyTemplate {
  origin: TemplateOrigin;
}

/** A TemplateLibrary (so it drafts as one) whose templates carry their origin. */
export interface OfferedLibrary extends TemplateLibrary {
  templates: OfferedTemplate[];
}

/**
 * The templates the pane offers: the rep's own first, so that the core's pick (first match for
 * the request type and language) prefers the variant the rep made over the team's. A team
 * template whose id a personal one already has (a team using the personal "my-" prefix) is
 * offered under a suffixed id, so each offered id names exactly one template.
 */
export function mergeLibraries(library: TemplateLibrary, personal: readonly ReplyTemplate[]): OfferedLibrary {
  const personalIds = new Set(personal.map((template) => template.id));
  const taken = new Set([...personalIds, ...library.templates.map((template) => template.id)]);
  const team = library.templates.map((template): OfferedTemplate => {
    if (!personalIds.has(template.id)) return { ...template, origin: "library" };
    const id = uniqueId(`${template.id}-team`, taken);
    taken.add(id);
    return { ...template, id, origin: "library" };
  });
  return {
    ...library,
    templates: [
      ...personal.map((template): OfferedTemplate => ({ ...template, origin: "personal" })),
      ...team,
    ],
  };
}
