import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { componentMappingSchema, resolveMapping, STATUS_COMPONENTS_FILE, type MappableArticle } from "./mapping";
import { noticeSchema, noticeToFeed, STATUS_FILE } from "./notice-file";
import type { StatusBake } from "./types";

/**
 * The status bake, computed from `content/` with the articles already loaded (by content:build into
 * the artifacts, `status-bake.json`, and by `next dev` in memory), so `/api/status`, `/status` and
 * the pages read it like any artifact, never `content/`; given a feed URL they need nothing else.
 * Lenient on purpose: validation is content:check's job (and the build's, through the loader), so
 * an invalid file bakes as absent here rather than failing the build twice.
 */
export function bakeStatus(dir: string, articles: readonly MappableArticle[]): StatusBake {
  const mapping = componentMappingSchema.safeParse(readYaml(path.join(dir, STATUS_COMPONENTS_FILE)));
  const notice = noticeSchema.safeParse(readYaml(path.join(dir, STATUS_FILE)));
  return {
    components: mapping.success ? resolveMapping(mapping.data, articles) : [],
    notice: notice.success && fs.existsSync(path.join(dir, STATUS_FILE)) ? noticeToFeed(notice.data) : null,
  };
}

function readYaml(file: string): unknown {
  try {
    return fs.existsSync(file) ? parse(fs.readFileSync(file, "utf8"), { schema: "core" }) : undefined;
  } catch {
    return { invalid: true };
  }
}
