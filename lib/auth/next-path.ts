/** Where sign-in leads back to: an insights page of this site, nothing else (no open redirect). */
export const INSIGHTS_HOME = "/insights";
export const SIGN_IN_PATH = "/insights/sign-in";

export function safeNextPath(raw: string | null | undefined): string {
  if (!raw || raw.length > 300) return INSIGHTS_HOME;
  let url: URL;
  try {
    // A made-up origin: anything that would leave it (`//evil`, `https://evil`, `/\evil`) is refused.
    url = new URL(raw, "http://insights.invalid");
  } catch {
    return INSIGHTS_HOME;
  }
  if (url.origin !== "http://insights.invalid" || !raw.startsWith("/") || raw.startsWith("//") || raw.includes("\\")) return INSIGHTS_HOME;
  if (url.pathname !== INSIGHTS_HOME && !url.pathname.startsWith(`${INSIGHTS_HOME}/`)) return INSIGHTS_HOME;
  if (url.pathname.startsWith(SIGN_IN_PATH)) return INSIGHTS_HOME;
  return `${url.pathname}${url.search}`;
}

/** The sign-in page, with the way back. */
export function signInPath(next: string, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams({ ...extra, next: safeNextPath(next) });
  return `${SIGN_IN_PATH}?${params.toString()}`;
}
