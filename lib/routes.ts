/** Every URL shape the site serves, built in one place so links, sitemaps and checks agree. */
export const articlePath = (slug: string) => `/articles/${slug}`;
/** The article as Markdown, for assistants and "Copy as Markdown" (next.config.ts rewrites it to its route). */
export const articleMarkdownPath = (slug: string) => `/articles/${slug}.md`;
export const categoryPath = (id: string) => `/categories/${id}`;
export const symptomPath = (slug: string) => `/symptoms/${slug}`;
export const errorPath = (code: string | number) => `/errors/${code}`;
export const searchPath = (query: string) => `/search?q=${encodeURIComponent(query)}`;

/**
 * The listing pages (`/articles`, `/errors`, `/symptoms`) past their first: `/articles/page/2`.
 * Page 1 is the listing's own URL. "page" is therefore reserved: no article slug, symptom or code
 * may be it (content:check says so), or its URL would be shadowed.
 */
export const LISTING_PAGE_SEGMENT = "page";
export const listingPagePath = (listing: string, page: number) => (page <= 1 ? listing : `${listing}/${LISTING_PAGE_SEGMENT}/${page}`);
/** The paginated listings: each is a page of STATIC_PATHS. */
export const LISTINGS = ["/articles", "/errors", "/symptoms"] as const;
export type Listing = (typeof LISTINGS)[number];

/**
 * `/articles/x/` and `/articles/x` are one page: the one place trailing slashes are dropped (`/`
 * stays). A loop, not /\/+$/, which is quadratic on a request path of `////…x` (proxy.ts runs
 * this on every request).
 */
export function normalizePath(path: string): string {
  let end = path.length;
  while (end > 1 && path.charCodeAt(end - 1) === 47) end -= 1;
  return path.slice(0, end);
}

/** Pages that exist whatever the content: internal links to them are valid. */
export const STATIC_PATHS = ["/", "/articles", "/search", "/errors", "/symptoms", "/status"] as const;

/**
 * Set by proxy.ts on a request that is to get the 404 page although a route might take it (an unknown
 * symptom's page, rendered on request, would be Next's blank error shell; a path that does not decode
 * fails Next's own decoding with a bare 500; the Markdown route asked for by its internal name).
 * next.config.ts rewrites such a request to `NOT_FOUND_PATH`, which no route serves. A rewrite in the
 * config is resolved inside the server, where one built by the proxy on `request.url` is sent back to
 * the server over HTTP whenever `next start -H` names a host (Next 16 gives the proxy `localhost`
 * URLs and compares with the host): a connection per 404, and a 500 when nothing listens on `localhost`.
 */
export const NOT_FOUND_HEADER = "x-help-not-found";
export const NOT_FOUND_PATH = "/not-found/404";
