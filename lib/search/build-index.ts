import { BODY_REPEATS, FIELD, type SearchRecord, type SearchVocabulary, type SerializedIndex } from "./types";
import { isCode, isNumber, joinPhrases, phraseJoins, STOP_WORDS, tokenize, toTerm } from "./text";

interface DocTerm {
  fields: number;
  sections: Set<number>;
  bodyUses: number;
}

const isBodyOnly = (fields: number) => (fields & ~(FIELD.body | FIELD.bodyRepeated)) === 0;

/**
 * A word in the body of more than this share of articles says little about any one of them; its
 * body-only postings are left out (the word still counts wherever it appears in a title, symptom,
 * code, heading or summary). This keeps the shipped index small: at 1,000 articles, most postings
 * are such words. Small corpora keep everything (the floor).
 */
const COMMON_BODY_SHARE = 0.05;
const COMMON_BODY_FLOOR = 50;

/**
 * Builds the inverted index: for each term, the articles that contain it and in which fields
 * (and, for headings, which sections), so a query only touches the postings of its own terms.
 */
export function buildIndex(records: readonly SearchRecord[], vocabulary: SearchVocabulary): SerializedIndex {
  const joins = phraseJoins(vocabulary.phrases);
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const words = new Map<string, number>();

  const termId = (token: string) => {
    const term = toTerm(token);
    let id = termIds.get(term);
    if (id === undefined) {
      id = terms.length;
      termIds.set(term, id);
      terms.push(term);
    }
    if (!isNumber(token) && !isCode(token)) words.set(token, id);
    return id;
  };

  const perDoc = records.map((record) => {
    const docTerms = new Map<number, DocTerm>();
    const add = (text: string, field: number, section?: number) => {
      for (const token of joinPhrases(tokenize(text), joins, true)) {
        if (STOP_WORDS.has(token)) continue;
        const id = termId(token);
        const entry = docTerms.get(id) ?? { fields: 0, sections: new Set<number>(), bodyUses: 0 };
        entry.fields |= field;
        if (field === FIELD.body && ++entry.bodyUses === BODY_REPEATS) entry.fields |= FIELD.bodyRepeated;
        if (section !== undefined) entry.sections.add(section);
        docTerms.set(id, entry);
      }
    };
    add(record.title, FIELD.title);
    add(record.summary, FIELD.summary);
    for (const symptom of record.symptoms) add(symptom, FIELD.symptoms);
    for (const code of record.codes) add(code, FIELD.codes);
    let headed = 0;
    for (const section of record.sections) {
      if (section.id) add(section.heading, FIELD.headings, headed++);
      add(section.text, FIELD.body);
    }
    return docTerms;
  });

  const bodyOnlyCount = new Array<number>(terms.length).fill(0);
  for (const docTerms of perDoc) for (const [id, entry] of docTerms) if (isBodyOnly(entry.fields)) bodyOnlyCount[id]! += 1;
  const commonInBody = Math.max(COMMON_BODY_FLOOR, COMMON_BODY_SHARE * records.length);

  const postings: number[][] = terms.map(() => []);
  const bodyPostings: number[][] = terms.map(() => []);
  const lastDoc = new Array<number>(terms.length).fill(0);
  const lastBodyDoc = new Array<number>(terms.length).fill(0);
  perDoc.forEach((docTerms, doc) => {
    for (const [id, entry] of docTerms) {
      if (isBodyOnly(entry.fields) && bodyOnlyCount[id]! > commonInBody) continue;
      if (entry.fields === FIELD.body) {
        bodyPostings[id]!.push(doc - lastBodyDoc[id]!);
        lastBodyDoc[id] = doc;
        continue;
      }
      const list = postings[id]!;
      list.push(doc - lastDoc[id]!, entry.fields);
      if (entry.fields & FIELD.headings) list.push(entry.sections.size, ...entry.sections);
      lastDoc[id] = doc;
    }
  });

  return {
    version: 1,
    docs: records.map((record) => [record.slug, record.title, record.summary]),
    sections: records.map((record) =>
      record.sections.flatMap((section): [string, string, number][] => (section.id ? [[section.id, section.heading, section.depth]] : [])),
    ),
    terms,
    postings,
    bodyPostings,
    // Term ids of the words are recomputed on load (stemming is cheap), which keeps the file smaller.
    words: [...words.keys()].sort(),
    vocabulary,
  };
}
