import { useCallback, useEffect, useMemo, useState } from "react";
import type { TemplateLibrary } from "../../../core/templates";
import type { LibraryState } from "../../../library/loadTemplateLibrary";
import { mergeLibraries } from "../../../library/mergeLibraries";
import type { PersonalTemplates } from "../../../library/personalTemplates";
import {
  readRepLibraryUrl,
  resolveLibraryUrl,
  saveRepLibraryUrl,
  type LibraryAddress,
} from "../../../library/libraryUrl";
import type { PaneServices, PersonalTemplateTools } from "../services";

export interface PersonalTemplatesModel extends PersonalTemplates {
  tools: PersonalTemplateTools;
  /** Reads the saved templates again, after a save or a delete. */
  refresh(): void;
}

export interface TemplateLibraryModel {
  /** What the pane drafts with: the rep's own templates, then the team's (or the built-in ones). */
  library: TemplateLibrary;
  /** The built-in library is in use (no team library), so built-in templates in other languages belong. */
  builtin: boolean;
  address: LibraryAddress;
  /** The outcome of loading the team library; null while loading or when there is none. */
  state: LibraryState | null;
  loading: boolean;
  /** Saves the rep's address and loads it; resolves to what is wrong with it, or null. */
  saveRepUrl(url: string): Promise<string | null>;
  /** Null until the personal-template tools have loaded, or where the host keeps none. */
  personal: PersonalTemplatesModel | null;
}

export function useTemplateLibrary(services: PaneServices): TemplateLibraryModel {
  const { host, teamLibrary } = services;
  const [repUrl, setRepUrl] = useState(() => readRepLibraryUrl(host.settings));
  const address = useMemo(
    () => resolveLibraryUrl({ adminUrl: teamLibrary?.adminUrl, repUrl }),
    [teamLibrary, repUrl],
  );
  const [loaded, setLoaded] = useState<{ url: string; state: LibraryState } | null>(null);

  useEffect(() => {
    const { url } = address;
    if (!url || !teamLibrary) return;
    let current = true;
    teamLibrary.load(url).then((state) => current && setLoaded({ url, state }));
    return () => {
      current = false;
    };
  }, [address, teamLibrary]);

  const personal = usePersonalTemplates(services);
  const state = loaded !== null && loaded.url === address.url ? loaded.state : null;
  // Until the fresh copy arrives, the one saved last time: the built-in templates meanwhile
  // would offer replies the team retired, then swap under the rep's choice.
  const saved = useMemo(
    () => (address.url && teamLibrary?.saved ? teamLibrary.saved(address.url) : null),
    [address, teamLibrary],
  );
  const base = state?.library ?? saved ?? services.library;
  const library = useMemo(
    () => (personal && personal.templates.length > 0 ? mergeLibraries(base, personal.templates) : base),
    [base, personal],
  );
  const saveRepUrl = useCallback(
    async (url: string) => {
      const problem = await saveRepLibraryUrl(host.settings, url);
      if (problem === null) setRepUrl(readRepLibraryUrl(host.settings));
      return problem;
    },
    [host],
  );

  return {
    library,
    builtin: base === services.library,
    address,
    state,
    loading: Boolean(address.url && teamLibrary) && state === null,
    saveRepUrl,
    personal,
  };
}

function usePersonalTemplates(services: PaneServices): PersonalTemplatesModel | null {
  const [tools, setTools] = useState<PersonalTemplateTools | null>(null);
  const [listed, setListed] = useState<PersonalTemplates | null>(null);

  useEffect(() => {
    let current = true;
    services
      .personalTemplates?.()
      .then((loaded) => {
        if (!current) return;
        setTools(loaded);
        setListed(loaded.list());
      })
      // Without the tools (their code failed to load) the pane still drafts with the team's templates.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [services]);

  return useMemo(
    () => (tools && listed ? { ...listed, tools, refresh: () => setListed(tools.list()) } : null),
    [tools, listed],
  );
}
