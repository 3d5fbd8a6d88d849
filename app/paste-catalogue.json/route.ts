import { getPasteCatalogue } from "@/lib/artifacts";

// The current catalogue at a fixed URL, for pages built before a deploy whose hashed URL is gone.
// Revalidated on every use, like /search-index.json (a CDN must not keep an old one after a release).
export const dynamic = "force-static";

export async function GET() {
  return Response.json(await getPasteCatalogue(), { headers: { "Cache-Control": "public, max-age=0, must-revalidate" } });
}
