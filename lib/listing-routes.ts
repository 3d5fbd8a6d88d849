import "server-only";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getSite } from "./artifacts";
import type { Content } from "./content/types";
import { listingItems, type ListingItems } from "./content/listings";
import { laterPagePaths, listingPage, pageCount, parsePageParam, type ListingPage } from "./listings";
import { listingPagePath, type Listing } from "./routes";

/** `generateStaticParams` of a listing's `page/[page]` route: every page after the first, prerendered. */
export async function laterPageParams(listing: Listing): Promise<{ page: string }[]> {
  const total = listingItems(await getSite())[listing].length;
  return laterPagePaths(listing, total).map((_, index) => ({ page: String(index + 2) }));
}

/** The site and one page of a listing; a page number that is not one of its pages is the 404. */
export async function loadListingPage<L extends Listing>(listing: L, segment: string | number): Promise<{ content: Content; page: ListingPage<ListingItems[L][number]> }> {
  const content = await getSite();
  const number = typeof segment === "number" ? segment : parsePageParam(segment);
  const page = number === undefined ? undefined : listingPage<ListingItems[L][number]>(listing, listingItems(content)[listing], number);
  if (!page) notFound();
  return { content, page };
}

/** A later page's title and canonical URL: itself, so each page of the list is indexed as what it is. */
export async function listingPageMetadata(listing: Listing, segment: string, title: string, description: string): Promise<Metadata> {
  const number = parsePageParam(segment);
  const pages = pageCount(listing, listingItems(await getSite())[listing].length);
  if (number === undefined || number > pages) return {};
  return { title: `${title}, page ${number} of ${pages}`, description, alternates: { canonical: listingPagePath(listing, number) } };
}
