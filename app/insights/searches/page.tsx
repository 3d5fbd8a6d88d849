import type { Metadata } from "next";
import { InsightsPage } from "@/components/insights/insights-page";
import { SECTIONS } from "@/lib/insights/sections";

export const metadata: Metadata = { title: `${SECTIONS.searches.title} · Insights`, robots: { index: false, follow: false } };

export default function Page(props: PageProps<"/insights/searches">) {
  return <InsightsPage section="searches" searchParams={props.searchParams} />;
}
