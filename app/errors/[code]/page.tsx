import type { Metadata } from "next";
import { codeHeading, ErrorCodeListing } from "@/components/error-code-listing";
import { getSite } from "@/lib/artifacts";
import { errorEntries, findErrorEntry } from "@/lib/content/error-entries";

// Unknown codes get the site's 404 page, which offers search, the navigator and the code list.
// (Rendering notFound() on demand would serve a blank shell without JavaScript: vercel/next.js#95613.)
export const dynamicParams = false;

export async function generateStaticParams() {
  return errorEntries(await getSite()).map((entry) => ({ code: entry.code }));
}

export async function generateMetadata(props: PageProps<"/errors/[code]">): Promise<Metadata> {
  const { code } = await props.params;
  const entry = findErrorEntry((await getSite()), code);
  if (!entry) return {};
  return {
    title: codeHeading(entry),
    description: entry.meaning,
    alternates: { canonical: entry.url },
    openGraph: { title: codeHeading(entry), description: entry.meaning, url: entry.url },
  };
}

/** The stable page for one code: the platform's API links here from its error responses. Past its first page of fixes, `/errors/<code>/page/<n>`. */
export default async function ErrorCodePage(props: PageProps<"/errors/[code]">) {
  return <ErrorCodeListing code={(await props.params).code} page={1} />;
}
