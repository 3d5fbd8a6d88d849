import type { Metadata } from "next";
import { ArticlesListing } from "@/components/articles-listing";
import { laterPageParams, listingPageMetadata } from "@/lib/listing-routes";

export const dynamicParams = false;

export async function generateStaticParams() {
  return laterPageParams("/articles");
}

export async function generateMetadata(props: PageProps<"/articles/page/[page]">): Promise<Metadata> {
  const { page } = await props.params;
  return listingPageMetadata("/articles", page, "All articles", "Every help center article with its symptoms, error codes and links to copy into tickets.");
}

export default async function ArticlesLaterPage(props: PageProps<"/articles/page/[page]">) {
  return <ArticlesListing page={(await props.params).page} />;
}
