/** What rendering one Markdown body yields, besides its HTML. */
export interface RenderedHeading {
  id: string;
  text: string;
  depth: 2 | 3;
  /** Line in the Markdown body (1-based), for problem reports. */
  line?: number;
}

export interface RenderedLink {
  href: string;
  /** Line in the Markdown body (1-based), for problem reports. */
  line?: number;
}

/** A problem found while rendering; `field` is "body" unless it concerns a frontmatter field. */
export interface RenderIssue {
  line?: number;
  field?: string;
  message: string;
}

/** A heading and the text under it (up to the next heading); the first has no heading. */
export interface RenderedSection {
  id: string | null;
  heading: string;
  /** Heading level (2 for `##`); 0 for the intro before the first heading. */
  depth: number;
  text: string;
}

/** A slice of the body HTML, led by a `##` or `###` heading (the first may have none). */
export interface RenderedPart {
  id: string | null;
  /** The part's `##`/`###` heading; "" for the part before the first heading. */
  headingHtml: string;
  /** Everything under the heading, up to the next `##`/`###`. */
  bodyHtml: string;
}

export interface RenderedMarkdown {
  html: string;
  /** The same HTML, split at each `##`/`###` heading. */
  parts: RenderedPart[];
  /** `##` and `###` headings in document order: the table of contents. */
  headings: RenderedHeading[];
  /** Every id a heading got, at any depth, so anchors can be checked. */
  headingIds: string[];
  /** Old heading ids that still lead to a heading (the article's `anchors` aliases that resolved). */
  anchorAliases: string[];
  /** Every link that survived sanitizing, so internal links can be checked. */
  links: RenderedLink[];
  /** The body of the `## Still stuck?` section, taken out so the page footer can show it; "" when absent. */
  stillStuckHtml: string;
  /** Readable text by section, for search and previews. */
  sections: RenderedSection[];
  /** Problems found while rendering (a malformed pinned id, an `#` heading), with body lines. */
  issues: RenderIssue[];
  /** Where the Markdown export edits the body, from this same parse. */
  exportSites: ExportSites;
}

/** Where the Markdown export edits the body: see plugins/collect-export-sites.ts. Offsets into the body. */
export interface ExportSites {
  /** Every heading: its line, depth, where it starts, where its text runs, and whether it holds a link. */
  headings: { line: number; depth: number; start: number; first: number; last: number; hasLink: boolean }[];
  /** Every link and link definition: its destination as written and where the node runs. */
  links: { url: string; start: number; end: number }[];
}

/** Data the plugins leave on the vfile for `renderMarkdown` to collect. */
export interface RenderData {
  exportSites?: ExportSites;
  headings?: RenderedHeading[];
  headingIds?: string[];
  links?: RenderedLink[];
  stillStuck?: import("hast").Root;
  sections?: RenderedSection[];
  anchorAliases?: string[];
  parts?: { id: string | null; children: import("hast").RootContent[] }[];
  issues?: RenderIssue[];
}
