import type { NextRequest } from "next/server";
import { cleanQuery, parseLimit } from "@/lib/search/query-params";
import { searchArticles } from "@/lib/search/server";

/**
 * GET /api/search?q=…&limit=… → { query, results: [{ slug, title, summary, url, section, score }] },
 * ranked exactly as the header search and the results page (same index, same Searcher).
 */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const limit = parseLimit(params.get("limit"));
  if ("error" in limit) return Response.json({ error: limit.error }, { status: 400 });
  const query = cleanQuery(params.get("q"));
  const results = await searchArticles(query, limit.limit);
  return Response.json({ query, results }, { headers: { "Cache-Control": "public, max-age=60" } });
}
