import { getSearchIndex } from "@/lib/search/server";

// The current index at a fixed URL, for pages built before a deploy whose hashed URL is gone.
// Revalidated on every use: Next's default for a static route (s-maxage of a year) would let a
// CDN keep serving an old index from it after a release. Written at build time from the artifacts.
export const dynamic = "force-static";

export async function GET() {
  return Response.json(await getSearchIndex(), { headers: { "Cache-Control": "public, max-age=0, must-revalidate" } });
}
