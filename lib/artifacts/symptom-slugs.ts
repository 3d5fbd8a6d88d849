import { artifactsDir } from "./location";
import { fileArtifactReader } from "./read";

let known: ReadonlySet<string> | undefined;

/**
 * Whether this build has a symptom page for `slug` (decoded). For proxy.ts: a large site renders its
 * rarer symptom pages on their first request, and Next 16 answers `notFound()` on such a page with an
 * empty error shell (the 404 page only inside the React Server Components payload, vercel/next.js
 * #95613), so unknown slugs are turned away before the route. Read once per server process from the
 * build's artifacts (12,789 slugs, 0.6 MB, at 10,000 articles), never from `content/`.
 */
export function isSymptomSlug(slug: string): boolean {
  known ??= new Set(fileArtifactReader(artifactsDir()).symptomSlugs());
  return known.has(slug);
}
