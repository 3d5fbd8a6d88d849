/**
 * The client's address, for the in-memory rate limit only (never stored or logged).
 *
 * `next start` fills `X-Forwarded-For` with the socket's peer address when the request has none.
 * Behind N proxies that each append the address they saw (the usual load balancer or CDN), the
 * client is the Nth entry from the right; entries further left were written by the client and
 * cannot be trusted. `HELP_TRUSTED_PROXIES` is N (default 0: `next start` faces the clients).
 * With 0 or 1 the last entry is used. A client talking to `next start` directly can forge the
 * header and so dodge its limit: run production behind a proxy and set the count.
 */
export function clientIp(headers: Headers, trustedProxies = Number(process.env.HELP_TRUSTED_PROXIES ?? 0)): string {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return "unknown";
  const hops = Number.isInteger(trustedProxies) && trustedProxies > 1 ? trustedProxies : 1;
  return entries[Math.max(0, entries.length - hops)]!;
}
