import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * What the artifacts are made from: every file of the content folder, the code of `lib/` that
 * reads, renders and indexes it, and the locked dependency versions. Sizes and modification
 * times, not contents: stat-ing 10,000 files takes milliseconds, reading them takes seconds, and
 * this runs in every build worker to confirm the artifacts are current.
 */
export function inputsFingerprint(contentDir: string, projectDir: string = process.cwd()): string {
  const hash = createHash("sha256");
  const add = (root: string, label: string) => {
    if (!fs.existsSync(root)) return void hash.update(`${label}: missing\n`);
    const names = fs.statSync(root).isDirectory() ? fs.readdirSync(root, { recursive: true, encoding: "utf8" }).sort() : [""];
    for (const name of names) {
      const stat = fs.statSync(path.join(root, name));
      if (stat.isFile()) hash.update(`${label}/${name}\t${stat.size}\t${stat.mtimeMs}\n`);
    }
  };
  add(contentDir, "content");
  add(path.join(projectDir, "lib"), "lib");
  add(path.join(projectDir, "package-lock.json"), "package-lock.json");
  return hash.digest("hex");
}
