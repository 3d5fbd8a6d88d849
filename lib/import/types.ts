import type { Root } from "mdast";

export const IMPORT_FORMATS = ["markdown", "zendesk"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** An error the source article declares it resolves (Supabase `[[errors]]`, frontmatter `errors`). */
export interface DeclaredError {
  httpStatus?: number;
  code?: string;
  message?: string;
}

/**
 * One article as a reader of a source format hands it over: its body already parsed into a
 * Markdown tree (mdast), everything else as the source said it. Nothing here is ours yet.
 */
export interface SourceArticle {
  format: ImportFormat;
  /** Stable across re-imports: `markdown:<path in the source folder>`, `zendesk:<article id>`. */
  id: string;
  /** Where it came from, for the report: a path relative to the source folder, or a URL. */
  source: string;
  /** The public URL of the source article, when known. */
  url?: string;
  title: string;
  description?: string;
  /** The slug the source chose (file name, `slug:` frontmatter, Zendesk title words). */
  slugHint: string;
  category?: { id: string; name: string; description?: string };
  /** Paths the article was published under: they become `redirectFrom`. */
  oldUrls: string[];
  errors: DeclaredError[];
  keywords: string[];
  updated?: string;
  body: Root;
  /** The words a reader of the source saw (body and text attributes), for the lost-text check. */
  sourceText: string;
  /** Hash of the source text, so an unchanged source is recognized. */
  sourceHash: string;
  /** Problems met while reading it: kept in the report. */
  warnings: string[];
}

/** A source file or record the importer could not take, and why. */
export interface Skipped {
  source: string;
  reason: string;
}

/** What the reader of one format returns for a whole source folder. */
export interface SourceSet {
  articles: SourceArticle[];
  skipped: Skipped[];
  /** For links that are not to an imported article: the origin to make them absolute against. */
  origin?: string;
}

export interface ImportedEntry {
  source: string;
  slug: string;
  /** The article file, relative to the project (`content/imported/db/x.md`). */
  file: string;
  /** `created`, `updated`, `unchanged`, or `kept` (edited by hand since its import; not overwritten). */
  status: "created" | "updated" | "unchanged" | "kept";
  warnings: string[];
}

/** The report on stdout and in `--report <file.json>`. */
export interface ImportReport {
  imported: ImportedEntry[];
  skipped: Skipped[];
  /** Data files the import added to: new categories, new error codes (marked for review), locked URLs. */
  declared: { categories: string[]; errorCodes: string[]; lockedUrls: number };
}
