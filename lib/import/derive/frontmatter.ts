import type { Heading, Root, RootContent } from "mdast";
import { toString } from "mdast-util-to-string";
import { symptomSlug } from "../../content/symptoms";
import { paragraph, strong, text } from "../mdx/nodes";
import type { SourceArticle } from "../types";
import { claimCodes, statusesInTitle, type CodeClaim } from "./codes";
import { oneLine, shorten } from "./text";

export const LIMITS = { title: 100, summary: 200, symptom: 120, symptoms: 5 } as const;

export interface Derived {
  title: string;
  summary: string;
  symptoms: string[];
  claims: CodeClaim[];
  warnings: string[];
}

/**
 * Our frontmatter from a source article: a title within our limit (the full one stays at the top
 * of the body), a one-line summary (the description, else the first paragraph), symptoms (the
 * error messages the source declares, else headings that quote an error, else the "Symptoms"
 * section, else the title) and error codes. Text that a limit would cut goes into the body.
 */
export function deriveFrontmatter(article: SourceArticle, tree: Root, troubleshooting: boolean): Derived {
  const warnings: string[] = [];
  const top: RootContent[] = [];
  const title = shorten(article.title, LIMITS.title, false);
  if (title !== oneLine(article.title)) {
    top.push(paragraph([strong(oneLine(article.title))]));
    warnings.push(`title shortened to ${LIMITS.title} characters; the full title opens the body`);
  }

  let summary: string;
  if (article.description) {
    summary = shorten(article.description, LIMITS.summary);
    if (summary !== oneLine(article.description)) {
      top.push(paragraph([text(oneLine(article.description))]));
      warnings.push(`description shortened to a ${LIMITS.summary}-character summary; the full description opens the body`);
    }
  } else {
    const first = tree.children.find((node) => node.type === "paragraph" && toString(node).trim().length > 0);
    summary = first ? shorten(toString(first), LIMITS.summary) : title;
    if (!first) warnings.push("no description or opening paragraph: the summary repeats the title");
  }

  const { claims, textCodes } = claimCodes([...article.errors, ...statusesInTitle(article.title)]);
  if (textCodes.size) warnings.push(`codes not in our code shape (snake_case), kept in the symptoms as text: ${[...textCodes].join(", ")}`);
  const symptoms: string[] = [];
  const add = (candidate: string, full = candidate) => {
    const symptom = shorten(candidate, LIMITS.symptom, false);
    if (symptoms.length >= LIMITS.symptoms || symptoms.some((known) => symptomSlug(known) === symptomSlug(symptom))) return;
    if (symptom !== oneLine(full)) {
      top.push(paragraph([text("Full error message: "), { type: "inlineCode", value: oneLine(full) }]));
      warnings.push(`an error message was shortened to a ${LIMITS.symptom}-character symptom; the full message opens the body`);
    }
    symptoms.push(symptom);
  };
  // The errors a source declares are what its readers see, whatever the article's shape.
  for (const error of article.errors) {
    const prefix = error.code && textCodes.has(error.code) ? `${error.code}: ` : "";
    if (error.message) add(`${prefix}${error.message}`);
    else if (prefix) add(`Error ${error.code}`);
  }
  if (troubleshooting) {
    if (symptoms.length === 0) quotedErrorHeadings(tree).forEach((heading) => add(heading));
    if (symptoms.length === 0) symptomsSection(tree).forEach((item) => add(item));
    if (symptoms.length === 0) add(article.title);
  }
  tree.children.unshift(...top);
  return { title, summary, symptoms, claims, warnings };
}

/** Headings that are nothing but quoted error text: ``## `Max client connections reached` ``. */
function quotedErrorHeadings(tree: Root): string[] {
  return tree.children
    .filter((node): node is Heading => node.type === "heading" && node.children.length > 0 && node.children.every((child) => child.type === "inlineCode" || (child.type === "text" && /^[\s:.]*$/.test(child.value))))
    .map((node) => toString(node).replace(/[\s:]+$/, "").trim())
    .filter(Boolean);
}

/** The list items (or first sentence) of a "Symptoms" section. */
function symptomsSection(tree: Root): string[] {
  const start = tree.children.findIndex((node) => node.type === "heading" && /^(symptoms?|what you see|the (problem|issue|error))\b/i.test(toString(node).trim()));
  if (start === -1) return [];
  const depth = (tree.children[start] as Heading).depth;
  const end = tree.children.findIndex((node, index) => index > start && node.type === "heading" && node.depth <= depth);
  const section = tree.children.slice(start + 1, end === -1 ? undefined : end);
  const list = section.find((node) => node.type === "list");
  if (list && list.type === "list") return list.children.slice(0, 3).map((item) => oneLine(toString(item)));
  const first = section.find((node) => node.type === "paragraph");
  const sentence = first ? oneLine(toString(first)).match(/^.*?[.!?](?=\s|$)/)?.[0] ?? oneLine(toString(first)) : undefined;
  return sentence ? [sentence] : [];
}
