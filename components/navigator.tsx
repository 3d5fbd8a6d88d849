import Link from "next/link";
import type { NavigatorChoice, NavigatorGroup } from "@/lib/content/navigator";
import { RememberSymptom } from "./remember-symptom";

/**
 * "What's happening?": the portal's front door. Plain links, so it works before and without
 * JavaScript; a choice with one article goes straight to that article's solutions.
 */
export function Navigator({ groups }: { groups: NavigatorGroup[] }) {
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <RememberSymptom />
      {groups.map((group) => (
        <section key={group.id} aria-labelledby={`nav-${group.id}`} className="rounded-xl border border-slate-200 p-5 dark:border-slate-800">
          <h3 id={`nav-${group.id}`} className="text-lg font-semibold">
            {group.title}
          </h3>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{group.description}</p>
          <ChoiceList choices={group.choices} compact={group.id === "error-code"} />
          {group.more.length > 0 && (
            <details className="mt-2">
              <summary className="cursor-pointer text-sm font-medium text-blue-700 dark:text-sky-300">
                More ({group.more.length})
              </summary>
              <ChoiceList choices={group.more} compact={false} />
            </details>
          )}
          {group.omitted > 0 && (
            <p className="mt-2 text-sm">
              <Link prefetch={false} href="/symptoms">
                Every symptom, A to Z
              </Link>{" "}
              <span className="text-slate-600 dark:text-slate-400">({group.omitted} more here)</span>
            </p>
          )}
        </section>
      ))}
    </div>
  );
}

/**
 * Plain anchors, not Next's Link: a choice opens a prerendered page either way, and a Link is a
 * client component that hydrates, one per choice (up to 40 a group): most of the home page's
 * hydration work on a phone, for navigations people make once.
 */
function ChoiceList({ choices, compact }: { choices: NavigatorChoice[]; compact: boolean }) {
  return (
    <ul className={compact ? "mt-3 grid grid-cols-1 gap-2 sm:grid-cols-2" : "mt-3 space-y-1"}>
      {choices.map((choice) => (
        <li key={choice.href + choice.label}>
          <a href={choice.href} data-symptom={choice.label} className="group block rounded-md px-2 py-1.5 hover:bg-slate-100 dark:hover:bg-slate-800">
            <span className="font-medium">{choice.label}</span>
            <span className="block text-xs text-slate-600 no-underline dark:text-slate-400">{choice.hint}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
