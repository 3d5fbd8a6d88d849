import fs from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { loadDataFile } from "../content/data-file";
import type { Problem } from "../content/problems";
import { frontmatterLine } from "../content/source";
import { sameComponent } from "./concerns";
import { componentMappingSchema, STATUS_COMPONENTS_FILE, type ComponentMapping } from "./mapping";
import { noticeSchema, STATUS_FILE, type Notice } from "./notice-file";

/** What the status checks need of the loaded content (structural, so this module imports no loader). */
export interface StatusCheckContent {
  categories: readonly { id: string }[];
  articles: readonly { slug: string; errorCodes: readonly (string | number)[] }[];
  errorCatalogue: { http: readonly { code: number }[]; platform: readonly { code: string }[] };
}

/**
 * `content:check`'s rules for the status files: both are optional; when present they must be
 * valid, the component map may only name categories, articles and codes that exist, and the
 * hand-written notice may only name mapped components. Every problem comes back, with its line.
 */
export function checkStatusContent(dir: string, content: StatusCheckContent): Problem[] {
  const problems: Problem[] = [];
  const mapping = readOptional(dir, STATUS_COMPONENTS_FILE, componentMappingSchema, problems);
  if (mapping) problems.push(...mappingRules(mapping.data, mapping.report, content));
  const notice = readOptional(dir, STATUS_FILE, noticeSchema, problems);
  if (notice && mapping) problems.push(...noticeRules(notice.data, notice.report, mapping.data));
  return problems;
}

/** Reports a problem at a path in the file (`["components", 0, "articles", 1]`), with its line. */
type Report = (at: (string | number)[], message: string) => Problem;

function readOptional<T extends z.ZodType>(dir: string, name: string, schema: T, problems: Problem[]) {
  const absolute = path.join(dir, name);
  if (!fs.existsSync(absolute)) return undefined;
  const loaded = loadDataFile(dir, name, schema);
  problems.push(...loaded.problems);
  const raw = fs.readFileSync(absolute, "utf8");
  const report: Report = (at, message) => ({ file: loaded.file, line: frontmatterLine(raw, at), field: at.join("."), message });
  return loaded.data ? { report, data: loaded.data as z.infer<T> } : undefined;
}

function mappingRules(mapping: ComponentMapping, fileReport: Report, content: StatusCheckContent): Problem[] {
  const problems: Problem[] = [];
  const categories = new Set(content.categories.map((category) => category.id));
  const slugs = new Set(content.articles.map((article) => article.slug));
  const codes = new Set([...content.errorCatalogue.http, ...content.errorCatalogue.platform].map((entry) => String(entry.code)));
  mapping.components.forEach((component, index) => {
    const report = (at: (string | number)[], message: string) => problems.push(fileReport(["components", index, ...at], message));
    if (mapping.components.findIndex((other) => sameComponent(other.name, component.name)) < index) report(["name"], `"${component.name}" is listed twice`);
    if (component.categories.length + component.articles.length + component.errorCodes.length === 0) {
      report(["name"], `"${component.name}" concerns nothing: list its categories, articles or errorCodes`);
    }
    component.categories.forEach((id, position) => {
      if (!categories.has(id)) report(["categories", position], `no category "${id}" in categories.yml`);
    });
    component.articles.forEach((slug, position) => {
      if (!slugs.has(slug)) report(["articles", position], `no article has the slug "${slug}"`);
    });
    component.errorCodes.forEach((code, position) => {
      if (!codes.has(String(code))) report(["errorCodes", position], `"${code}" is not in error-codes.yml`);
    });
  });
  return problems;
}

/** A notice naming a component the map does not know is almost always a typo: nothing would show it. */
function noticeRules(notice: Notice, report: Report, mapping: ComponentMapping): Problem[] {
  const problems: Problem[] = [];
  const known = mapping.components.map((component) => component.name);
  const check = (name: string, at: (string | number)[]) => {
    if (!known.some((candidate) => sameComponent(candidate, name))) {
      problems.push(report(at, `no component "${name}" in ${STATUS_COMPONENTS_FILE} (known: ${known.join(", ")})`));
    }
  };
  for (const name of Object.keys(notice.components)) check(name, ["components", name]);
  notice.incidents.forEach((incident, index) => incident.components.forEach((name, position) => check(name, ["incidents", index, "components", position])));
  notice.maintenances.forEach((maintenance, index) => {
    maintenance.components.forEach((name, position) => check(name, ["maintenances", index, "components", position]));
    if (maintenance.scheduled_until <= maintenance.scheduled_for) {
      problems.push(report(["maintenances", index, "scheduled_until"], "must be after scheduled_for"));
    }
  });
  return problems;
}
