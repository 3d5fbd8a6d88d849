/**
 * Secrets people paste along with an error: API keys, bearer tokens, cookies. They are masked
 * before anything is shown again or put into a support request, so a copied request never
 * carries a live key.
 */
const SECRET_PATTERNS: [RegExp, string][] = [
  [/\b(sk_(?:live|test)_)[A-Za-z0-9]{4,}/g, "$1…redacted"],
  [/\b(Bearer\s+)[A-Za-z0-9._~+/=-]{8,}/gi, "$1…redacted"],
  [/^(\s*[<>]?\s*(?:authorization|x-api-key|api-key|cookie|set-cookie)\s*:\s*).+$/gim, "$1…redacted"],
  [/("(?:api_?key|apiKey|authorization|password|secret|token)"\s*:\s*")[^"]{4,}"/gi, '$1…redacted"'],
];

export function redactSecrets(text: string): string {
  return SECRET_PATTERNS.reduce((current, [pattern, replacement]) => current.replace(pattern, replacement), text);
}
