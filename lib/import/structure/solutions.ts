import type { Heading, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { shiftHeading } from "./headings";

/** How real authors name the part that fixes the problem. Tested on the heading's plain text. */
const FIX =
  /^(?:(?:the|a|possible|recommended|suggested|quick|permanent|temporary|short[- ]term|long[- ]term|common|known)\s+)*(?:solutions?|resolutions?|resolve|resolving|fix(?:es)?|fixing|how\s+(?:to|do\s+i|can\s+i|do\s+you)\s+(?:fix|resolve|solve|repair|correct)|workarounds?|steps\s+to\s+(?:resolve|fix|solve)|solving|remed(?:y|ies)|mitigations?|troubleshooting\s+steps|what\s+to\s+do|next\s+steps)\b/i;
/** Names that say nothing but "the fix": such a section with its own `###` fixes is simply renamed. */
const GENERIC =
  /^(?:the\s+|possible\s+|recommended\s+)?(?:solutions?|resolutions?|resolve|fix(?:es)?|workarounds?|how\s+to\s+(?:fix|resolve|solve)(?:\s+(?:it|this|the\s+(?:issue|error|problem)))?|steps\s+to\s+(?:resolve|fix)(?:\s+(?:it|this|the\s+(?:issue|error|problem)))?|solving\s+the\s+(?:error|issue|problem))[\s?:.!]*$/i;
const ESCALATION =
  /^(?:escalate|escalation|still\s+(?:need\s+help|having\s+(?:issues|problems|trouble)|not\s+working|stuck)|need\s+(?:more\s+|further\s+)?help|contact(?:ing)?\s+support|getting\s+help|get\s+help|further\s+help|more\s+help)[\s?:.!]*$/i;

export interface Restructured {
  type: "troubleshooting" | "guide";
  warnings: string[];
  /** Heading texts replaced by ours (reported), so the lost-text check does not count them again. */
  replaced: string[];
}

/** A title that names a problem: an error, a failure, something that cannot be done. */
const PROBLEM_TITLE =
  /\b(?:errors?|fail(?:s|ed|ing|ure)?|cannot|can't|can ?not|unable|not working|doesn't|does not|isn't|won't|denied|invalid|time ?outs?|timed out|exceeded|refused|missing|broken|stuck|crash(?:es|ed)?|rejected|blocked|[1-5]\d\d)\b/i;

const isSection = (node: RootContent): node is Heading => node.type === "heading" && node.depth === 2;

/** The `##` sections of the body: [heading index, end index). */
function sections(children: RootContent[]): { start: number; end: number; heading: Heading }[] {
  const starts = children.flatMap((node, index) => (isSection(node) ? [index] : []));
  return starts.map((start, position) => ({ start, end: starts[position + 1] ?? children.length, heading: children[start] as Heading }));
}

function rename(heading: Heading, title: string): void {
  heading.children = [{ type: "text", value: title }];
}

/**
 * Gives a foreign article our troubleshooting shape: the sections that fix the problem
 * ("Solution", "How to fix it", "Workaround", "Resolve", …) go under one `## Solutions`, each as
 * a `###` fix; an escalation section becomes `## Still stuck?`. Old heading ids survive through
 * each heading's recorded source id (aliases are made from them later). An article with no
 * recognizable fix stays as it is, as a guide: nothing is refused for its shape.
 */
export function restructure(tree: Root, options: { title: string; declaresErrors: boolean }): Restructured {
  const warnings: string[] = [];
  const replaced: string[] = [];
  const children = tree.children;
  const stillStuck = sections(children).find((section) => /^still stuck\??$/i.test(toString(section.heading).trim()));
  const escalation = stillStuck ? undefined : sections(children).find((section) => ESCALATION.test(toString(section.heading).trim()));
  if (escalation) {
    warnings.push(`section "${toString(escalation.heading)}" renamed "Still stuck?" (shown beside the escalation contacts)`);
    replaced.push(toString(escalation.heading));
    rename(escalation.heading, "Still stuck?");
  }

  const fixes = sections(children).filter((section) => FIX.test(toString(section.heading).trim()) && section !== escalation);
  if (fixes.length === 0) {
    if (sections(children).length === 0 && (options.declaresErrors || PROBLEM_TITLE.test(options.title)) && wrapBodyAsFix(children)) {
      warnings.push('the body answers the problem the title names: placed under "## Solutions" as one fix, "### How to fix it"');
      return { type: "troubleshooting", warnings, replaced };
    }
    return { type: "guide", warnings: [...warnings, "no section that fixes a problem (Solution, How to fix, Workaround…): imported as a guide"], replaced };
  }

  const only = fixes.length === 1 ? fixes[0]! : undefined;
  // Headings made from accordions are not fixes the author wrote; only real `###` sections count.
  const hasSteps = only && children.slice(only.start + 1, only.end).some((node) => node.type === "heading" && node.depth === 3 && !node.data?.fromComponent);
  if (only && hasSteps && GENERIC.test(toString(only.heading).trim())) {
    if (toString(only.heading).trim() !== "Solutions") {
      warnings.push(`section "${toString(only.heading)}" renamed "Solutions"`);
      replaced.push(toString(only.heading));
    }
    rename(only.heading, "Solutions");
    return { type: "troubleshooting", warnings, replaced };
  }

  const moved = fixes.some((section, index) => index > 0 && section.start !== fixes[index - 1]!.end);
  const block: RootContent[] = [{ type: "heading", depth: 2, children: [{ type: "text", value: "Solutions" }] }];
  for (const section of fixes) {
    const nodes = children.slice(section.start, section.end);
    for (const node of nodes) shiftHeading(node, 1);
    // "## Resolve" says nothing a step title should: the fix is called what it is.
    if (GENERIC.test(toString(section.heading).trim())) {
      replaced.push(toString(section.heading));
      rename(section.heading, "How to fix it");
    }
    block.push(...nodes);
  }
  const first = fixes[0]!.start;
  for (const section of [...fixes].reverse()) children.splice(section.start, section.end - section.start);
  children.splice(first, 0, ...block);
  warnings.push(
    `fix sections ${fixes.map((section) => `"${toString(section.heading)}"`).join(", ")} placed under "## Solutions" as "###" fixes${moved ? " (moved next to each other)" : ""}`,
  );
  return { type: "troubleshooting", warnings, replaced };
}

/**
 * A short answer with no sections, to a problem its title or declared errors name: its body is
 * the fix. An opening paragraph that does not lead into what follows (no closing colon) stays
 * above as the introduction.
 */
function wrapBodyAsFix(children: RootContent[]): boolean {
  const first = children[0];
  const keepIntro = children.length > 1 && first?.type === "paragraph" && !/:\s*$/.test(toString(first));
  const at = keepIntro ? 1 : 0;
  if (children.length - at === 0) return false;
  children.splice(at, 0, { type: "heading", depth: 2, children: [{ type: "text", value: "Solutions" }] }, { type: "heading", depth: 3, children: [{ type: "text", value: "How to fix it" }] });
  // Headings below `##` inside the answer keep their place under the new fix.
  for (const node of children.slice(at + 2)) if (node.type === "heading" && node.depth === 3) shiftHeading(node, 1);
  return true;
}
