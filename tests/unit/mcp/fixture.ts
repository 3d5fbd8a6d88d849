import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { loadContent } from "@/lib/content/load";
import type { HelpCenterSource } from "@/lib/mcp/source";
import { buildContentIndex } from "@/lib/search/content-index";
import { Searcher } from "@/lib/search/searcher";
import type { StatusReport } from "@/lib/status/report";

/** The MCP unit tests' source: the bundled content, its search, and a status report the tests set. */
export const { content } = loadContent();
const searcher = new Searcher(buildContentIndex(content));

/** A status report with one open incident on "API", the component that 503 belongs to. */
export const incident: StatusReport = {
  version: 1,
  source: "feed",
  state: "current",
  asOf: "2026-11-30T10:00:00Z",
  problem: null,
  indicator: "major",
  statusPage: "https://status.aiaas.example",
  components: [{ name: "API", description: null, status: "partial_outage", articles: [], codes: ["503", "service_unavailable"] }],
  incidents: [
    {
      id: "i1",
      name: "Elevated error rates on the API",
      status: "identified",
      impact: "major",
      url: "https://status.aiaas.example/incidents/i1",
      startedAt: "2026-11-30T09:40:00Z",
      components: ["API"],
      updates: [{ status: "identified", body: "A faulty deploy; rolling back.", at: "2026-11-30T09:52:00Z" }],
    },
  ],
  maintenances: [],
};
export const allClear: StatusReport = { ...incident, incidents: [], indicator: "none" };

export const status = { report: allClear };

export const source: HelpCenterSource = {
  site: async () => content,
  article: async (slug) => content.articles.find((article) => article.slug === slug),
  search: async (query, limit) => searcher.search(query, limit),
  status: async () => status.report,
};

export const text = (result: CallToolResult) => result.content.map((part) => (part.type === "text" ? part.text : "")).join("");
