import { currentArtifacts } from "./current";
import type { ArtifactReader } from "./read";

let known: { reader: ArtifactReader; slugs: ReadonlySet<string> } | undefined;

/**
 * Whether this build has a symptom page for `slug` (decoded). For proxy.ts: a large site renders its
 * rarer symptom pages on their first request, and Next 16 answers `notFound()` on such a page with an
 * empty error shell (the 404 page only inside the React Server Components payload, vercel/next.js
 * #95613), so unknown slugs are turned away before the route. Read once per server process from the
 * build's artifacts (12,789 slugs, 0.6 MB, at 10,000 articles), never from `content/`.
 */
export async function isSymptomSlug(slug: string): Promise<boolean> {
  // Under `next dev`, the in-memory artifacts: a symptom just written has its page.
  const reader = await currentArtifacts();
  if (known?.reader !== reader) known = { reader, slugs: new Set(reader.symptomSlugs()) };
  return known.slugs.has(slug);
}
