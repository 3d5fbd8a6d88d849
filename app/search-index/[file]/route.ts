import { getSearchIndex, getSearchIndexFile } from "@/lib/search/server";

// One file, named by its content hash and built at build time; any other name is a 404.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return [{ file: getSearchIndexFile() }];
}

export function GET() {
  // The name changes whenever the content does, so this URL may be cached forever.
  return Response.json(getSearchIndex(), { headers: { "Cache-Control": "public, max-age=31536000, immutable" } });
}
