import type { SearchRecord } from "../../lib/search/types";
import type { Random } from "./prng";
import type { SourceText } from "./source-text";
import * as W from "./word-lists";

/**
 * Synthetic troubleshooting articles shaped like ours (title, summary, symptoms, codes, intro,
 * "Symptoms", "Why this happens", "Solutions" with 3–6 `###` steps), with prose sampled from the
 * real corpus and titles combined from product words, so titles stay mostly unique at 10,000.
 */

interface Topic {
  qual: string;
  one: string;
  many: string;
  verb: [string, string, string];
  codes: string[];
  http?: number;
  snake?: string;
  client: string;
  place: string;
  event: string;
}

const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const snake = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "_");
export const slugify = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
const statusLine = (code: number) => `${code} ${W.HTTP_STATUS[code]}`;

type Need = "http" | "snake" | null;
const TITLES: [Need, (t: Topic, r: Random) => string][] = [
  ["http", (t) => `${cap(t.qual)} ${t.many} fail with ${statusLine(t.http!)}`],
  [null, (t) => `Cannot ${t.verb[0]} ${t.qual} ${t.one}`],
  [null, (t, r) => `${cap(t.qual)} ${t.one} stuck in ${r.pick(W.STATES)}`],
  ["http", (t) => `${cap(t.qual)} ${t.one} returns ${t.http} after ${t.event}`],
  ["snake", (t) => `Error ${t.snake} when ${t.verb[1]} ${t.qual} ${t.many}`],
  [null, (t) => `${cap(t.qual)} ${t.many} not showing up in ${t.place}`],
  [null, (t, r) => `Why is my ${t.qual} ${t.one} ${r.pick(W.ADJECTIVES)}?`],
  [null, (t, r) => `${cap(t.qual)} ${t.one} ${r.pick(W.PAST)} unexpectedly`],
  [null, (t, r) => `${cap(t.qual)} ${t.one} ${r.pick(W.PROBLEMS)} with ${t.client}`],
  ["snake", (t, r) => `${t.snake}: ${t.qual} ${t.many} ${r.pick(W.PAST)}`],
  [null, (t) => `Unable to ${t.verb[0]} ${t.qual} ${t.many} from ${t.client}`],
  [null, (t) => `${cap(t.qual)} ${t.one} times out after ${t.event}`],
  ["http", (t) => `${statusLine(t.http!)} when ${t.verb[1]} ${t.qual} ${t.one}`],
  [null, (t, r) => `${cap(t.qual)} ${t.many} ${r.pick(W.PAST)} after ${t.event}`],
];

const SYMPTOMS: ((t: Topic, r: Random) => string)[] = [
  (t) => `${cap(t.qual)} ${t.many} keep failing${t.codes[0] ? ` with ${t.codes[0]}` : ""}`,
  (t) => `Every time I try to ${t.verb[0]} the ${t.one} nothing happens`,
  (t, r) => `It worked yesterday, now my ${t.many} ${r.pick(W.PAST)}`,
  (t, r) => `The ${t.one} shows ${r.pick(W.STATES)} for hours`,
  (t) => `Getting ${t.codes.at(-1) ?? "an error"} in the logs`,
  (t) => `My ${t.client.replace(/^the /, "")} script stops halfway`,
  (t) => `Only some ${t.many} arrive, the rest are missing`,
  (t) => `Takes forever to ${t.verb[0]} anything`,
  (t) => `Teammates see the ${t.one} but I don't`,
  (t, r) => `${cap(t.place)} says the ${t.one} ${r.pick(W.PAST)}`,
  (t, r) => `Random ${r.pick(W.PROBLEMS)} since ${t.event}`,
  (t) => `${cap(t.qual)} stopped working after ${t.event}`,
];

