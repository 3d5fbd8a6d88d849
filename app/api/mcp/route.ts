import { handleMcpPost, mcpMethodNotAllowed } from "@/lib/mcp/http";

/**
 * The help center's MCP server (Streamable HTTP, stateless, read-only): search_articles,
 * get_article, diagnose_error, list_error_codes, and each article as a resource. Everything is in
 * lib/mcp; see README, "Use it from your assistant".
 */
export const POST = (request: Request) => handleMcpPost(request);
export const GET = () => mcpMethodNotAllowed();
export const DELETE = () => mcpMethodNotAllowed();
