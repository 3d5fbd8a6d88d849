/**
 * Standard reason phrases (RFC 9110 and common extensions). A number counts as a status when it is
 * followed by its own phrase ("429 Too Many Requests"), so the table doubles as evidence.
 * Older names are kept because servers and SDKs still send them ("413 Payload Too Large").
 */
const PHRASES: Record<number, readonly string[]> = {
  100: ["Continue"],
  101: ["Switching Protocols"],
  200: ["OK"],
  201: ["Created"],
  202: ["Accepted"],
  204: ["No Content"],
  301: ["Moved Permanently"],
  302: ["Found"],
  304: ["Not Modified"],
  307: ["Temporary Redirect"],
  308: ["Permanent Redirect"],
  400: ["Bad Request"],
  401: ["Unauthorized"],
  402: ["Payment Required"],
  403: ["Forbidden"],
  404: ["Not Found"],
  405: ["Method Not Allowed"],
  406: ["Not Acceptable"],
  407: ["Proxy Authentication Required"],
  408: ["Request Timeout", "Request Time-out"],
  409: ["Conflict"],
  410: ["Gone"],
  411: ["Length Required"],
  412: ["Precondition Failed"],
  413: ["Content Too Large", "Payload Too Large", "Request Entity Too Large"],
  414: ["URI Too Long"],
  415: ["Unsupported Media Type"],
  416: ["Range Not Satisfiable"],
  417: ["Expectation Failed"],
  421: ["Misdirected Request"],
  422: ["Unprocessable Content", "Unprocessable Entity"],
  423: ["Locked"],
  424: ["Failed Dependency"],
  425: ["Too Early"],
  426: ["Upgrade Required"],
  428: ["Precondition Required"],
  429: ["Too Many Requests"],
  431: ["Request Header Fields Too Large"],
  451: ["Unavailable For Legal Reasons"],
  500: ["Internal Server Error"],
  501: ["Not Implemented"],
  502: ["Bad Gateway"],
  503: ["Service Unavailable", "Service Temporarily Unavailable"],
  504: ["Gateway Timeout", "Gateway Time-out"],
  505: ["HTTP Version Not Supported"],
  507: ["Insufficient Storage"],
  508: ["Loop Detected"],
  511: ["Network Authentication Required"],
};

/** Every phrase, for text that must skip them ("401 Unauthorized" is a status, not a sentence). */
export const REASON_PHRASES: readonly string[] = Object.values(PHRASES).flat();

export const isHttpStatus = (value: number) => Number.isInteger(value) && value >= 100 && value <= 599;
export const isErrorStatus = (value: number) => value >= 400 && value <= 599;

/** The current reason phrase, or undefined for a status without a standard one. */
export const reasonPhrase = (status: number): string | undefined => PHRASES[status]?.[0];

/** The status's phrase that `text` starts with (ignoring case and spacing), as written there. */
export function reasonPhraseAt(status: number, text: string): string | undefined {
  const head = text.slice(0, 40).replace(/\s+/g, " ");
  const lowerHead = head.toLowerCase();
  const phrase = PHRASES[status]?.find((candidate) => {
    const lower = candidate.toLowerCase();
    // "Found" must not match "Foundation": the phrase has to end at a word boundary.
    return lowerHead.startsWith(lower) && !/[a-z0-9]/.test(lowerHead.charAt(lower.length));
  });
  return phrase && head.slice(0, phrase.length);
}
