import type { Metadata } from "next";
import { ErrorsListing } from "@/components/errors-listing";
import { laterPageParams, listingPageMetadata } from "@/lib/listing-routes";

export const dynamicParams = false;

export async function generateStaticParams() {
  return laterPageParams("/errors");
}

export async function generateMetadata(props: PageProps<"/errors/page/[page]">): Promise<Metadata> {
  const { page } = await props.params;
  return listingPageMetadata("/errors", page, "Error codes", "Every HTTP status and platform error code the AIaaS API returns, what it means, and how to fix it.");
}

export default async function ErrorsLaterPage(props: PageProps<"/errors/page/[page]">) {
  return <ErrorsListing page={(await props.params).page} />;
}
