import type { Metadata } from "next";
import { SymptomListing } from "@/components/symptom-listing";
import { getSite } from "@/lib/artifacts";
import { findSymptom, symptomDescription } from "@/lib/content/symptoms";
import { symptomLaterPageParams } from "@/lib/detail-page-routes";
import { laterPageMetadata } from "@/lib/listing-routes";
import { symptomList } from "@/lib/listings";

export const dynamicParams = false;

export async function generateStaticParams() {
  return symptomLaterPageParams();
}

export async function generateMetadata(props: PageProps<"/symptoms/[symptom]/page/[page]">): Promise<Metadata> {
  const { symptom, page } = await props.params;
  const entry = findSymptom((await getSite()), symptom);
  if (!entry) return {};
  return laterPageMetadata(symptomList(entry.slug), entry.articles.length, page, entry.text, symptomDescription(entry));
}

export default async function SymptomLaterPage(props: PageProps<"/symptoms/[symptom]/page/[page]">) {
  const { symptom, page } = await props.params;
  return <SymptomListing slug={symptom} page={page} />;
}
