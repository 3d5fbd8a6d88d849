import { z } from "zod";
import { OLD_ANCHOR_PATTERN, PLATFORM_CODE_PATTERN, SITE_PATH_PATTERN, SLUG_PATTERN } from "../patterns";

export const ARTICLE_TYPES = ["troubleshooting", "guide"] as const;
export const AUDIENCES = ["end-user", "developer", "admin"] as const;

const slug = z
  .string()
  .regex(SLUG_PATTERN, { error: "must be a slug: lowercase letters, digits and single hyphens" });

const anchorId = z.string().regex(SLUG_PATTERN, { error: "must be a heading id (lowercase, hyphens)" });
/**
 * An earlier heading id may be one another site generated (Zendesk's `h_01H…`, a Docusaurus
 * `{#Custom_ID}`): links from old tickets carry it, so the alias must be able to answer it.
 */
const oldAnchorId = z.string().regex(OLD_ANCHOR_PATTERN, { error: "must be a heading id (letters, digits, - and _)" });

/** HTTP statuses are numbers (`429`); platform codes are snake_case strings (`rate_limit_exceeded`). */
const ERROR_CODE_HINT = "an HTTP status as an unquoted number (429) or a platform code in snake_case (rate_limit_exceeded)";
const errorCode = z.union(
  [
    z
      .number()
      .int({ error: `must be ${ERROR_CODE_HINT}` })
      .min(100, { error: "an HTTP status must be between 100 and 599" })
      .max(599, { error: "an HTTP status must be between 100 and 599" }),
    z.string().regex(PLATFORM_CODE_PATTERN, { error: `must be ${ERROR_CODE_HINT}` }),
  ],
  { error: `must be ${ERROR_CODE_HINT}` },
);

/** "is required" when the key is missing, the type's own message otherwise. */
const requiredOr = (message: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? "is required" : message;

const nonEmptyText = (max: number) =>
  z
    .string({ error: requiredOr("must be text") })
    .trim()
    .min(1, { error: "must not be empty" })
    .max(max, { error: `must be at most ${max} characters` })
    .refine((text) => !/[\r\n]/.test(text), { error: "must be one line" });

/** An optional YAML list; a single value where a list belongs is a mistake worth naming. */
const list = <T extends z.ZodType>(item: T) =>
  z.array(item, { error: "must be a list (one `- item` per line)" }).default([]);

/**
 * The one article frontmatter contract. Strict: an unknown key (a typo such as `sumary:`) is an
 * error, not silently ignored. Categories are data in `content/categories.yml`, so the schema is
 * built from their ids. Rules that span fields or files (symptoms for troubleshooting articles,
 * `related` slugs that exist) live in the loader, so every problem is reported, not just the first.
 */
export function frontmatterSchema(categoryIds: readonly string[]) {
  return z.strictObject({
    type: z.enum(ARTICLE_TYPES, { error: `must be one of: ${ARTICLE_TYPES.join(", ")}` }).default("troubleshooting"),
    title: nonEmptyText(100),
    summary: nonEmptyText(200),
    category: z
      .string({ error: requiredOr("must be text") })
      .refine((id) => categoryIds.includes(id), {
        error: `must be one of the categories declared in categories.yml: ${categoryIds.join(", ")}`,
      }),
    symptoms: list(nonEmptyText(120)),
    errorCodes: list(errorCode),
    audience: list(z.enum(AUDIENCES, { error: `must be one of: ${AUDIENCES.join(", ")}` })),
    related: list(slug),
    redirectFrom: list(
      z.string().regex(SITE_PATH_PATTERN, {
        error: "must be a site path starting with /, of letters, digits and - _ . ~ / (no query or #anchor)",
      }),
    ),
    /** Earlier heading ids and the heading each now stands for: `{ old-id: new-id }`. */
    anchors: z.record(oldAnchorId, anchorId, { error: "must map old heading ids to current ones: { old-id: new-id }" }).default({}),
    updated: z.iso.date({ error: "must be a date written YYYY-MM-DD" }).optional(),
    /** Written by `npm run content:import`: where the article came from, so a re-import updates it in place. */
    source: z
      .strictObject({
        format: z.enum(["markdown", "zendesk"], { error: "must be markdown or zendesk" }),
        id: z.string().min(1),
        url: z.url({ error: "must be the source article's URL" }).optional(),
        importedAt: z.iso.date({ error: "must be a date written YYYY-MM-DD" }),
        /** The article's hash as imported: a file that no longer matches was edited by hand. */
        hash: z.string().regex(/^[a-f0-9]{16}$/, { error: "must be the 16-character hash the importer wrote" }),
      })
      .optional(),
  });
}

export type Frontmatter = z.infer<ReturnType<typeof frontmatterSchema>>;
export type ErrorCode = Frontmatter["errorCodes"][number];
export type Audience = (typeof AUDIENCES)[number];

export const categoriesSchema = z
  .array(
    z.strictObject({
      id: slug,
      name: nonEmptyText(60),
      description: nonEmptyText(200),
    }),
  )
  .min(1, { error: "declare at least one category" });

export type Category = z.infer<typeof categoriesSchema>[number];

const word = z.string().trim().min(1).max(40);

/** `content/search.yml`: the readers' words for things, so search meets them where they are. */
export const searchSettingsSchema = z.strictObject({
  /** Articles offered when a search finds nothing: the ones most readers need. */
  popular: z.array(slug).default([]),
  phrases: z
    .array(z.tuple([word, z.string().regex(/^[a-z0-9]+$/, { error: "must be one lowercase word" })]))
    .default([]),
  synonyms: z.array(z.array(word).min(2, { error: "a synonym group needs at least two words" })).default([]),
});

export type SearchSettings = z.infer<typeof searchSettingsSchema>;

const catalogueEntry = {
  name: nonEmptyText(60),
  meaning: nonEmptyText(200),
  /** Per article slug: the step to try first for this code. */
  start: z.record(slug, anchorId).default({}),
  /** Set by `npm run content:import` on codes it declared from a source: an editor should check the wording, then remove it. */
  review: nonEmptyText(200).optional(),
};

/** `content/error-codes.yml`: what each code means, for /errors, /errors/<code> and /errors.json. */
export const errorCatalogueSchema = z.strictObject({
  http: z.array(z.strictObject({ code: z.number().int().min(100).max(599), ...catalogueEntry })).default([]),
  platform: z
    .array(
      z.strictObject({
        code: z.string().regex(PLATFORM_CODE_PATTERN, { error: "must be a platform code in snake_case" }),
        status: z.number().int().min(100).max(599).optional(),
        ...catalogueEntry,
      }),
    )
    .default([]),
});

export type ErrorCatalogue = z.infer<typeof errorCatalogueSchema>;

/** `content/navigator.yml`: the home page's symptom groups, in the reader's terms. */
export const navigatorSchema = z.strictObject({
  groups: z
    .array(
      z.strictObject({
        id: slug,
        title: nonEmptyText(80),
        description: nonEmptyText(200),
        /** This group offers the HTTP statuses the articles declare, rather than symptoms. */
        codes: z.boolean().default(false),
        categories: z.array(slug).default([]),
        articles: z.array(slug).default([]),
      }),
    )
    .min(1),
});

export type NavigatorGroupData = z.infer<typeof navigatorSchema>["groups"][number];
