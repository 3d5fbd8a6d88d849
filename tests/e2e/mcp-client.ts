import { randomBytes } from "node:crypto";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";

/**
 * The MCP SDK's own client, over real HTTP to the portal's `/api/mcp`. Each test speaks as its own
 * client address (`X-Forwarded-For`, which `next start` trusts as the client's when no proxy is
 * configured), so the per-client rate limit of one test never slows another.
 */
export const clientAddress = () => `2001:db8::${randomBytes(2).toString("hex")}:${randomBytes(2).toString("hex")}:${randomBytes(2).toString("hex")}`;

export async function mcpClient(baseURL: string, address = clientAddress()): Promise<Client> {
  const client = new Client({ name: "e2e", version: "1.0.0" });
  const transport = new StreamableHTTPClientTransport(new URL("/api/mcp", baseURL), { requestInit: { headers: { "X-Forwarded-For": address } } });
  await client.connect(transport);
  return client;
}

export const toolText = (result: CallToolResult) => result.content.map((part) => (part.type === "text" ? part.text : "")).join("");

export async function callTool(client: Client, name: string, args: Record<string, unknown>): Promise<CallToolResult> {
  return (await client.callTool({ name, arguments: args })) as CallToolResult;
}
