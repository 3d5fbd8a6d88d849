import type { Random } from "@/lib/prng";

/** One realistic typo, as people make them on a QWERTY keyboard. The first letter is left alone. */
export type TypoType = "transposition" | "deletion" | "substitution" | "insertion";
const TYPO_TYPES: readonly TypoType[] = ["transposition", "deletion", "substitution", "insertion"];

const ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];

/** Keys around a letter: left and right, and the two touching it above and below (rows are staggered). */
function neighbours(letter: string): string[] {
  const row = ROWS.findIndex((keys) => keys.includes(letter));
  if (row < 0) return [];
  const i = ROWS[row]!.indexOf(letter);
  const around = [
    ROWS[row]![i - 1],
    ROWS[row]![i + 1],
    ROWS[row - 1]?.[i],
    ROWS[row - 1]?.[i + 1],
    ROWS[row + 1]?.[i - 1],
    ROWS[row + 1]?.[i],
  ];
  return around.filter((key): key is string => key !== undefined);
}

export function makeTypo(word: string, random: Random): { typo: string; type: TypoType } {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const type = random.pick(TYPO_TYPES);
    const typo = apply(word, type, random);
    if (typo !== word) return { typo, type };
  }
  return { typo: `${word.slice(0, -1)}`, type: "deletion" };
}

function apply(word: string, type: TypoType, random: Random): string {
  switch (type) {
    case "transposition": {
      const i = random.int(1, word.length - 2);
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    }
    case "deletion": {
      const i = random.int(1, word.length - 1);
      return word.slice(0, i) + word.slice(i + 1);
    }
    case "substitution": {
      const i = random.int(1, word.length - 1);
      const options = neighbours(word[i]!);
      return options.length ? word.slice(0, i) + random.pick(options) + word.slice(i + 1) : word;
    }
    case "insertion": {
      // A fat finger: a key next to the previous letter, or the previous letter twice.
      const i = random.int(1, word.length);
      const previous = word[i - 1]!;
      const extra = random.chance(0.3) ? previous : random.pick(neighbours(previous).concat(previous));
      return word.slice(0, i) + extra + word.slice(i);
    }
  }
}
