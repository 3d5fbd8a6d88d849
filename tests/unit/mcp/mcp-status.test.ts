import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { describe, expect, it, vi } from "vitest";
import { createMcpServer } from "@/lib/mcp/server";
import type { HelpCenterSource } from "@/lib/mcp/source";
import { allClear, incident, source, status, text } from "./fixture";

/** The MCP server with the live status, and when its own data fails. */
async function connect(from: HelpCenterSource): Promise<Client> {
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await createMcpServer(from).connect(serverSide);
  const client = new Client({ name: "unit", version: "0" });
  await client.connect(clientSide);
  return client;
}

const call = async (client: Client, name: string, args: Record<string, unknown>) => (await client.callTool({ name, arguments: args })) as CallToolResult;

describe("diagnose_error and the service status", () => {
  it("names an open incident on what the error concerns, and only then", async () => {
    const client = await connect(source);
    const knownIncidents = async (paste: string) => ((await call(client, "diagnose_error", { text: paste })).structuredContent as { knownIncidents: { name: string; url: string }[] }).knownIncidents;
    expect(await knownIncidents("HTTP/1.1 503 Service Unavailable")).toEqual([]);
    status.report = incident;
    try {
      expect(await knownIncidents("HTTP/1.1 503 Service Unavailable")).toEqual([
        expect.objectContaining({ name: "Elevated error rates on the API", since: "2026-11-30T09:52:00Z", url: "https://status.aiaas.example/incidents/i1" }),
      ]);
      expect(await knownIncidents("HTTP/1.1 401 Unauthorized")).toEqual([]);
    } finally {
      status.report = allClear;
    }
  });
});

describe("when the server itself fails", () => {
  it("answers a plain tool error, never the exception's message (it may name server paths)", async () => {
    const broken: HelpCenterSource = {
      site: async () => Promise.reject(new Error("The content build artifacts in /srv/app/.next-content are missing.")),
      article: async () => Promise.reject(new Error("EACCES /srv/app/.next-content/articles/x.json")),
      search: async () => Promise.reject(new Error("boom at /srv/app/lib/search/searcher.ts:12")),
      status: async () => Promise.reject(new Error("never")),
    };
    const failing = await connect(broken);
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      for (const [name, args] of [
        ["search_articles", { query: "429" }],
        ["get_article", { slug: "x" }],
        ["diagnose_error", { text: "429" }],
        ["list_error_codes", {}],
      ] as const) {
        const result = (await failing.callTool({ name, arguments: args })) as CallToolResult;
        expect(result.isError, name).toBe(true);
        expect(text(result)).toBe("The help center could not answer this just now. Try again in a minute.");
      }
      expect(logged).toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
  });
});
