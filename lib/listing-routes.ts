import "server-only";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getSite } from "./artifacts";
import type { Content } from "./content/types";
import { listingItems, type ListingItems } from "./content/listings";
import { laterPageNumbers, listingPage, pageCount, parsePageParam, type ListingPage, type PagedList } from "./listings";
import { listingPagePath, type Listing } from "./routes";

/** `generateStaticParams` of a listing's `page/[page]` route: every page after the first, prerendered. */
export async function laterPageParams(listing: Listing): Promise<{ page: string }[]> {
  return laterPageNumbers(listing, listingItems(await getSite())[listing].length).map((page) => ({ page: String(page) }));
}

/** One page of a list; a page number that is not one of its pages is the 404. */
export function pageOrNotFound<T>(list: PagedList | Listing, all: readonly T[], segment: string | number): ListingPage<T> {
  const number = typeof segment === "number" ? segment : parsePageParam(segment);
  const page = number === undefined ? undefined : listingPage<T>(list, all, number);
  if (!page) notFound();
  return page;
}

/** The site and one page of a listing; a page number that is not one of its pages is the 404. */
export async function loadListingPage<L extends Listing>(listing: L, segment: string | number): Promise<{ content: Content; page: ListingPage<ListingItems[L][number]> }> {
  const content = await getSite();
  return { content, page: pageOrNotFound<ListingItems[L][number]>(listing, listingItems(content)[listing], segment) };
}

/** A later page's title and canonical URL: itself, so each page of the list is indexed as what it is. */
export function laterPageMetadata(list: PagedList, total: number, segment: string, title: string, description: string): Metadata {
  const number = parsePageParam(segment);
  const pages = pageCount(list, total);
  if (number === undefined || number > pages) return {};
  return { title: `${title}, page ${number} of ${pages}`, description, alternates: { canonical: listingPagePath(list.path, number) } };
}

export async function listingPageMetadata(listing: Listing, segment: string, title: string, description: string): Promise<Metadata> {
  return laterPageMetadata({ kind: listing, path: listing }, listingItems(await getSite())[listing].length, segment, title, description);
}
