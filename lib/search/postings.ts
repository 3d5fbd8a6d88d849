import { FIELD, type SerializedIndex } from "./types";

export interface Posting {
  doc: number;
  fields: number;
  /** Indexes of the headed sections whose heading has the term; null when no heading has it. */
  sections: number[] | null;
}

/** Decodes a term's postings on first use and keeps them: a session's queries reuse few terms. */
export class PostingStore {
  private readonly decoded: (Posting[] | undefined)[];

  constructor(private readonly index: Pick<SerializedIndex, "postings" | "bodyPostings" | "terms">) {
    this.decoded = new Array(index.terms.length);
  }

  get(term: number): Posting[] {
    const cached = this.decoded[term];
    if (cached) return cached;
    const list: Posting[] = [];
    let doc = 0;
    for (const delta of this.index.bodyPostings[term] ?? []) {
      doc += delta;
      list.push({ doc, fields: FIELD.body, sections: null });
    }
    const flat = this.index.postings[term] ?? [];
    doc = 0;
    for (let i = 0; i < flat.length; ) {
      doc += flat[i++]!;
      const fields = flat[i++]!;
      let sections: number[] | null = null;
      if (fields & FIELD.headings) {
        const count = flat[i++]!;
        sections = flat.slice(i, i + count);
        i += count;
      }
      list.push({ doc, fields, sections });
    }
    this.decoded[term] = list;
    return list;
  }
}
