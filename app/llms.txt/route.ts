import { getSite } from "@/lib/artifacts";
import { llmsTxt } from "@/lib/markdown-export/llms-txt";

export const dynamic = "force-static";

/** `/llms.txt` (llmstxt.org): the help center's map for language models, prerendered. */
export async function GET() {
  return new Response(llmsTxt(await getSite()), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
