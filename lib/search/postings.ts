import { FIELD, type SerializedIndex } from "./types";

/**
 * Visits one posting: the article, the fields holding the term, and which headed sections' headings
 * hold it (`sections[from]` … `sections[from + count - 1]`; count 0 when no heading has it).
 */
export type PostingVisitor = (doc: number, fields: number, sections: readonly number[], from: number, count: number) => void;

const NONE: readonly number[] = [];

/**
 * Reads a term's postings straight from the index's flat arrays, every time: no decoded copy is
 * built or kept. Decoding a common word's postings into objects on its first use (at 1,000 articles,
 * a thousand objects per completion of the word being typed) was a visible share of a keystroke on
 * a phone, and a decoded copy of every term used would grow with the session.
 */
export class PostingStore {
  private readonly counts: Int32Array;

  constructor(private readonly index: Pick<SerializedIndex, "postings" | "bodyPostings" | "terms">) {
    this.counts = new Int32Array(index.terms.length).fill(-1);
  }

  /** Visits the articles that only mention the term in the body, then those with it in a short field, in doc order within each. */
  forEach(term: number, visit: PostingVisitor): void {
    let doc = 0;
    for (const delta of this.index.bodyPostings[term] ?? NONE) {
      doc += delta;
      visit(doc, FIELD.body, NONE, 0, 0);
    }
    const flat = this.index.postings[term] ?? NONE;
    doc = 0;
    for (let i = 0; i < flat.length; ) {
      doc += flat[i++]!;
      const fields = flat[i++]!;
      let count = 0;
      if (fields & FIELD.headings) count = flat[i++]!;
      visit(doc, fields, flat, i, count);
      i += count;
    }
  }

  /** How many articles have the term (counted once per term, without decoding). */
  count(term: number): number {
    let count = this.counts[term]!;
    if (count >= 0) return count;
    count = this.index.bodyPostings[term]?.length ?? 0;
    const flat = this.index.postings[term] ?? NONE;
    for (let i = 0; i < flat.length; count += 1) {
      const fields = flat[i + 1]!;
      i += 2;
      if (fields & FIELD.headings) i += 1 + flat[i]!;
    }
    this.counts[term] = count;
    return count;
  }
}
