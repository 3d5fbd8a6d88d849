import { getSite } from "@/lib/artifacts";
import { errorEntries } from "@/lib/content/error-entries";
import { absoluteUrl } from "@/lib/site";

export const dynamic = "force-static";

/**
 * The machine-readable catalogue for integrations: code → what it is and where it is fixed.
 * Shape documented in the README ("Error catalogue").
 */
export async function GET() {
  const codes = Object.fromEntries(
    errorEntries(await getSite()).map((entry) => {
      const [first] = entry.fixes;
      return [
        entry.code,
        {
          kind: entry.kind,
          status: entry.kind === "http" ? Number(entry.code) : (entry.status ?? null),
          name: entry.name,
          meaning: entry.meaning,
          title: first?.article.title ?? entry.name,
          summary: first?.article.summary ?? entry.meaning,
          url: absoluteUrl(entry.url),
          articles: entry.fixes.map((fix) => ({
            slug: fix.article.slug,
            title: fix.article.title,
            summary: fix.article.summary,
            url: absoluteUrl(fix.url),
            step: fix.step?.title ?? null,
          })),
        },
      ];
    }),
  );
  return Response.json({ version: 1, codes });
}
