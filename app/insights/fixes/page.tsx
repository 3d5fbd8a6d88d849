import type { Metadata } from "next";
import { InsightsPage } from "@/components/insights/insights-page";
import { SECTIONS } from "@/lib/insights/sections";

export const metadata: Metadata = { title: `${SECTIONS.fixes.title} · Insights`, robots: { index: false, follow: false } };

export default function Page(props: PageProps<"/insights/fixes">) {
  return <InsightsPage section="fixes" searchParams={props.searchParams} />;
}
