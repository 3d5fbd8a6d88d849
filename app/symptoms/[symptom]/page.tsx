import type { Metadata } from "next";
import { SymptomListing } from "@/components/symptom-listing";
import { getSite } from "@/lib/artifacts";
import { findSymptom, prerenderedSymptoms, symptomDescription } from "@/lib/content/symptoms";

// The most-linked symptoms are prerendered; on a large site the others render on their first request
// (see `prerenderedSymptoms`). An unknown slug never gets here: proxy.ts answers it with the 404 page.
export const dynamicParams = true;

export async function generateStaticParams() {
  return prerenderedSymptoms(await getSite()).map((entry) => ({ symptom: entry.slug }));
}

export async function generateMetadata(props: PageProps<"/symptoms/[symptom]">): Promise<Metadata> {
  const { symptom } = await props.params;
  const entry = findSymptom((await getSite()), symptom);
  if (!entry) return {};
  const description = symptomDescription(entry);
  return { title: entry.text, description, alternates: { canonical: entry.url }, openGraph: { title: entry.text, description, url: entry.url } };
}

/** One stable URL per symptom, so support can link what the user sees; it lists the fixes in order. Past its first page, `/symptoms/<slug>/page/<n>`. */
export default async function SymptomPage(props: PageProps<"/symptoms/[symptom]">) {
  return <SymptomListing slug={(await props.params).symptom} page={1} />;
}
