import { getSearchIndex } from "@/lib/search/server";

// Built once at build time and served as a static file; the browser fetches it on first search.
export const dynamic = "force-static";

export function GET() {
  return Response.json(getSearchIndex());
}
