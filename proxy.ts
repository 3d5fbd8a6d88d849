import { NextResponse, type NextRequest } from "next/server";
import type { ContentRedirect } from "./lib/content/redirect-map";
import { normalizePath } from "./lib/routes";
import { zendeskRedirects } from "./lib/redirects/zendesk";
import { securityHeaders } from "./lib/security-headers";
import { isDecodable } from "./lib/url-decode";

/** `redirectFrom` path → article URL, computed from content at build time (see next.config.ts). */
const redirectList = JSON.parse(process.env.HELP_REDIRECTS ?? "[]") as ContentRedirect[];
const redirects = new Map(redirectList.map(({ source, destination }) => [source, destination]));
/** Imported Zendesk articles answer their old URLs by id, whatever title words follow it. */
const zendeskRedirect = zendeskRedirects(redirectList);

/**
 * Answers an article's earlier paths with a permanent redirect (308) to where it lives now. The
 * browser re-applies any #anchor, so deep links to steps survive renames. Everything else passes
 * through untouched.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  // `/articles/%` or `/errors/%C0%AF`: Next.js fails to decode the route param and answers a bare
  // 500 without our headers. No page has such a path, so answer the 404 page, with the headers.
  if (!isDecodable(pathname)) return withSecurityHeaders(NextResponse.rewrite(new URL(MALFORMED_PATH, request.url), { status: 404 }));
  const path = normalizePath(pathname);
  // One URL per page: `/articles/x/` → `/articles/x` (Next's own redirect would skip our headers).
  const destination = redirects.get(path) ?? zendeskRedirect(path) ?? (path !== pathname ? path : undefined);
  if (!destination) return NextResponse.next();
  return withSecurityHeaders(NextResponse.redirect(new URL(destination + search, request.url), 308));
}

/** A path no route serves and every character of which decodes: Next.js renders the 404 page for it. */
const MALFORMED_PATH = "/not-found/malformed-url";

function withSecurityHeaders(response: NextResponse): NextResponse {
  for (const { key, value } of securityHeaders) response.headers.set(key, value);
  return response;
}

export const config = {
  // Static assets never redirect; skip them.
  matcher: ["/((?!_next/static|_next/image|icon.svg|favicon.ico).*)"],
};
