import type { Column, InsightsTable as TableSpec } from "@/lib/insights/tables";
import type { InsightsWindow } from "@/lib/insights/window";

const number = new Intl.NumberFormat("en-US");

function Cell<Row>({ column, row }: { column: Column<Row>; row: Row }) {
  const value = column.value(row);
  const text = value === null || value === "" ? "—" : column.kind === "percent" ? `${value} %` : typeof value === "number" ? number.format(value) : String(value);
  const href = column.href?.(row);
  return href ? <a href={href}>{text}</a> : <>{text}</>;
}

/**
 * One insights table as HTML: the same columns and values as its CSV and JSON (lib/insights/tables.ts),
 * formatted for reading. Wide tables scroll sideways inside a focusable region, not the page.
 */
export function InsightsTable<Row>({ table, rows, window }: { table: TableSpec<Row>; rows: Row[]; window: InsightsWindow }) {
  const headingId = `table-${table.name}`;
  return (
    <section aria-labelledby={headingId} className="mt-10">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-xl font-semibold">
          {table.title}
        </h2>
        {rows.length > 0 && (
          <a href={`/api/insights/${table.name}.csv?days=${window.days}`} download className="text-sm">
            Download CSV<span className="sr-only">{`: ${table.title}, last ${window.days} days`}</span>
          </a>
        )}
      </div>
      {rows.length === 0 ? (
        <p className="mt-3 rounded-lg border border-dashed border-slate-300 p-4 text-slate-700 dark:border-slate-700 dark:text-slate-300">
          Nothing in the last {window.days} days. {table.empty}
        </p>
      ) : (
        // Focusable, so a keyboard can scroll a table wider than the screen.
        <div tabIndex={0} className="mt-3 overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800">
          <table className="w-full text-left text-sm">
            <thead className="bg-slate-50 dark:bg-slate-900">
              <tr>
                {table.columns.map((column) => (
                  <th key={column.header} scope="col" className={`px-3 py-2 font-semibold ${column.kind === "text" ? "" : "text-right"}`}>
                    {column.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <tr key={index} className="border-t border-slate-200 dark:border-slate-800">
                  {table.columns.map((column) => (
                    <td key={column.header} className={`px-3 py-2 align-top ${column.kind === "text" ? "break-words" : "text-right tabular-nums"}`}>
                      <Cell column={column} row={row} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
