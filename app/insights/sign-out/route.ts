import { NextResponse } from "next/server";
import { staffAuth } from "@/lib/auth/config";
import { isHttps, SESSION_COOKIE, sessionCookieOptions } from "@/lib/auth/cookie";
import { PRIVATE_HEADERS, privateJson } from "@/lib/auth/guard";
import { SIGN_IN_PATH } from "@/lib/auth/next-path";
import { isSameOrigin } from "@/lib/events/http/same-origin";

/**
 * POST /insights/sign-out (the "Sign out" button, a plain form): deletes the session cookie and
 * goes to the sign-in page. The token itself stays valid until it expires; the browser no longer
 * has it. (Ending every session at once: change the password or HELP_SESSION_SECRET.)
 */
export async function POST(request: Request): Promise<Response> {
  if (!staffAuth()) return privateJson(404, { error: "not found" });
  if (!isSameOrigin(request.headers)) return privateJson(403, { error: "sign out from this site's pages" });
  const response = new NextResponse(null, { status: 303, headers: { ...PRIVATE_HEADERS, Location: `${SIGN_IN_PATH}?signed-out=1` } });
  response.cookies.set(SESSION_COOKIE, "", sessionCookieOptions(isHttps(request.url, request.headers), 0));
  return response;
}
