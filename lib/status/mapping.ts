import { z } from "zod";
import type { ComponentConcerns } from "./types";

/**
 * `content/status-components.yml`: which parts of the help center each component of the status
 * feed concerns. Content data, so the support team maps a new component without a code change.
 * A component's name is matched to the feed's, ignoring case.
 */
export const STATUS_COMPONENTS_FILE = "status-components.yml";

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "must be a slug: lowercase letters, digits and single hyphens" });
const line = (max: number) =>
  z
    .string({ error: "must be text" })
    .trim()
    .min(1, { error: "must not be empty" })
    .max(max, { error: `must be at most ${max} characters` })
    .refine((text) => !/[\r\n]/.test(text), { error: "must be one line" });

export const componentMappingSchema = z.preprocess(
  (value) => value ?? {},
  z.strictObject({
    components: z
      .array(
        z.strictObject({
          name: line(120),
          /** What the component is, in the reader's words, for /status. */
          description: line(200).optional(),
          categories: z.array(slug).default([]),
          articles: z.array(slug).default([]),
          errorCodes: z.array(z.union([z.number().int(), z.string()], { error: "must be an HTTP status (429) or a platform code" })).default([]),
        }),
      )
      .default([]),
  }),
);

export type ComponentMapping = z.infer<typeof componentMappingSchema>;
export type MappedComponent = ComponentMapping["components"][number];

/** An article as the mapping needs it. */
export interface MappableArticle {
  slug: string;
  title: string;
  url: string;
  category: string;
}

export function resolveMapping(mapping: ComponentMapping, articles: readonly MappableArticle[]): ComponentConcerns[] {
  return mapping.components.map((component) => {
    const listed = component.articles.flatMap((slug) => articles.filter((article) => article.slug === slug));
    const byCategory = articles.filter((article) => component.categories.includes(article.category));
    const unique = [...new Map([...listed, ...byCategory].map((article) => [article.slug, article])).values()];
    return {
      name: component.name,
      description: component.description ?? null,
      articles: unique.map(({ slug, title, url }) => ({ slug, title, url })),
      codes: component.errorCodes.map(String),
    };
  });
}
