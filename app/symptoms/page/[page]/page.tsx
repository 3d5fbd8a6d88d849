import type { Metadata } from "next";
import { SymptomsListing } from "@/components/symptoms-listing";
import { laterPageParams, listingPageMetadata } from "@/lib/listing-routes";

export const dynamicParams = false;

export async function generateStaticParams() {
  return laterPageParams("/symptoms");
}

export async function generateMetadata(props: PageProps<"/symptoms/page/[page]">): Promise<Metadata> {
  const { page } = await props.params;
  return listingPageMetadata("/symptoms", page, "Symptoms", "Everything the help center knows how to fix, in the words people use for it.");
}

export default async function SymptomsLaterPage(props: PageProps<"/symptoms/page/[page]">) {
  return <SymptomsListing page={(await props.params).page} />;
}
