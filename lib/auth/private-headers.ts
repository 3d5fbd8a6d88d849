/** Headers every insights response carries, pages and API alike: never cached, never indexed. */
export const PRIVATE_HEADERS = { "Cache-Control": "private, no-store", "X-Robots-Tag": "noindex, nofollow" } as const;

/** Paths whose every answer (a page, a redirect, a 404) is private. */
export const isPrivatePath = (pathname: string): boolean => /^\/(?:api\/)?insights(?:\/|$)/.test(pathname);
