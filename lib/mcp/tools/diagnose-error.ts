import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { z } from "zod";
import type { ArticleMeta, Content } from "../../content/types";
import { articleSection } from "../../markdown-export/article-markdown";
import { pasteCatalogue, type PasteCatalogue } from "../../paste/catalogue";
import { readPaste, type PasteSuggestion } from "../../paste/read-paste";
import { redactSecrets } from "../../redact";
import { absoluteUrl } from "../../site";
import { MCP_LIMITS } from "../limits";
import { guarded, jsonResult, READ_ONLY } from "../results";
import type { HelpCenterSource } from "../source";
import { knownIncidents } from "./known-incidents";

const input = {
  text: z
    .string()
    .min(1)
    .max(MCP_LIMITS.pasteChars)
    .describe(
      "The error exactly as the person saw it: an HTTP status line, a JSON error body, response headers, a stack trace, a log line, or a sentence describing it. " +
        `Up to ${MCP_LIMITS.pasteChars.toLocaleString("en")} characters. API keys and tokens in it are masked before anything is echoed back; nothing is stored.`,
    ),
};

// The catalogue is derived from the site; one per site object (a new build, or an edit under `next dev`).
const catalogues = new WeakMap<Content<ArticleMeta>, PasteCatalogue>();

export function registerDiagnoseError(server: McpServer, source: HelpCenterSource): void {
  server.registerTool(
    "diagnose_error",
    {
      title: "Diagnose a pasted error",
      description:
        "Reads a pasted error the way the help center's paste box does: recognizes HTTP statuses, platform error codes (rate_limit_exceeded, invalid_api_key…), Retry-After and rate-limit headers, and request ids, " +
        "then names the articles that fix it, best first, each with the solution step to start with, and includes that first step's text. " +
        "knownIncidents lists open incidents on the platform that concern these codes: when there is one, say the error may be on the platform's side. " +
        "When nothing is recognized it falls back to a search on the error's message. Use this before search_articles whenever the person pasted an error.",
      inputSchema: input,
      annotations: READ_ONLY,
    },
    guarded(async ({ text }) => {
      const site = await source.site();
      let catalogue = catalogues.get(site);
      if (!catalogue) catalogues.set(site, (catalogue = pasteCatalogue(site)));
      const reading = readPaste(text, catalogue);
      const best = reading.suggestions[0];
      return jsonResult({
        recognized: reading.labels,
        statuses: reading.statuses,
        // A JSON `code` is echoed only when it looks like a code and nothing in it is a secret.
        codes: reading.codes.filter((code) => code.length <= 64 && redactSecrets(code) === code).slice(0, 10),
        retryAfterSeconds: reading.retryAfterSeconds ?? null,
        requestIds: reading.pasted.requestIds,
        message: reading.pasted.message ?? null,
        truncated: reading.truncated,
        articles: reading.suggestions.map((suggestion) => ({
          slug: suggestion.slug,
          title: suggestion.title,
          url: absoluteUrl(suggestion.url),
          startWith: suggestion.step ?? null,
          why: suggestion.reason,
        })),
        firstStep: best ? await firstStep(source, best) : null,
        // An open incident on what these codes concern: the person may need to wait, not fix anything.
        knownIncidents: knownIncidents(await source.status(), [...reading.codes, ...reading.statuses]),
        ...(best ? {} : { searchResults: await searchFallback(source, reading.searchText) }),
      });
    }),
  );
}

/** The step to start with, as Markdown, so one call gives the model the fix itself. */
async function firstStep(source: HelpCenterSource, suggestion: PasteSuggestion) {
  const id = suggestion.url.split("#")[1];
  const article = await source.article(suggestion.slug);
  const markdown = article && id ? articleSection(article, id) : undefined;
  if (!markdown) return null;
  return { article: suggestion.title, title: suggestion.step ?? null, url: absoluteUrl(suggestion.url), markdown };
}

async function searchFallback(source: HelpCenterSource, words: string) {
  const results = words ? await source.search(words, MCP_LIMITS.defaultResults) : [];
  return results.map(({ slug, title, summary, url }) => ({ slug, title, summary, url: absoluteUrl(url) }));
}
