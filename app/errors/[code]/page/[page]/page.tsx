import type { Metadata } from "next";
import { codeHeading, ErrorCodeListing } from "@/components/error-code-listing";
import { getSite } from "@/lib/artifacts";
import { findErrorEntry } from "@/lib/content/error-entries";
import { codeLaterPageParams } from "@/lib/detail-page-routes";
import { laterPageMetadata } from "@/lib/listing-routes";
import { codeList } from "@/lib/listings";

export const dynamicParams = false;

export async function generateStaticParams() {
  return codeLaterPageParams();
}

export async function generateMetadata(props: PageProps<"/errors/[code]/page/[page]">): Promise<Metadata> {
  const { code, page } = await props.params;
  const entry = findErrorEntry((await getSite()), code);
  if (!entry) return {};
  return laterPageMetadata(codeList(entry.code), entry.fixes.length, page, codeHeading(entry), entry.meaning);
}

export default async function ErrorCodeLaterPage(props: PageProps<"/errors/[code]/page/[page]">) {
  const { code, page } = await props.params;
  return <ErrorCodeListing code={code} page={page} />;
}
