import type { NextRequest } from "next/server";
import { cleanQuery } from "@/lib/search/query-params";
import { searchArticles } from "@/lib/search/server";

const MAX_SUGGESTIONS = 8;

/**
 * GET /api/suggest?q=… → `["query", ["Title", …]]`, the OpenSearch suggestions JSON a browser's
 * address bar asks for on every keystroke once the help center is added as a search engine (see
 * /opensearch.xml). The same ranking as /api/search, titles only, each once. An answer depends on
 * the URL alone, so browsers and a CDN may keep it for an hour; the search itself takes about a
 * millisecond on the server (README, Search).
 */
export async function GET(request: NextRequest) {
  const query = cleanQuery(request.nextUrl.searchParams.get("q"));
  const titles = [...new Set((await searchArticles(query, MAX_SUGGESTIONS * 2)).map((result) => result.title))].slice(0, MAX_SUGGESTIONS);
  return new Response(JSON.stringify([query, titles]), {
    headers: { "Content-Type": "application/x-suggestions+json; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
