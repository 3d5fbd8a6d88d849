import { artifactsDir } from "./location";
import { fileArtifactReader, type ArtifactReader } from "./read";

let known: { reader: ArtifactReader; slugs: ReadonlySet<string> } | undefined;

/**
 * Whether this build has a symptom page for `slug` (decoded). For proxy.ts: a large site renders its
 * rarer symptom pages on their first request, and Next 16 answers `notFound()` on such a page with an
 * empty error shell (the 404 page only inside the React Server Components payload, vercel/next.js
 * #95613), so unknown slugs are turned away before the route. Read once per server process from the
 * build's artifacts (12,789 slugs, 0.6 MB, at 10,000 articles), never from `content/`.
 */
export async function isSymptomSlug(slug: string): Promise<boolean> {
  const reader = await currentReader();
  if (known?.reader !== reader) known = { reader, slugs: new Set(reader.symptomSlugs()) };
  return known.slugs.has(slug);
}

let production: ArtifactReader | undefined;

/**
 * `next dev` compiles the artifacts in memory, again after each content edit (lib/artifacts/dev.ts):
 * the slugs come from that copy, so a symptom just written has its page. In a production bundle that
 * import is dead code, so the proxy never loads the content pipeline.
 */
async function currentReader(): Promise<ArtifactReader> {
  if (process.env.NODE_ENV === "development") return (await import("./dev")).devArtifacts();
  production ??= fileArtifactReader(artifactsDir());
  return production;
}