const HEADINGS: ((t: Topic, r: Random, other: string) => string)[] = [
  (t) => `${cap(t.verb[0])} the ${t.qual} ${t.one}`,
  (t) => `Check the ${t.qual} ${t.one} logs`,
  (t) => `Increase the ${t.one} limit`,
  (t) => `Re-create the ${t.one} with ${t.client}`,
  (t) => `Verify ${t.qual} permissions`,
  (t) => `Clear the ${t.qual} cache`,
  (t) => `Update ${t.client} to the latest version`,
  (t) => `Allow the ${t.qual} IP ranges`,
  (t) => `Retry failed ${t.many} with backoff`,
  (t) => `Reconnect the ${t.qual} after ${t.event}`,
  (t) => `Compare ${t.one} settings between projects`,
  (_t, _r, other) => `Turn off ${other} temporarily`,
  (_t, _r, other) => `Review the ${other} configuration`,
  () => "Contact your organization administrator",
  () => "Escalate to platform support",
];

export function generateCorpus(count: number, source: SourceText, random: Random): SearchRecord[] {
  const quals = [...W.PRODUCTS.map((product) => product.toLowerCase()), ...source.topics];
  const snakeCodes = source.codes;
  const seen = new Set<string>();
  const slugs = new Set<string>();
  const records: SearchRecord[] = [];
  const prose = (min: number, max: number) => Array.from({ length: random.int(min, max) }, () => random.pick(source.sentences)).join(" ");
  for (let i = 0; i < count; i += 1) {
    let topic: Topic;
    let title: string;
    let attempts = 0;
    do {
      const [one, many] = random.pick(W.OBJECTS);
      const qual = random.pick(quals);
      topic = { qual, one, many, verb: random.pick(W.VERBS), codes: [], client: random.pick(W.CLIENTS), place: random.pick(W.PLACES), event: random.pick(W.EVENTS) };
      const [need, make] = random.pick(TITLES);
      const wanted = need === null ? random.int(0, 4) : random.int(1, 4);
      const http = () => Number(random.pick(Object.keys(W.HTTP_STATUS)));
      const platform = () => (random.chance(0.15) && snakeCodes.length ? random.pick(snakeCodes) : `${snake(random.chance(0.5) ? qual : one)}_${random.pick(W.CONDITIONS)}`);
      if (need === "http") topic.http = http();
      if (need === "snake") topic.snake = platform();
      const codes = new Set<string>([topic.http, topic.snake].filter((code) => code !== undefined).map(String));
      while (codes.size < wanted) codes.add(random.chance(0.55) ? String(http()) : platform());
      topic.codes = [...codes];
      title = make(topic, random);
      attempts += 1;
    } while (seen.has(title) && attempts < 5);
    seen.add(title);

    const symptoms = random.shuffle(SYMPTOMS).slice(0, random.int(3, 8)).map((make) => make(topic, random));
    const summary = `${cap(topic.qual)} ${topic.many} fail when ${random.pick(W.CAUSES)}; check ${topic.place}, then ${topic.verb[0]} the ${topic.one} again.`;
    const headings = [...new Set(random.shuffle(HEADINGS).slice(0, random.int(3, 6)).map((make) => make(topic, random, random.pick(quals))))];
    let slug = slugify(title);
    if (slugs.has(slug)) slug = `${slug}-${i}`;
    slugs.add(slug);
    records.push({
      slug,
      url: `/articles/${slug}`,
      title,
      summary,
      symptoms,
      codes: topic.codes,
      sections: [
        { id: null, heading: "", depth: 0, text: `${summary} ${prose(2, 3)}` },
        { id: "symptoms", heading: "Symptoms", depth: 2, text: `${symptoms.join(". ")}. ${prose(1, 2)}` },
        { id: "why-this-happens", heading: "Why this happens", depth: 2, text: `${prose(3, 5)} ${topic.codes.length ? `The error ${topic.codes.join(" or ")} means the ${topic.one} was refused.` : ""}` },
        { id: "solutions", heading: "Solutions", depth: 2, text: "" },
        ...headings.map((heading) => ({
          id: slugify(heading),
          heading,
          depth: 3,
          text: `${prose(2, 4)} Open ${topic.place}, find the ${topic.qual} ${topic.one} and select ${cap(topic.verb[0])}.`,
        })),
      ],
    });
  }
  return records;
}
