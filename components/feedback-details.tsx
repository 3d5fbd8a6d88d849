import { FEEDBACK_REASONS, MAX_COMMENT_LENGTH } from "@/lib/events/reasons";

/** The optional part of a No: reasons and a comment, with the warning about what not to write. */
export function FeedbackDetails({ idPrefix }: { idPrefix: string }) {
  return (
    <>
      <fieldset className="mt-3">
        <legend className="text-sm font-medium">What went wrong? (optional)</legend>
        <ul className="mt-1 space-y-1">
          {FEEDBACK_REASONS.map((reason) => (
            <li key={reason.id}>
              <label className="inline-flex items-center gap-2 text-sm">
                <input type="checkbox" name="reason" value={reason.id} className="size-4" />
                {reason.label}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <label htmlFor={`${idPrefix}-comment`} className="mt-3 block text-sm font-medium">
        Anything else we should know? (optional)
      </label>
      <p id={`${idPrefix}-hint`} className="text-sm text-slate-700 dark:text-slate-300">
        Don’t include API keys or personal data.
      </p>
      <textarea
        id={`${idPrefix}-comment`}
        name="comment"
        rows={3}
        maxLength={MAX_COMMENT_LENGTH}
        aria-describedby={`${idPrefix}-hint`}
        className="mt-1 block w-full rounded-md border border-slate-400 bg-white p-2 text-sm dark:border-slate-600 dark:bg-slate-900"
      />
      <button type="submit" name="helpful" value="no" className="mt-3 rounded-md bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800 dark:bg-sky-300 dark:text-slate-950 dark:hover:bg-sky-200">
        Send feedback
      </button>
    </>
  );
}
