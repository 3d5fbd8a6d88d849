import { toHtml } from "hast-util-to-html";
import http from "highlight.js/lib/languages/http";
import { common } from "lowlight";
import rehypeAutolinkHeadings from "rehype-autolink-headings";
import rehypeExternalLinks from "rehype-external-links";
import rehypeHighlight from "rehype-highlight";
import rehypeSanitize from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { rehypeAnchorAliases } from "./plugins/anchor-aliases";
import { rehypeCollectHeadings } from "./plugins/collect-headings";
import { rehypeCollectLinks } from "./plugins/collect-links";
import { remarkCollectExportSites } from "./plugins/collect-export-sites";
import { rehypeCollectSections } from "./plugins/collect-sections";
import { rehypeExtractStillStuck } from "./plugins/extract-still-stuck";
import { rehypePinnedHeadingIds } from "./plugins/pinned-heading-ids";
import { rehypeRawWhenPresent } from "./plugins/raw-when-present";
import { rehypeScrollableBlocks } from "./plugins/scrollable-blocks";
import { rehypeSplitParts } from "./plugins/split-parts";
import { rehypeTaskListLabels } from "./plugins/task-list-labels";
import { sanitizeSchema } from "./sanitize-schema";
import { headingAnchor } from "./heading-anchor";
import type { RenderData, RenderedMarkdown } from "./types";

/**
 * The one Markdown pipeline: every page, the search index and the content check use it.
 * Order matters: everything after `rehype-sanitize` is our own trusted output (highlight classes,
 * heading ids, anchor links), so it must come after sanitizing, not before.
 */
function createProcessor(anchorAliases: Readonly<Record<string, string>>) {
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkCollectExportSites)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRawWhenPresent)
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeCollectLinks)
    .use(rehypeHighlight, { languages: { ...common, http }, detect: false })
    .use(rehypePinnedHeadingIds)
    .use(rehypeSlug)
    .use(rehypeTaskListLabels)
    .use(rehypeScrollableBlocks)
    .use(rehypeCollectHeadings)
    .use(rehypeCollectSections)
    .use(rehypeAnchorAliases, anchorAliases)
    .use(rehypeAutolinkHeadings, headingAnchor)
    .use(rehypeExternalLinks, { rel: ["noopener", "noreferrer"] })
    .use(rehypeExtractStillStuck)
    .use(rehypeSplitParts)
    .use(rehypeStringify);
}

const defaultProcessor = createProcessor({});

export interface RenderOptions {
  /** Old heading ids and the current ids they stand for (the article's `anchors` frontmatter). */
  anchorAliases?: Readonly<Record<string, string>>;
}

export function renderMarkdown(markdown: string, options: RenderOptions = {}): RenderedMarkdown {
  const aliases = options.anchorAliases ?? {};
  const processor = Object.keys(aliases).length > 0 ? createProcessor(aliases) : defaultProcessor;
  const file = processor.processSync(markdown);
  const data = file.data as RenderData;
  return {
    html: String(file),
    parts: (data.parts ?? []).map((part) => {
      const [first, ...rest] = part.children;
      const headed = part.id !== null && first !== undefined;
      return {
        id: part.id,
        headingHtml: headed ? toHtml(first) : "",
        bodyHtml: toHtml({ type: "root", children: headed ? rest : part.children }),
      };
    }),
    headings: data.headings ?? [],
    headingIds: data.headingIds ?? [],
    anchorAliases: data.anchorAliases ?? [],
    links: data.links ?? [],
    stillStuckHtml: data.stillStuck ? toHtml(data.stillStuck) : "",
    sections: data.sections ?? [],
    issues: data.issues ?? [],
    exportSites: data.exportSites ?? { headings: [], links: [] },
  };
}
