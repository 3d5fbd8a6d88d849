/**
 * `node tests/setup/with-postgres.mjs <command…>`: runs the command with TEST_DATABASE_URL pointing
 * at a throwaway PostgreSQL cluster (Debian's `pg_virtualenv -t`: a temporary cluster in its own
 * folder and port, dropped afterwards, so parallel runs never meet), installing Debian's
 * `postgresql` first when it is missing. With TEST_DATABASE_URL already set, runs the command as
 * is, against that server (any PostgreSQL 13 or newer; the tests create and drop their own
 * databases in it). Plain Node, like test-all.mjs.
 */
import { spawnSync } from "node:child_process";
import { ensurePostgres } from "./postgres.mjs";

const command = process.argv.slice(2);
if (command.length === 0) {
  console.error("usage: node tests/setup/with-postgres.mjs <command…>");
  process.exit(2);
}

let result;
if (process.env.TEST_DATABASE_URL) {
  result = spawnSync(command[0], command.slice(1), { stdio: "inherit" });
} else {
  ensurePostgres();
  const script = 'export TEST_DATABASE_URL="postgres://$PGUSER:$PGPASSWORD@$PGHOST:$PGPORT/$PGDATABASE"; exec "$@"';
  result = spawnSync("pg_virtualenv", ["-t", "sh", "-c", script, "sh", ...command], { stdio: "inherit" });
}
process.exit(result.status ?? 1);
