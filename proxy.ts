import { NextResponse, type NextRequest } from "next/server";
import { isPrivatePath, PRIVATE_HEADERS } from "./lib/auth/private-headers";
import { isSymptomSlug } from "./lib/artifacts/symptom-slugs";
import type { ContentRedirect } from "./lib/content/redirect-map";
import { normalizePath, NOT_FOUND_HEADER } from "./lib/routes";
import { zendeskRedirects } from "./lib/redirects/zendesk";
import { securityHeaders } from "./lib/security-headers";
import { isDecodable, safeDecode } from "./lib/url-decode";

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
export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  // `/articles/%` or `/errors/%C0%AF`: Next.js fails to decode the route param and answers a bare
  // 500 without our headers. No page has such a path, so answer the 404 page, with the headers.
  if (!isDecodable(pathname)) return notFoundPage(request);
  const path = normalizePath(pathname);
  // The Markdown route's own name: its one public URL is `/articles/<slug>.md` (next.config.ts).
  if (path.startsWith(MARKDOWN_ROUTE)) return notFoundPage(request);
  // One URL per page: `/articles/x/` → `/articles/x` (Next's own redirect would skip our headers).
  const destination = redirects.get(path) ?? markdownRedirect(path) ?? zendeskRedirect(path) ?? (path !== pathname ? path : undefined);
  if (destination) return withSecurityHeaders(NextResponse.redirect(new URL(destination + search, request.url), 308));
  if (await isUnknownSymptom(path)) return notFoundPage(request);
  // Only this proxy marks a request for the 404 page: a marked request from outside could get a
  // known page's URL a 404 in a cache, so the mark is removed.
  const next = request.headers.has(NOT_FOUND_HEADER) ? NextResponse.next({ request: { headers: withNotFoundMark(request, false) } }) : NextResponse.next();
  return isPrivatePath(path) ? withPrivateHeaders(next) : next;
}

const SYMPTOM_PAGE = /^\/symptoms\/([^/]+)$/;

/** The request's headers with the 404 mark set or removed (see lib/routes.ts). */
function withNotFoundMark(request: NextRequest, marked: boolean): Headers {
  const headers = new Headers(request.headers);
  if (marked) headers.set(NOT_FOUND_HEADER, "1");
  else headers.delete(NOT_FOUND_HEADER);
  return headers;
}

/**
 * `/symptoms/<slug>` for a slug no article lists. A large site renders its rarer symptom pages on
 * request, where Next 16 answers `notFound()` with a blank shell (see lib/artifacts/symptom-slugs.ts),
 * so such a request gets the 404 page before the route.
 */
async function isUnknownSymptom(path: string): Promise<boolean> {
  const slug = SYMPTOM_PAGE.exec(path)?.[1];
  return slug !== undefined && !(await isSymptomSlug(safeDecode(slug)));
}

const MARKDOWN_ROUTE = "/markdown/";

/**
 * A renamed article's Markdown follows it: `/articles/old.md` → `/articles/new.md`. So the `.md`
 * URLs need no lines of their own in the published-URL lock: each resolves exactly when its
 * article's URL does (see lib/content/url-lock.ts).
 */
function markdownRedirect(path: string): string | undefined {
  if (!path.endsWith(".md")) return undefined;
  const target = redirects.get(path.slice(0, -3));
  return target && `${target}.md`;
}

/**
 * The 404 page, with its status and our headers, whatever the path asked for: the request is marked,
 * and next.config.ts rewrites a marked request to a path no route serves (see lib/routes.ts for why
 * the rewrite is not made here).
 */
function notFoundPage(request: NextRequest): NextResponse {
  return withSecurityHeaders(NextResponse.next({ request: { headers: withNotFoundMark(request, true) } }));
}

/** Staff pages: whatever Next.js renders for them (the page, a redirect to sign-in, a 404) is private. */
function withPrivateHeaders(response: NextResponse): NextResponse {
  for (const [key, value] of Object.entries(PRIVATE_HEADERS)) response.headers.set(key, value);
  return response;
}

function withSecurityHeaders(response: NextResponse): NextResponse {
  for (const { key, value } of securityHeaders) response.headers.set(key, value);
  return response;
}

export const config = {
  // Static assets never redirect; skip them.
  matcher: ["/((?!_next/static|_next/image|icon.svg|favicon.ico).*)"],
};
