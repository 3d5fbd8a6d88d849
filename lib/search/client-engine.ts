/**
 * Everything the header search loads on first use, in one chunk: the searcher and the highlighter.
 * Imported dynamically, so none of it (nor fuse.js) is part of any page's first load.
 */
export { Searcher } from "./searcher";
export { highlightSegments, queryHighlights } from "./highlight";
export type { SearchResult, SerializedIndex } from "./types";
