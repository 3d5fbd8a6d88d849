import "server-only";
import { getStatusBake } from "../artifacts";
import { site } from "../site";
import { statusConfig } from "./config";
import { buildReport, type StatusReport } from "./report";
import { createStatusSource } from "./source";

type StatusSource = ReturnType<typeof createStatusSource>;

// One per process, kept on globalThis: Next bundles the page and the route handler separately,
// and each bundle would otherwise get its own module copy, cache and fetch cadence.
const KEY = Symbol.for("help-center.status-source");
const holder = globalThis as typeof globalThis & { [KEY]?: StatusSource };

/**
 * The platform's status for `/api/status` and `/status`. Never throws: whatever goes wrong, the
 * answer is a report that says it knows nothing ("unavailable"), never an error page.
 */
export async function getServiceStatus(): Promise<StatusReport> {
  try {
    if (!holder[KEY]) {
      const bake = await getStatusBake();
      holder[KEY] ??= createStatusSource({ config: statusConfig(), bake, statusPage: site.statusPageUrl });
    }
    return await holder[KEY].get();
  } catch (error) {
    console.error("status: could not build a report", error);
    return buildReport({ source: "feed", feed: null, mapped: [], state: "unavailable", asOf: null, problem: "internal", statusPage: site.statusPageUrl, now: new Date() });
  }
}
