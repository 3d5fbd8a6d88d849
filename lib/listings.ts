import { categoryPath, errorPath, listingPagePath, symptomPath, type Listing } from "./routes";

/**
 * A list shown a page at a time: one of the site's listings, or the articles of one category, one
 * error code or one symptom (`kind` sets the page size); `path` is its first page's URL, later
 * pages are under it (`/categories/api/page/2`). A listing is its own path.
 */
export type ListKind = Listing | "category" | "code" | "symptom";
export interface PagedList {
  kind: ListKind;
  path: string;
}
export const categoryList = (id: string): PagedList => ({ kind: "category", path: categoryPath(id) });
export const codeList = (code: string): PagedList => ({ kind: "code", path: errorPath(code) });
export const symptomList = (slug: string): PagedList => ({ kind: "symptom", path: symptomPath(slug) });
const paged = (list: PagedList | Listing): PagedList => (typeof list === "string" ? { kind: list, path: list } : list);

/**
 * How many items one page of each listing shows. Chosen by weight on a phone: a catalogue row
 * (summary, symptoms, codes, copy buttons) is about 8 KB of HTML, a code row with its first fixes
 * about 2 KB, a symptom line under 1 KB, so each page stays near 200 KB of HTML whatever the size of
 * the site. The bundled content fits on one page of each, which then looks as it always did.
 *
 * `HELP_LISTING_PAGE_SIZE` (build time) sets one size for all of them: the hostile test site uses 2,
 * so its four articles are paginated as a large site's thousands are, and the tests walk its pages.
 */
const override = Number(process.env.HELP_LISTING_PAGE_SIZE);
const size = (fallback: number) => (Number.isInteger(override) && override > 0 ? override : fallback);
/**
 * A category's article (title and summary) is about 1 KB of HTML, a code's or a symptom's article
 * (title, summary, first steps) about 3 KB: 50 and 25 keep those pages near 100 KB. The bundled
 * content fits on the first page of each.
 */
export const PER_PAGE: Record<ListKind, number> = { "/articles": size(25), "/errors": size(50), "/symptoms": size(100), category: size(50), code: size(25), symptom: size(25) };

/** How many fixes a code lists on /errors (and articles a symptom names on /symptoms) before "and N more". */
export const LISTED_PER_ITEM = 5;

export interface ListingPage<T> {
  /** The list's first page: the others are `${path}/page/<n>`. */
  path: string;
  /** 1-based. */
  page: number;
  pages: number;
  total: number;
  /** The position of this page's first item in the whole list, 1-based. */
  first: number;
  items: T[];
}

export const pageCount = (list: PagedList | Listing, total: number): number => Math.max(1, Math.ceil(total / PER_PAGE[paged(list).kind]));

/** One page of a sorted list; undefined for a page that does not exist (`/articles/page/999`). */
export function listingPage<T>(list: PagedList | Listing, all: readonly T[], page: number): ListingPage<T> | undefined {
  const { kind, path } = paged(list);
  const pages = pageCount(list, all.length);
  if (!Number.isInteger(page) || page < 1 || page > pages) return undefined;
  const start = (page - 1) * PER_PAGE[kind];
  return { path, page, pages, total: all.length, first: start + 1, items: all.slice(start, start + PER_PAGE[kind]) };
}

/** The numbers of a list's later pages, from 2 (none when everything fits on its first). */
export function laterPageNumbers(list: PagedList | Listing, total: number): number[] {
  return Array.from({ length: pageCount(list, total) - 1 }, (_, index) => index + 2);
}

/** The URLs of a list's later pages (none when everything fits on its first). */
export function laterPagePaths(list: PagedList | Listing, total: number): string[] {
  return laterPageNumbers(list, total).map((page) => listingPagePath(paged(list).path, page));
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
