/**
 * The service-status e2e project runs its own `next start` (E2E_PORT + 4) pointed at the fake
 * status service (E2E_PORT + 5, or E2E_STATUS_FAKE_PORT), so the portal's other tests never see
 * an incident. (E2E_PORT + 2 and + 3 belong to the event store's durability tests.)
 * playwright.config.ts and the specs both read these.
 */
const base = Number(process.env.E2E_PORT ?? 3100);

export const STATUS_SITE_URL = `http://127.0.0.1:${base + 4}`;
export const FAKE_STATUS_PORT = Number(process.env.E2E_STATUS_FAKE_PORT ?? base + 5);
export const FAKE_STATUS_URL = `http://127.0.0.1:${FAKE_STATUS_PORT}`;
