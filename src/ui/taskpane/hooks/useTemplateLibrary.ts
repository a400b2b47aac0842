import { useCallback, useEffect, useMemo, useState } from "react";
import type { TemplateLibrary } from "../../../core/templates";
import type { LibraryState } from "../../../library/loadTemplateLibrary";
import {
  readRepLibraryUrl,
  resolveLibraryUrl,
  saveRepLibraryUrl,
  type LibraryAddress,
} from "../../../library/libraryUrl";
import type { PaneServices } from "../services";

export interface TemplateLibraryModel {
  /** What the pane drafts with: the team's library once loaded, the built-in one until then. */
  library: TemplateLibrary;
  address: LibraryAddress;
  /** The outcome of loading the team library; null while loading or when there is none. */
  state: LibraryState | null;
  loading: boolean;
  /** Saves the rep's address and loads it; resolves to what is wrong with it, or null. */
  saveRepUrl(url: string): Promise<string | null>;
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

  const state = loaded !== null && loaded.url === address.url ? loaded.state : null;
  const saveRepUrl = useCallback(
    async (url: string) => {
      const problem = await saveRepLibraryUrl(host.settings, url);
      if (problem === null) setRepUrl(readRepLibraryUrl(host.settings));
      return problem;
    },
    [host],
  );

  return {
    library: state?.library ?? services.library,
    address,
    state,
    loading: Boolean(address.url && teamLibrary) && state === null,
    saveRepUrl,
  };
}
