/**
 * Events come only from the portal's own pages. Browsers say where a request comes from:
 * `Sec-Fetch-Site` (every current browser) and `Origin` (on every POST). A request is accepted
 * when `Sec-Fetch-Site` is `same-origin`, or, from a browser that sends no `Sec-Fetch-Site`, when
 * `Origin` is this site: the host the request was sent to (`X-Forwarded-Host` behind a proxy) or
 * `SITE_URL`'s. A request with neither header is not from a page, and is refused.
 */
export function isSameOrigin(headers: Headers, siteUrl = process.env.SITE_URL): boolean {
  const site = headers.get("sec-fetch-site");
  if (site) return site === "same-origin";
  const origin = headers.get("origin");
  if (!origin || origin === "null") return false;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  const own = [headers.get("x-forwarded-host"), headers.get("host")].flatMap((value) => (value ? value.split(",")[0]!.trim() : []));
  if (siteUrl) {
    try {
      own.push(new URL(siteUrl).host);
    } catch {
      // A malformed SITE_URL adds nothing.
    }
  }
  return own.includes(host);
}
