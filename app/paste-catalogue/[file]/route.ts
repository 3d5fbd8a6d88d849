import { getPasteCatalogue } from "@/lib/artifacts";
import { getPasteCatalogueFile } from "@/lib/paste/server";

// One file, named by its content hash and written at build time from the artifacts; any other name is a 404.
export const dynamic = "force-static";
export const dynamicParams = false;

export async function generateStaticParams() {
  return [{ file: await getPasteCatalogueFile() }];
}

export async function GET() {
  // The name changes whenever the content does, so this URL may be cached forever.
  return Response.json(await getPasteCatalogue(), { headers: { "Cache-Control": "public, max-age=31536000, immutable" } });
}
