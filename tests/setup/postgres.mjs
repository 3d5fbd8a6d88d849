/**
 * PostgreSQL for the tests: Debian's `postgresql` package (its `pg_virtualenv` makes throwaway
 * clusters), installed with apt when missing, as test-all.mjs does for Chromium. Plain Node.
 */
import { spawnSync } from "node:child_process";

const has = (tool) => spawnSync("sh", ["-c", `command -v ${tool}`]).status === 0;

export function ensurePostgres() {
  if (process.env.TEST_DATABASE_URL || has("pg_virtualenv")) return;
  if (process.platform !== "linux" || !has("apt-get")) {
    console.error("No PostgreSQL found. Install PostgreSQL and set TEST_DATABASE_URL=postgres://user:password@host:port/database, then run again.");
    process.exit(1);
  }
  const sudo = process.getuid?.() === 0 ? "" : "sudo ";
  console.log("\n▶ Install PostgreSQL (Debian package)");
  const installed = spawnSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql`, {
    stdio: "inherit",
    shell: true,
  });
  if (installed.status !== 0) process.exit(installed.status ?? 1);
}
