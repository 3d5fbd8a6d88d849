import { FIELD } from "./types";

/**
 * Where a word matched says how much it counts: title > symptoms and codes > headings > summary >
 * body, and in the body a word used throughout over one mentioned in passing.
 */
const FIELD_WEIGHTS: [number, number][] = [
  [FIELD.title, 10],
  [FIELD.symptoms, 7],
  [FIELD.codes, 7],
  [FIELD.headings, 5],
  [FIELD.summary, 3],
  [FIELD.bodyRepeated, 1.5],
  [FIELD.body, 1],
];

/** An error code the article declares outweighs any amount of prose mentioning it. */
const DECLARED_CODE_WEIGHT = 40;

/** How much a query word's match is worth by kind: what was typed, a synonym, a completion, a typo fix. */
export const QUALITY = { exact: 1, synonym: 0.8, prefix: 0.6, typo: 0.7 } as const;

/** Two query words side by side in a title or heading: worth half a word more. */
export const ADJACENT_WEIGHT = 0.5;

function weightOfFields(fields: number): number {
  let best = 0;
  let total = 0;
  for (const [bit, weight] of FIELD_WEIGHTS) {
    if (!(fields & bit)) continue;
    total += weight;
    if (weight > best) best = weight;
  }
  return best + 0.2 * (total - best);
}

/** Every combination of field bits, weighed once: this runs for each posting a query touches. */
const WEIGHT_BY_FIELDS = Float64Array.from({ length: 2 * Math.max(...Object.values(FIELD)) }, (_, fields) => weightOfFields(fields));

/** The weight of the fields a term was found in: the best counts fully, each further field a little. */
export function fieldWeight(fields: number, exactOnly: boolean): number {
  if (exactOnly && fields & FIELD.codes) return DECLARED_CODE_WEIGHT;
  return WEIGHT_BY_FIELDS[fields]!;
}

/** Fields where words found together mean the article is about them, and how much that adds. */
const TOGETHER_BONUS: [number, number][] = [
  [FIELD.title, 0.6],
  [FIELD.symptoms, 0.6],
  [FIELD.headings, 0.4],
  [FIELD.summary, 0.3],
];

/**
 * "requests blocked" both in the symptoms beats "requests" in a title and "blocked" in prose.
 * `sharedFields` are the field bits every query word matched in.
 */
export function togetherBonus(wordCount: number, sharedFields: number): number {
  if (wordCount < 2) return 1;
  const bonus = TOGETHER_BONUS.find(([bit]) => sharedFields & bit);
  return bonus ? 1 + bonus[1] : 1;
}
