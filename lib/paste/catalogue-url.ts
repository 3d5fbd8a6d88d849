/** The paste catalogue's URLs, for the server that serves them and the browser that fetches them. */
export const PASTE_CATALOGUE_DIR = "/paste-catalogue";
/** Unhashed and never cached for long: the current catalogue, for a page built before a release. */
export const CURRENT_PASTE_CATALOGUE_URL = "/paste-catalogue.json";
