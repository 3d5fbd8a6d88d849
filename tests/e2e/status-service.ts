import { expect, type APIRequestContext } from "@playwright/test";
import type { StatusReport } from "@/lib/status/report";
import { FAKE_STATUS_URL } from "./status-ports";

export const readReport = async (request: APIRequestContext): Promise<StatusReport> => (await (await request.get("/api/status")).json()) as StatusReport;

/**
 * Switches what the fake status service answers, then waits until `/api/status` tells the new
 * story (the e2e server caches for 0 ms, so that is its next answer): a good scenario once it was
 * fetched after the switch, a fault once the server has given up on it and kept the last good one.
 */
export async function useScenario(request: APIRequestContext, scenario: string, options: { delayMs?: number } = {}) {
  const switched = Date.now();
  const response = await request.post(`${FAKE_STATUS_URL}/admin/scenario/${scenario}?delay=${options.delayMs ?? 0}`);
  expect(response.status()).toBe(204);
  const fault = !["healthy", "degraded", "incident", "maintenance", "resolved", "hostile"].includes(scenario);
  await expect
    .poll(async () => {
      const report = await readReport(request);
      return fault ? report.state === "stale" : report.state === "current" && report.asOf !== null && Date.parse(report.asOf) >= switched;
    }, { message: `/api/status never reflected the "${scenario}" scenario`, timeout: 15_000 })
    .toBe(true);
}

/**
 * A feed time as the pages write it, computed here independently of the portal's formatter:
 * "14:02 UTC" today, "1 Dec 00:31 UTC" another day (the fake feed's times are minutes to hours
 * from now, so late in the UTC day they fall on tomorrow, and just after midnight on yesterday).
 */
export function utcTime(iso: string, now = new Date()): string {
  const clock = `${iso.slice(11, 16)} UTC`;
  if (iso.slice(0, 10) === now.toISOString().slice(0, 10)) return clock;
  const day = new Date(iso).toLocaleDateString("en-GB", { timeZone: "UTC", day: "numeric", month: "short" });
  return `${day} ${clock}`;
}
