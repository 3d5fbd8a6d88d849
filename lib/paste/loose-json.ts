/**
 * Finds the objects in a paste and parses them forgivingly. Pastes rarely hold clean JSON: the
 * OpenAI-style Python SDK prints a Python dict (`{'error': {'code': 'x', 'param': None}}`), Node
 * prints objects with bare keys (`{ status: 401, statusText: 'Unauthorized' }`), logs cut bodies off.
 * So this accepts single quotes, bare keys, None/True/False/undefined and trailing commas, and gives
 * up on anything else. `JSON.parse` would reject all of these.
 *
 * The work is bounded: a shared step budget across all attempts, a depth limit, a cap on attempts.
 */
export type Loose = string | number | boolean | null | Loose[] | { [key: string]: Loose };
export type LooseObject = { [key: string]: Loose };

const MAX_DEPTH = 20;
const MAX_ATTEMPTS = 64;
const STEP_BUDGET = 400_000;
const LITERALS: Record<string, Loose> = { true: true, false: false, null: null, True: true, False: false, None: null, undefined: null };

class GiveUp extends Error {}

class Reader {
  pos = 0;
  steps = 0;
  constructor(private readonly text: string) {}

  get exhausted() {
    return this.steps >= STEP_BUDGET;
  }

  private peek(): string {
    return this.text.charAt(this.pos);
  }

  private advance(count = 1) {
    this.pos += count;
    this.steps += count;
    if (this.steps >= STEP_BUDGET) throw new GiveUp();
  }

  private space() {
    while (/\s/.test(this.peek()) && this.pos < this.text.length) this.advance();
  }

  private expect(char: string) {
    this.space();
    if (this.peek() !== char) throw new GiveUp();
    this.advance();
  }

  value(depth: number): Loose {
    if (depth > MAX_DEPTH) throw new GiveUp();
    this.space();
    const char = this.peek();
    if (char === "{") return this.object(depth);
    if (char === "[") return this.array(depth);
    if (char === '"' || char === "'") return this.string();
    if (/[-0-9]/.test(char)) return this.number();
    const word = this.word();
    if (Object.hasOwn(LITERALS, word)) return LITERALS[word] ?? null;
    throw new GiveUp();
  }

  object(depth: number): LooseObject {
    const result: LooseObject = {};
    this.expect("{");
    for (;;) {
      this.space();
      if (this.peek() === "}") break;
      const char = this.peek();
      const key = char === '"' || char === "'" ? this.string() : this.word();
      if (!key) throw new GiveUp();
      this.expect(":");
      result[key] = this.value(depth + 1);
      this.space();
      if (this.peek() === ",") this.advance();
      else if (this.peek() !== "}") throw new GiveUp();
    }
    this.advance();
    return result;
  }

  private array(depth: number): Loose[] {
    const result: Loose[] = [];
    this.expect("[");
    for (;;) {
      this.space();
      if (this.peek() === "]") break;
      result.push(this.value(depth + 1));
      this.space();
      if (this.peek() === ",") this.advance();
      else if (this.peek() !== "]") throw new GiveUp();
    }
    this.advance();
    return result;
  }

  private string(): string {
    const quote = this.peek();
    this.advance();
    let out = "";
    for (;;) {
      if (this.pos >= this.text.length) throw new GiveUp();
      const char = this.peek();
      if (char === quote) break;
      if (char === "\n") throw new GiveUp();
      if (char === "\\") {
        this.advance();
        const escaped = this.peek();
        out += escaped === "n" ? "\n" : escaped === "t" ? "\t" : escaped === "u" ? this.unicode() : escaped;
      } else {
        out += char;
      }
      this.advance();
    }
    this.advance();
    return out;
  }

  private unicode(): string {
    const hex = this.text.slice(this.pos + 1, this.pos + 5);
    if (!/^[0-9a-fA-F]{4}$/.test(hex)) return "u";
    this.advance(4);
    return String.fromCharCode(parseInt(hex, 16));
  }

  private number(): number {
    const match = /^-?[0-9]{1,20}(?:\.[0-9]{1,20})?(?:[eE][-+]?[0-9]{1,4})?/.exec(this.text.slice(this.pos, this.pos + 48));
    if (!match) throw new GiveUp();
    this.advance(match[0].length);
    return Number(match[0]);
  }

  private word(): string {
    const match = /^[A-Za-z_$][\w$-]{0,63}/.exec(this.text.slice(this.pos, this.pos + 64));
    if (!match) return "";
    this.advance(match[0].length);
    return match[0];
  }
}

/** Every top-level object that parses, in order. Nested objects come with their parent. */
export function parseLooseObjects(text: string): LooseObject[] {
  const objects: LooseObject[] = [];
  const reader = new Reader(text);
  let from = 0;
  for (let attempt = 0; attempt < MAX_ATTEMPTS && !reader.exhausted; attempt += 1) {
    const start = text.indexOf("{", from);
    if (start === -1) break;
    reader.pos = start;
    try {
      objects.push(reader.object(0));
      from = reader.pos;
    } catch (error) {
      if (!(error instanceof GiveUp)) throw error;
      from = start + 1;
    }
  }
  return objects;
}
