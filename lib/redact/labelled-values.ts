import { isPlaceholder, looksLikeCredential, MASK } from "./mask";

/**
 * Values written beside a label that names a secret, in every notation people paste: HTTP headers
 * (`x-api-key: …`, at a line's start or in its middle), JSON in double or single quotes, Python
 * dict reprs, JS objects (`apiKey: '…'`), logfmt and env files (`AIAAS_API_KEY=…`), query strings
 * (`?api_key=…`), XML, CLI flags (`--api-key …`, `curl -u user:pass`), and bare `Bearer`/`Basic`
 * credentials in prose.
 *
 * Linear: each pattern starts at a literal label, its quantifiers are bounded and never overlap
 * one another, and the value alternatives begin with different characters.
 */

/** Labels matched case-insensitively; `_`, `-` or a space may join the words, and a prefix may come
 * before (`AIAAS_API_KEY`, `x-api-key`, `client_secret`), but no letter or digit. */
const SECRET_NAMES = [
  "api[_ -]?key",
  "api[_-]?token",
  "api[_-]?secret",
  "secret(?:[_-]?(?:access[_-]?)?key)?",
  "access[_-]?key(?:[_-]?id)?",
  "account[_-]?key",
  "private[_-]?key",
  "signing[_-]?key",
  "encryption[_-]?key",
  "subscription[_-]?key",
  "passw(?:or)?d",
  "passphrase",
  "pwd",
  "(?:access|refresh|id|auth|session|security|bearer|csrf|xsrf|oauth)?[_-]?token",
  "session[_-]?id",
  "sessionid",
  "credentials?",
  "connection[_-]?string",
].join("|");

/** Header-like labels whose value is the rest of the line ("Bearer x", several cookies). */
const HEADER_NAMES = "(?:proxy-)?authorization|(?:set-)?cookie";

const SEPARATOR = "\\\\?[\"']?[ \\t]{0,4}(?:=>|->|:=|:|=)[ \\t]{0,4}";
/** A quoted value (the closing quote may be missing in a cut-off log), or a bare token. */
const QUOTED = `"(?:[^"\\\\\\n]|\\\\.){1,4096}"?|'(?:[^'\\\\\\n]|\\\\.){1,4096}'?|\\\\"[^"\\\\\\n]{1,4096}|\`[^\`\\n]{1,4096}\`?`;
const BARE = "[^\\s\"'`,;&}\\])<>]{1,4096}";
const REST_OF_LINE = "[^\\n\"'`\\\\]{1,4096}";

const HEADER = new RegExp(`(?<![A-Za-z0-9-])(?:${HEADER_NAMES})${SEPARATOR}(?:${QUOTED}|${REST_OF_LINE})`, "gi");
const LABELLED = new RegExp(`(?<![A-Za-z0-9])(?:${SECRET_NAMES})${SEPARATOR}(?:${QUOTED}|${BARE})`, "gi");
const FLAG = new RegExp(`(?<![\\w-])--(?:${SECRET_NAMES})[ \\t=]{1,4}(?:${QUOTED}|${BARE})`, "gi");
const QUERY = new RegExp(`[?&;](?:key|sig|signature|pass|auth|x-amz-signature|x-amz-credential|x-goog-signature)=[^&\\s#"'<>]{1,4096}`, "gi");
const XML = new RegExp(`<(${SECRET_NAMES})>[^<]{1,4096}</`, "gi");
const USER_PASSWORD = new RegExp(`(?<![\\w-])(?:-u|--user)(?:[ \\t]{1,4}|=)["']?[^\\s:"']{1,256}:[^\\s"']{1,4096}`, "g");
// `postgres://user:password@host`, `https://user:token@registry`: the password goes, the user stays.
const URL_PASSWORD = /(?<![a-z0-9+.-])([a-z][a-z0-9+.-]{1,20}:\/\/[^\s:/@"'<>]{1,256}:)[^\s@/"'<>]{1,4096}@/gi;
const BEARER = /(?<![\w-])(?:bearer|basic)(?:[ \t]{1,4}|[ \t]{0,4}:[ \t]{0,4}|%20)[\w.~+/=-]{1,4096}/gi;

/** Where the value starts in a match: right after the label and its separator. */
const VALUE_START = /^[^:=]{0,80}?(?:=>|->|:=|:|=)[ \t]{0,4}/;
const SCHEME = /^(?:bearer|basic|token|digest|apikey|api-key|key|oauth|aws4-hmac-sha256)(?:[ \t]{1,4}|:[ \t]{0,4})/i;

const PASSWORD_LABEL = /pass|pwd/i;

/**
 * Masks the value of `label: value`, keeping the label, the quotes and an auth scheme word. A bare
 * word after a label other than a password's is masked only when it could be a credential: "Invalid
 * token: expired" is prose, `token=4f2a9b` is not.
 */
function maskValue(match: string): string {
  const start = VALUE_START.exec(match)?.[0].length ?? match.length;
  const head = match.slice(0, start);
  let value = match.slice(start);
  const quote = /^(?:\\"|["'`])/.exec(value)?.[0] ?? "";
  value = value.slice(quote.length);
  const closing = quote && value.endsWith(quote) ? quote : "";
  value = value.slice(0, value.length - closing.length);
  const scheme = SCHEME.exec(value)?.[0] ?? "";
  const secret = value.slice(scheme.length);
  if (isPlaceholder(secret)) return match;
  if (!quote && !PASSWORD_LABEL.test(head) && !/[0-9._~+/=-]/.test(secret) && secret.length < 12) return match;
  return `${head}${quote}${scheme}${MASK}${closing}`;
}

function maskFlag(match: string): string {
  const name = /^--[\w-]{1,64}[ \t=]{1,4}/.exec(match)?.[0] ?? "";
  return isPlaceholder(match.slice(name.length).replace(/^["'`]|["'`]$/g, "")) ? match : `${name}${MASK}`;
}

function maskAfterFirst(match: string, separator: string): string {
  const at = match.indexOf(separator);
  return isPlaceholder(match.slice(at + 1)) ? match : `${match.slice(0, at + 1)}${MASK}`;
}

function maskBearer(match: string, offset: number, text: string): string {
  const token = /[\w.~+/=-]{1,4096}$/.exec(match)?.[0] ?? "";
  // `Bearer sk_live_…redacted`: a shape pattern masked it already, keeping the key's kind.
  const masked = text.startsWith(MASK, offset + match.length);
  return !masked && looksLikeCredential(token) ? `${match.slice(0, match.length - token.length)}${MASK}` : match;
}

export function maskLabelledValues(text: string): string {
  return text
    .replace(HEADER, maskValue)
    .replace(LABELLED, maskValue)
    .replace(FLAG, maskFlag)
    .replace(QUERY, (match) => maskAfterFirst(match, "="))
    .replace(XML, (match, name: string) => `<${name}>${MASK}</`)
    .replace(USER_PASSWORD, (match) => maskAfterFirst(match, ":"))
    .replace(URL_PASSWORD, (match, head: string) => (isPlaceholder(match.slice(head.length, -1)) ? match : `${head}${MASK}@`))
    .replace(BEARER, maskBearer);
}
