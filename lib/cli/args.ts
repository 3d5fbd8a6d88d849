import path from "node:path";
import { CONTENT_DIR } from "../content/content-dir";

/** `[dir] [--flag ...] [--out <dir>]`: the content folder (default content/ or HELP_CONTENT_DIR) and flags. */
export function cliArgs(argv: readonly string[] = process.argv.slice(2)) {
  const flags = new Set<string>();
  const values = new Map<string, string>();
  const positional: string[] = [];
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    if (arg === "--out") values.set("out", argv[++index] ?? "");
    else if (arg.startsWith("--")) flags.add(arg);
    else positional.push(arg);
  }
  return { contentDir: positional[0] ? path.resolve(positional[0]) : CONTENT_DIR, flags, out: values.get("out") };
}
