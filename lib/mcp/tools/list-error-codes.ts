import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { errorCatalogueJson } from "../../content/error-catalogue-json";
import { guarded, jsonResult, READ_ONLY } from "../results";
import type { HelpCenterSource } from "../source";

export function registerListErrorCodes(server: McpServer, source: HelpCenterSource): void {
  server.registerTool(
    "list_error_codes",
    {
      title: "List the error codes",
      description:
        "The platform's error catalogue, the same as /errors.json: every HTTP status and platform error code (such as rate_limit_exceeded or invalid_api_key) with its name, one-line meaning, " +
        "the HTTP status it comes with, its page, and the articles that fix it with the step to start with. Use it to explain a code; use diagnose_error for a whole error message.",
      inputSchema: {},
      annotations: READ_ONLY,
    },
    guarded(async () => jsonResult(errorCatalogueJson(await source.site()))),
  );
}
