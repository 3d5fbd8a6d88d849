/**
 * "Copy link" and "Copy for ticket" (Markdown, plain text) for an article or one of its steps.
 * Plain server-rendered buttons: one CopyDelegate in the layout handles every row's clicks, so a
 * long article does not hydrate a component per button. Without JavaScript there is nothing to
 * copy with, so the row keeps its place hidden (`js-only`) instead of offering dead buttons. With
 * JavaScript the buttons arrive disabled and CopyDelegate enables them once it listens, so a click
 * while the page's scripts are still on their way is refused, not silently lost.
 */
interface CopyLinksProps {
  /** The page path, with the step's #anchor when the links are for a step. */
  path: string;
  articleTitle: string;
  stepTitle?: string;
  summary: string;
  /** The article's Markdown URL: adds "Copy as Markdown", which copies the whole article. */
  markdownPath?: string;
}

const small =
  "rounded border border-slate-300 px-2 py-1 text-xs font-medium text-slate-700 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800";

export function CopyLinks({ path, articleTitle, stepTitle, summary, markdownPath }: CopyLinksProps) {
  const what = stepTitle ? `“${stepTitle}”` : "this article";
  return (
    <div
      className="js-only not-prose no-print flex flex-wrap items-center gap-2"
      data-copy-row=""
      data-path={path}
      data-title={articleTitle}
      data-step={stepTitle}
      data-summary={summary}
      data-markdown={markdownPath}
    >
      <button type="button" data-copy="link" className={small} disabled aria-label={`Copy link to ${what}`}>
        Copy link
      </button>
      {markdownPath && (
        <button type="button" data-copy="article" className={small} disabled aria-label="Copy this article as Markdown">
          Copy as Markdown
        </button>
      )}
      <span className="text-xs text-slate-600 dark:text-slate-400">For a ticket:</span>
      <button type="button" data-copy="markdown" className={small} disabled aria-label={`Copy Markdown for a ticket about ${what}`}>
        Markdown
      </button>
      <button type="button" data-copy="text" className={small} disabled aria-label={`Copy plain text for a ticket about ${what}`}>
        Plain text
      </button>
      <span role="status" data-copy-status="" className="text-sm text-green-800 dark:text-green-300" />
    </div>
  );
}
