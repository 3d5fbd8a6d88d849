import { openSearchDescription } from "@/lib/opensearch/description";

export const dynamic = "force-static";

/** The OpenSearch description every page links from its head, prerendered. */
export function GET() {
  return new Response(openSearchDescription(), { headers: { "Content-Type": "application/opensearchdescription+xml; charset=utf-8" } });
}
