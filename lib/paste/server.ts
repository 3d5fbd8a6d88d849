import "server-only";
import { getPasteCatalogueHash } from "../artifacts";
import { PASTE_CATALOGUE_DIR } from "./catalogue-url";

/** The catalogue's file name: its content hash, so a content change is a new URL, never a stale copy. */
export async function getPasteCatalogueFile(): Promise<string> {
  return `${await getPasteCatalogueHash()}.json`;
}

/**
 * Where the paste box fetches its catalogue on first use: `/paste-catalogue/<hash>.json`, cached for
 * a year (immutable), like the search index. A page carries only this URL: at 1,000 articles the
 * catalogue itself is hundreds of kilobytes the browser would otherwise parse and hydrate on load.
 */
export async function getPasteCatalogueUrl(): Promise<string> {
  return `${PASTE_CATALOGUE_DIR}/${await getPasteCatalogueFile()}`;
}
