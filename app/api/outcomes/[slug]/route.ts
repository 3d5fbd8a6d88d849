import { StoreUnavailableError } from "@/lib/events/shared-store";
import { outcomesFor, outcomesMaxAge } from "@/lib/insights/public-outcomes";

/**
 * GET /api/outcomes/<slug> → `{ steps: { "<step-id>": { fixed, total } } }`: the steps of an
 * article with at least 20 recorded outcomes (last 90 days). Public and cached for five minutes (HELP_OUTCOMES_MAX_AGE);
 * the article page fetches it after it has loaded, so the page itself stays prerendered.
 */
export async function GET(_request: Request, props: RouteContext<"/api/outcomes/[slug]">): Promise<Response> {
  const { slug } = await props.params;
  try {
    const steps = await outcomesFor(slug);
    if (!steps) return Response.json({ error: "no figures for this article" }, { status: 404, headers: { "Cache-Control": "public, max-age=300" } });
    return Response.json({ steps }, { headers: { "Cache-Control": `public, max-age=${outcomesMaxAge()}, stale-while-revalidate=60` } });
  } catch (error) {
    if (!(error instanceof StoreUnavailableError)) throw error;
    return Response.json({ error: "figures are unavailable right now" }, { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": "60" } });
  }
}
