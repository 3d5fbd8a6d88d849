import { getSite } from "@/lib/artifacts";
import { errorCatalogueJson } from "@/lib/content/error-catalogue-json";

export const dynamic = "force-static";

/**
 * The machine-readable catalogue for integrations: code → what it is and where it is fixed.
 * Shape documented in the README ("Error catalogue").
 */
export async function GET() {
  return Response.json(errorCatalogueJson(await getSite()));
}
