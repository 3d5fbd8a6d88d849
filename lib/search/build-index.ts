import { FIELD, type SearchRecord, type SearchVocabulary, type SerializedIndex } from "./types";
import { isCode, isNumber, joinPhrases, pairTerms, phraseJoins, STOP_WORDS, tokenize, toTerm } from "./text";

interface DocTerm {
  fields: number;
  sections: Set<number>;
}

/**
 * Builds the inverted index: for each term, the articles that contain it and in which fields
 * (and, for headings, which sections), so a query only touches the postings of its own terms.
 */
export function buildIndex(records: readonly SearchRecord[], vocabulary: SearchVocabulary): SerializedIndex {
  const joins = phraseJoins(vocabulary.phrases);
  const termIds = new Map<string, number>();
  const terms: string[] = [];
  const postings: number[][] = [];
  const lastDoc: number[] = [];
  const words = new Map<string, number>();

  const termId = (token: string, asIs = false) => {
    const term = asIs ? token : toTerm(token);
    let id = termIds.get(term);
    if (id === undefined) {
      id = terms.length;
      termIds.set(term, id);
      terms.push(term);
      postings.push([]);
      lastDoc.push(0);
    }
    if (!asIs && !isNumber(token) && !isCode(token)) words.set(token, id);
    return id;
  };

  records.forEach((record, doc) => {
    const docTerms = new Map<number, DocTerm>();
    const note = (id: number, field: number, section?: number) => {
      const entry = docTerms.get(id) ?? { fields: 0, sections: new Set<number>() };
      entry.fields |= field;
      if (section !== undefined) entry.sections.add(section);
      docTerms.set(id, entry);
    };
    const add = (text: string, field: number, section?: number) => {
      const tokens = tokenize(text);
      for (const token of joinPhrases(tokens, joins, true)) {
        if (!STOP_WORDS.has(token)) note(termId(token), field, section);
      }
      // Word pairs only for the short fields, where standing together means something.
      if (field !== FIELD.body) for (const pair of pairTerms(tokens)) note(termId(pair, true), field, section);
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
    for (const [id, entry] of docTerms) {
      const list = postings[id]!;
      list.push(doc - lastDoc[id]!, entry.fields);
      if (entry.fields & FIELD.headings) list.push(entry.sections.size, ...entry.sections);
      lastDoc[id] = doc;
    }
  });

  const sortedWords = [...words.keys()].sort();
  return {
    version: 1,
    docs: records.map((record) => [record.slug, record.title, record.summary, record.url]),
    sections: records.map((record) =>
      record.sections.flatMap((section): [string, string, number][] => (section.id ? [[section.id, section.heading, section.depth]] : [])),
    ),
    terms,
    postings,
    words: sortedWords,
    wordTerms: sortedWords.map((word) => words.get(word)!),
    vocabulary,
  };
}
