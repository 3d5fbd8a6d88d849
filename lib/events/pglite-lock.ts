import fs from "node:fs";
import path from "node:path";

/**
 * PGlite is PostgreSQL inside this process, with no server to arbitrate: two processes writing one
 * data folder would corrupt it. A lock file beside the folder holds the owner's pid; a lock whose
 * process is gone (a crash, `kill -9`) is taken over.
 */
export class StoreLockedError extends Error {}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export function lockDataFolder(dir: string): () => void {
  const file = `${dir}.lock`;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (let attempt = 0; ; attempt++) {
    try {
      // `wx`: create or fail, so two processes starting at once cannot both win.
      fs.writeFileSync(file, String(process.pid), { flag: "wx" });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST" || attempt > 0) throw error;
      const owner = Number.parseInt(fs.readFileSync(file, "utf8"), 10);
      if (Number.isInteger(owner) && owner !== process.pid && alive(owner)) {
        throw new StoreLockedError(
          `${dir} is open in process ${owner}. The embedded store serves one process; set DATABASE_URL to share a PostgreSQL server between several.`,
        );
      }
      fs.rmSync(file, { force: true });
    }
  }
  const release = () => {
    try {
      if (fs.readFileSync(file, "utf8") === String(process.pid)) fs.rmSync(file);
    } catch {
      // Already gone.
    }
  };
  process.once("exit", release);
  return release;
}
