"use client";

import { useId, useMemo, useState } from "react";
import { parsePastedError, type PastedError } from "@/lib/support/pasted-error";
import { supportRequestMailto, supportRequestMarkdown, supportRequestText, type SupportRequestInput } from "@/lib/support/request";
import { useChecklist } from "./checklist-store";
import { CopyButton } from "./copy-button";
import { record } from "./event-recorder";
import { loadPasteReader } from "./paste-loader";
import { pasteSignal } from "./paste-signal";
import { recalledPastedErrorJson, recalledSymptom } from "./session-context";
import { recordWhenSettled } from "./settled-signal";
import { useStatusForRequest } from "./use-status-for-request";

const recalledPastedError = () => parsePastedError(recalledPastedErrorJson());

export interface SupportRequestProps {
  slug: string;
  title: string;
  /** Absolute URL of the article. */
  url: string;
  steps: { id: string; title: string }[];
  contacts: { name: string; when: string; how: string; href: string | null }[];
  /**
   * The paste catalogue's URL: its platform codes (`content/error-codes.yml`) are what a pasted
   * error is read against. Fetched on the first paste, never inlined: an imported catalogue of
   * thousands of codes made every article page 80 KB heavier.
   */
  catalogueUrl: string;
}

function browserName(): string {
  const brands = (navigator as Navigator & { userAgentData?: { brands: { brand: string; version: string }[]; platform: string } }).userAgentData;
  const brand = brands?.brands.find((entry) => !/not.?a.?brand|chromium/i.test(entry.brand));
  return brand ? `${brand.brand} ${brand.version} on ${brands?.platform || "unknown OS"}` : navigator.userAgent;
}

const copyButton =
  "rounded-md border border-slate-400 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800";

/** Builds the request from the checklist marks, the symptom and error the reader brought, and the page. */
export function SupportRequest({ slug, title, url, steps, contacts, catalogueUrl }: SupportRequestProps) {
  const { state } = useChecklist(slug, steps.map((step) => step.id));
  const [time] = useState(() => new Date());
  const [symptom] = useState(recalledSymptom);
  const [pasted, setPasted] = useState<PastedError | undefined>(recalledPastedError);
  const serviceStatus = useStatusForRequest(slug);
  const id = useId();

  const input: SupportRequestInput = useMemo(
    () => ({
      article: { title, url },
      symptom,
      steps: steps.map((step) => ({ title: step.title, url: `${url}#${step.id}`, outcome: state.steps[step.id] ?? "untried" })),
      error: pasted,
      time,
      pageUrl: window.location.href.split("#")[0]!,
      browser: browserName(),
      serviceStatus,
    }),
    [title, url, symptom, steps, state.steps, pasted, time, serviceStatus],
  );
  const text = supportRequestText(input);
  const support = contacts.find((contact) => contact.href?.startsWith("mailto:"));
  // Escalation per article: the request copied (either way) or opened as an email.
  const escalated = () => record({ type: "request_copied", article: slug });

  const onPaste = async (value: string) => {
    if (!value.trim()) return setPasted(recalledPastedError());
    const [paste, { catalogue }] = await Promise.all([import("@/lib/paste/client"), loadPasteReader(catalogueUrl)]);
    const details = paste.extractErrorDetails(value, { knownCodes: catalogue.platformCodes });
    recordWhenSettled("paste:support", pasteSignal("support", details));
    setPasted(paste.pastedErrorFrom(details));
  };

  return (
    <div className="mt-4 space-y-4">
      <div>
        <label htmlFor={`${id}-error`} className="text-sm font-medium">
          The error you got (optional; read here, never sent; API keys are masked)
        </label>
        <textarea
          id={`${id}-error`}
          rows={3}
          spellCheck={false}
          onChange={(event) => void onPaste(event.target.value)}
          className="mt-1 block w-full rounded-md border border-slate-400 bg-white p-2 font-mono text-sm dark:border-slate-600 dark:bg-slate-900"
        />
      </div>
      <div role="region" aria-label="Your support request" tabIndex={0} className="max-h-80 overflow-auto rounded-lg bg-white p-4 dark:bg-slate-950">
        <pre className="text-sm whitespace-pre-wrap">{text}</pre>
      </div>
      <div className="flex flex-wrap gap-3">
        <CopyButton text={() => text} confirmation="Support request copied as text" className={copyButton} onCopied={escalated}>
          Copy as text
        </CopyButton>
        <CopyButton text={() => supportRequestMarkdown(input)} confirmation="Support request copied as Markdown" className={copyButton} onCopied={escalated}>
          Copy as Markdown
        </CopyButton>
      </div>
      <ol className="list-decimal space-y-2 pl-6 text-sm">
        {contacts.map((contact) => (
          <li key={contact.name}>
            <strong>{contact.name}</strong>: {contact.how}
            {contact === support && contact.href && (
              <>
                {" "}
                <a onClick={escalated} href={supportRequestMailto(contact.href, input)}>
                  Open an email with this request
                </a>
              </>
            )}
          </li>
        ))}
      </ol>
      <p className="text-xs text-slate-600 dark:text-slate-400">Nothing is sent until you send it yourself.</p>
    </div>
  );
}
