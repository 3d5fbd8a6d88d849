import type { PasteCatalogue } from "@/lib/paste/catalogue";
import { CURRENT_PASTE_CATALOGUE_URL } from "@/lib/paste/catalogue-url";

type PasteModule = typeof import("@/lib/paste/client");

/** What the paste box needs to read a paste: the recognizer's code and the catalogue of articles. */
export interface PasteReader {
  readPaste: PasteModule["readPaste"];
  catalogue: PasteCatalogue;
}

/**
 * The page's hashed catalogue; when a deploy has replaced it since the page was built (404), the
 * current one at its fixed URL, so a page left open across a release still reads pastes.
 */
async function fetchCatalogue(url: string): Promise<PasteCatalogue> {
  let response = await fetch(url);
  if (response.status === 404) response = await fetch(CURRENT_PASTE_CATALOGUE_URL);
  if (!response.ok) throw new Error(`paste catalogue: HTTP ${response.status}`);
  return response.json() as Promise<PasteCatalogue>;
}

let loading: Promise<PasteReader> | null = null;

/**
 * The recognizer (a dynamic chunk) and the catalogue, fetched together on first use and shared by
 * every paste box on the page. A failure (offline) may be retried on the next focus.
 */
export function loadPasteReader(catalogueUrl: string): Promise<PasteReader> {
  loading ??= Promise.all([import("@/lib/paste/client"), fetchCatalogue(catalogueUrl)]).then(([module, catalogue]) => ({ readPaste: module.readPaste, catalogue }));
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
