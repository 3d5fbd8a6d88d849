import type { ImportReport } from "./types";

/** The report as people read it on stdout: one line per article, its notes indented under it. */
export function formatImportReport(report: ImportReport, seconds: number): string {
  const lines: string[] = [];
  for (const entry of report.imported) {
    lines.push(`${entry.status.padEnd(9)} ${entry.file}  ← ${entry.source}`);
    for (const warning of entry.warnings) lines.push(`            ${warning}`);
  }
  if (report.skipped.length) {
    lines.push("", `Skipped ${report.skipped.length}:`);
    for (const skip of report.skipped) lines.push(`  ${skip.source} — ${skip.reason}`);
  }
  const counts = new Map<string, number>();
  for (const entry of report.imported) counts.set(entry.status, (counts.get(entry.status) ?? 0) + 1);
  const total = report.imported.length + report.skipped.length;
  const percent = total ? ((100 * report.imported.length) / total).toFixed(1) : "0";
  lines.push(
    "",
    `Imported ${report.imported.length} of ${total} (${percent} %): ${[...counts].map(([status, count]) => `${count} ${status}`).join(", ") || "none"}; skipped ${report.skipped.length}; ${seconds.toFixed(1)} s.`,
  );
  const { categories, errorCodes, lockedUrls } = report.declared;
  if (categories.length) lines.push(`New categories in categories.yml: ${categories.join(", ")}`);
  if (errorCodes.length) lines.push(`New codes in error-codes.yml, marked \`review\` for an editor: ${errorCodes.join(", ")}`);
  if (lockedUrls) lines.push(`${lockedUrls} old URL${lockedUrls === 1 ? "" : "s"} added to the published-URL lock (they redirect to the new articles).`);
  lines.push("Next: `npm run content:check` (it lists the new article URLs), then `npm run urls:lock` when they are ready to publish.");
  return lines.join("\n");
}
