import fs from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { splitFrontmatter, textField } from "./frontmatter";

/**
 * Names the top-level folders give themselves: Docusaurus `_category_.json`/`.yml` (`label`),
 * Hugo `_index.md` (`title`). A folder without one is named after itself.
 */
export function folderCategories(root: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const entry of fs.readdirSync(root, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith(".")) continue;
    const dir = path.join(root, entry.name);
    const label = readLabel(dir);
    if (label) names.set(entry.name, label);
  }
  return names;
}

function readLabel(dir: string): string | undefined {
  try {
    for (const name of ["_category_.json", "_category_.yml", "_category_.yaml"]) {
      const file = path.join(dir, name);
      if (!fs.existsSync(file)) continue;
      const text = fs.readFileSync(file, "utf8");
      const data = (name.endsWith(".json") ? JSON.parse(text) : parseYaml(text, { schema: "core" })) as Record<string, unknown>;
      return textField(data ?? {}, "label", "title");
    }
    for (const name of ["_index.md", "_index.mdx"]) {
      const file = path.join(dir, name);
      if (fs.existsSync(file)) return textField(splitFrontmatter(fs.readFileSync(file, "utf8")).data, "title");
    }
  } catch {
    // A broken label file only costs the folder its nicer name.
  }
  return undefined;
}
