import { randomUUID } from "node:crypto";

/**
 * Opens a freshly started server's event store with one event, as any running portal has: the
 * first event after a start opens it (with PGlite, a few seconds of the server's only thread),
 * which a measurement of page speed must not catch.
 */
export async function warmEventStore(url: string): Promise<void> {
  const event = { type: "view", id: randomUUID(), session: randomUUID(), article: "rate-limit-exceeded" };
  const response = await fetch(`${url}/api/events`, { method: "POST", headers: { "content-type": "application/json", origin: url }, body: JSON.stringify(event) });
  if (!response.ok) throw new Error(`warming the event store: HTTP ${response.status}`);
}
