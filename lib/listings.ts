import { listingPagePath, type Listing } from "./routes";

/**
 * How many items one page of each listing shows. Chosen by weight on a phone: a catalogue row
 * (summary, symptoms, codes, copy buttons) is about 8 KB of HTML, a code row with its first fixes
 * about 2 KB, a symptom line under 1 KB, so each page stays near 200 KB of HTML whatever the size of
 * the site. The bundled content fits on one page of each, which then looks as it always did.
 *
 * `HELP_LISTING_PAGE_SIZE` (build time) sets one size for all three: the hostile test site uses 2,
 * so its four articles are paginated as a large site's thousands are, and the tests walk its pages.
 */
const override = Number(process.env.HELP_LISTING_PAGE_SIZE);
const size = (fallback: number) => (Number.isInteger(override) && override > 0 ? override : fallback);
export const PER_PAGE: Record<Listing, number> = { "/articles": size(25), "/errors": size(50), "/symptoms": size(100) };

/** How many fixes a code lists on /errors (and articles a symptom names on /symptoms) before "and N more". */
export const LISTED_PER_ITEM = 5;

export interface ListingPage<T> {
  listing: Listing;
  /** 1-based. */
  page: number;
  pages: number;
  total: number;
  /** The position of this page's first item in the whole list, 1-based. */
  first: number;
  items: T[];
}

export const pageCount = (listing: Listing, total: number): number => Math.max(1, Math.ceil(total / PER_PAGE[listing]));

/** One page of a sorted list; undefined for a page that does not exist (`/articles/page/999`). */
export function listingPage<T>(listing: Listing, all: readonly T[], page: number): ListingPage<T> | undefined {
  const pages = pageCount(listing, all.length);
  if (!Number.isInteger(page) || page < 1 || page > pages) return undefined;
  const start = (page - 1) * PER_PAGE[listing];
  return { listing, page, pages, total: all.length, first: start + 1, items: all.slice(start, start + PER_PAGE[listing]) };
}

/** The URLs of a listing's later pages (none when everything fits on its first). */
export function laterPagePaths(listing: Listing, total: number): string[] {
  return Array.from({ length: pageCount(listing, total) - 1 }, (_, index) => listingPagePath(listing, index + 2));
}

/** A `[page]` route segment as a page number: only a plain number from 2 (page 1 is the listing's own URL). */
export function parsePageParam(segment: string): number | undefined {
  return /^[1-9][0-9]{0,5}$/.test(segment) && segment !== "1" ? Number(segment) : undefined;
}

/** The page numbers a pagination bar offers: the first, the last, and two either side of the current. */
export function pageWindow(page: number, pages: number): (number | "gap")[] {
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  return shown.flatMap((n, index) => (index > 0 && n - shown[index - 1]! > 1 ? ["gap" as const, n] : [n]));
}
