import { NextResponse } from "next/server";
import { staffAuth } from "@/lib/auth/config";
import { isHttps, SESSION_COOKIE, sessionCookieOptions } from "@/lib/auth/cookie";
import { PRIVATE_HEADERS, privateJson } from "@/lib/auth/guard";
import { safeNextPath, signInPath } from "@/lib/auth/next-path";
import { attemptSignIn } from "@/lib/auth/sign-in";
import { readLimitedText } from "@/lib/events/http/body";
import { clientIp } from "@/lib/events/http/client-ip";
import { isSameOrigin } from "@/lib/events/http/same-origin";

/**
 * POST /api/insights/session: staff sign-in. The sign-in form posts here as a plain HTML form
 * (answered with 303 redirects, so it works without JavaScript) or, once its script has loaded,
 * as JSON `{ password, next }` (answered 200 / 401 / 429 JSON). Same-origin only: another site
 * cannot sign a browser in (or out).
 */
export async function POST(request: Request): Promise<Response> {
  const auth = staffAuth();
  if (!auth) return privateJson(404, { error: "not found" });
  if (!isSameOrigin(request.headers)) return privateJson(403, { error: "sign in from this site's sign-in page" });
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() ?? "";
  const asJson = type === "application/json";
  if (!asJson && type !== "application/x-www-form-urlencoded") return privateJson(415, { error: "send a form or JSON" });
  const text = await readLimitedText(request);
  if (text === null) return privateJson(413, { error: "body too large" });
  const fields = asJson ? jsonFields(text) : new URLSearchParams(text);
  if (!fields) return privateJson(400, { error: "not a JSON object", field: "body" });
  const password = fields.get("password");
  const rawNext = fields.get("next");
  const next = safeNextPath(typeof rawNext === "string" ? rawNext : null);
  if (typeof password !== "string" || password === "") {
    return asJson ? privateJson(400, { error: "password is required", field: "password" }) : redirect(signInPath(next, { error: "missing" }));
  }
  const outcome = await attemptSignIn(auth, password, clientIp(request.headers));
  if (!outcome.ok && outcome.reason === "too-many") {
    const headers = { "Retry-After": String(outcome.retryAfter) };
    return asJson
      ? Response.json({ error: "too many sign-in attempts", retryAfter: outcome.retryAfter }, { status: 429, headers: { ...PRIVATE_HEADERS, ...headers } })
      : redirect(signInPath(next, { error: "too-many", wait: String(outcome.retryAfter) }));
  }
  if (!outcome.ok) return asJson ? privateJson(401, { error: "wrong password" }) : redirect(signInPath(next, { error: "wrong" }));
  const response = asJson ? NextResponse.json({ signedIn: true, next }, { headers: PRIVATE_HEADERS }) : redirect(next);
  response.cookies.set(SESSION_COOKIE, outcome.token, sessionCookieOptions(isHttps(request.url, request.headers)));
  return response;
}

const redirect = (location: string) => new NextResponse(null, { status: 303, headers: { ...PRIVATE_HEADERS, Location: location } });

function jsonFields(text: string): Map<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" && !Array.isArray(value) ? new Map(Object.entries(value)) : null;
  } catch {
    return null;
  }
}
