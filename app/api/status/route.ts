import { getServiceStatus } from "@/lib/status/server";

// Asked per request (through the per-process cache in lib/status), never prerendered.
export const dynamic = "force-dynamic";

/**
 * GET /api/status → the platform's status (see README, "Service status"). Always 200 with a
 * report: a slow, failing or hostile feed shows up as `state: "stale"` or `"unavailable"`, never
 * as an error. A CDN may keep it 5 s (and serve it 25 s more while it refreshes); browsers always
 * ask again: `stale-while-revalidate` in Cache-Control would apply to them too (Chrome honours it),
 * so it goes in the CDN's own header (CDN-Cache-Control, RFC 9213; check that your CDN reads it).
 */
export async function GET() {
  const report = await getServiceStatus();
  return Response.json(report, {
    headers: {
      "Cache-Control": "public, max-age=0, s-maxage=5",
      "CDN-Cache-Control": "public, max-age=5, stale-while-revalidate=25",
    },
  });
}
