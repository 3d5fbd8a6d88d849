import GithubSlugger, { slug as githubSlug } from "github-slugger";
import type { Heading, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";

const OUR_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** What an `anchors:` key may be (lib/content/schema.ts): ids other sites generate, such as Zendesk's `h_01H…`. */
export const ALIAS_KEY = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

export interface SettledIds {
  /** Old id → new id, for the article's `anchors` frontmatter. */
  anchors: Record<string, string>;
  /** Any id a link may name (old or new) → the heading id it lands on now. */
  ids: Map<string, string>;
  warnings: string[];
}

/**
 * Pins the id of each fix (`### … {#id}`), so support links to a step survive rewording — the
 * source's own id where it is one of ours, else the slug of its text — then works out every
 * heading's id as our renderer will give it (rehype-slug's GitHub slugs, pinned ids kept), and
 * makes an alias for each source id that changed.
 */
export function settleIds(tree: Root): SettledIds {
  const warnings: string[] = [];
  const headings: Heading[] = [];
  visit(tree, "heading", (node: Heading) => {
    headings.push(node);
  });
  const pinned = new Map<Heading, string>();
  let inSolutions = false;
  const steps = headings.filter((node) => {
    if (node.depth === 2) inSolutions = toString(node).trim() === "Solutions";
    return inSolutions && node.depth === 3;
  });
  // A pinned id must not be one another heading will get from its text (`#solutions`, say).
  const used = new Set(headings.filter((node) => !steps.includes(node)).map((node) => githubSlug(toString(node))));
  for (const node of steps) {
    const sourceId = node.data?.sourceId;
    const own = githubSlug(toString(node));
    const base = OUR_ID.test(own) ? own : "fix";
    let id = [sourceId, base].find((candidate) => candidate && OUR_ID.test(candidate) && !used.has(candidate)) ?? base;
    for (let suffix = 2; used.has(id); suffix += 1) id = `${base}-${suffix}`;
    used.add(id);
    pinned.set(node, id);
    node.children.push({ type: "text", value: ` {#${id}}` });
  }

  const slugger = new GithubSlugger();
  const finalIds = headings.map((node) => pinned.get(node) ?? slugger.slug(toString(node).replace(/\s*\{#[^}]*\}\s*$/, "")));
  const taken = new Set(finalIds);
  const ids = new Map<string, string>(finalIds.map((id) => [id, id]));
  const anchors: Record<string, string> = {};
  const unaliased: string[] = [];
  headings.forEach((node, index) => {
    const sourceId = node.data?.sourceId;
    const id = finalIds[index]!;
    if (!sourceId || sourceId === id || ids.has(sourceId)) return;
    ids.set(sourceId, id);
    if (taken.has(sourceId)) return;
    if (ALIAS_KEY.test(sourceId)) anchors[sourceId] = id;
    else unaliased.push(sourceId);
  });
  if (unaliased.length) warnings.push(`old heading ids that cannot be kept as aliases (characters an anchor here cannot have): ${unaliased.map((id) => `#${id}`).join(", ")}`);
  return { anchors, ids, warnings };
}
