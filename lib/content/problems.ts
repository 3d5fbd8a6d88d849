/** One thing wrong with the content, pointing at the file (and line) an author must fix. */
export interface Problem {
  /** Path as the author sees it, e.g. `content/api/rate-limit-exceeded.md`. */
  file: string;
  line?: number;
  /** The frontmatter field (`summary`, `related[1]`), or `body` / `frontmatter` / `file`. */
  field: string;
  message: string;
}

/** `content/api/x.md:4: summary — must be at most 200 characters` */
export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  return `${where}: ${problem.field} — ${problem.message}`;
}

export function formatReport(problems: readonly Problem[]): string {
  const count = `${problems.length} content problem${problems.length === 1 ? "" : "s"}`;
  return [`${count}:`, ...sortProblems(problems).map((problem) => `  ${formatProblem(problem)}`)].join("\n");
}

function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

/** Thrown by the site's content accessor so `next build` fails with the same report `content:check` prints. */
export class ContentError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(`The content has problems; fix them and build again.\n${formatReport(problems)}`);
    this.name = "ContentError";
  }
}
