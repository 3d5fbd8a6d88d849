import type { NextRequest } from "next/server";
import { PRIVATE_HEADERS, privateJson, refuseUnlessStaff } from "@/lib/auth/guard";
import { StoreUnavailableError } from "@/lib/events/shared-store";
import { toCsv } from "@/lib/insights/csv";
import { readTables } from "@/lib/insights/read";
import { findTable, TABLES } from "@/lib/insights/tables";
import { parseWindow } from "@/lib/insights/window";

/**
 * GET /api/insights/<table>?days=7|30|90 → `{ table, title, days, since, through, rows }` (the rows'
 * shapes are in the README), and /api/insights/<table>.csv → the same table as the page shows it,
 * as a CSV download. Signed-in staff only: 401 JSON otherwise, 404 while insights are off.
 */
export async function GET(request: NextRequest, props: RouteContext<"/api/insights/[table]">): Promise<Response> {
  const refusal = await refuseUnlessStaff();
  if (refusal) return refusal;
  const { table: name } = await props.params;
  const csv = name.endsWith(".csv");
  const table = findTable(csv ? name.slice(0, -4) : name);
  if (!table) return privateJson(404, { error: "no such table", tables: TABLES.map((known) => known.name) });
  const window = parseWindow(request.nextUrl.searchParams.get("days"));
  if (!window) return privateJson(400, { error: "days must be 7, 30 or 90", field: "days" });
  let rows: unknown[];
  try {
    [rows] = await readTables([table], window);
  } catch (error) {
    if (!(error instanceof StoreUnavailableError)) throw error;
    return Response.json({ error: "the event store is unavailable, try again later" }, { status: 503, headers: { ...PRIVATE_HEADERS, "Retry-After": "30" } });
  }
  if (!csv) return privateJson(200, { table: table.name, title: table.title, days: window.days, since: window.since, through: window.through, rows });
  const body = toCsv(
    table.columns.map((column) => column.header),
    rows.map((row) => table.columns.map((column) => column.value(row))),
  );
  return new Response(body, {
    headers: {
      ...PRIVATE_HEADERS,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="insights-${table.name}-${window.days}d-${window.through}.csv"`,
    },
  });
}
