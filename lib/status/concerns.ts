/** Component names match the feed's whatever their case or stray spaces. */
export const sameComponent = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Which components a page concerns, from the component map (baked at build time, or from /api/status). */
interface Concerns {
  name: string;
  articles: readonly { slug: string }[];
  codes: readonly string[];
}

export function componentsForArticles(components: readonly Concerns[], slugs: readonly string[]): string[] {
  return components.filter((component) => component.articles.some((article) => slugs.includes(article.slug))).map((component) => component.name);
}

export function componentsForCodes(components: readonly Concerns[], codes: readonly (string | number)[]): string[] {
  const wanted = codes.map(String);
  return components.filter((component) => component.codes.some((code) => wanted.includes(code))).map((component) => component.name);
}

/** An error code's page: the components that list the code, and those of the articles that fix it. */
export function componentsForCodePage(components: readonly Concerns[], code: string, slugs: readonly string[]): string[] {
  const names = new Set([...componentsForCodes(components, [code]), ...componentsForArticles(components, slugs)]);
  return components.filter((component) => names.has(component.name)).map((component) => component.name);
}
