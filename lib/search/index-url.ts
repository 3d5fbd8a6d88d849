/** The search index's URLs, for the server that serves them and the browser that fetches them. */
export const SEARCH_INDEX_DIR = "/search-index";
/** Unhashed and never cached for long: the current index, whatever page asks. */
export const CURRENT_SEARCH_INDEX_URL = "/search-index.json";
