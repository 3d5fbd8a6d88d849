/** The event endpoints' answers: JSON, never cached, never a page or a stack trace. */
const NO_STORE = { "Cache-Control": "no-store" };

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { ...NO_STORE, ...headers } });

export const recorded = () => json(201, { recorded: true });
export const notRecorded = () => json(200, { recorded: false, reason: "Do Not Track or Global Privacy Control is on" });
export const invalid = (field: string, message: string) => json(400, { error: "invalid event", field, message });
export const forbidden = () => json(403, { error: "events are accepted from this site's pages only" });
export const tooLarge = (max: number) => json(413, { error: "body too large", field: "body", message: `at most ${max} bytes` });
export const unsupported = () => json(415, { error: "unsupported content type", field: "body", message: "send JSON" });
export const tooMany = (seconds: number) => json(429, { error: "too many events, slow down" }, { "Retry-After": String(seconds) });
export const unavailable = (seconds: number) => json(503, { error: "the event store is unavailable, try again later" }, { "Retry-After": String(seconds) });
