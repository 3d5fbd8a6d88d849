"use client";

import { useState, type FormEvent } from "react";

/**
 * The staff sign-in form. It is a plain form that posts to /api/insights/session (and works so
 * without JavaScript); with JavaScript it posts JSON instead, so a wrong password or too many
 * attempts is said in place, without a page load.
 */
export function SignInForm({ next, initialError }: { next: string; initialError: string | null }) {
  const [error, setError] = useState(initialError);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get("password") ?? "");
    setBusy(true);
    try {
      const response = await fetch("/api/insights/session", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ password, next }) });
      const body = (await response.json().catch(() => ({}))) as { next?: string; retryAfter?: number };
      if (response.ok) return window.location.assign(body.next ?? next);
      setError(response.status === 429 ? tooMany(body.retryAfter) : response.status === 401 ? WRONG : "Signing in failed. Try again.");
    } catch {
      setError("The server did not answer. Check your connection and try again.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <form method="post" action="/api/insights/session" onSubmit={submit} className="mt-6 flex max-w-sm flex-col gap-3">
      <input type="hidden" name="next" value={next} />
      <label htmlFor="staff-password" className="font-medium">
        Password
      </label>
      <input
        id="staff-password"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        aria-describedby={error ? "sign-in-error" : undefined}
        className="rounded-md border border-slate-500 bg-white px-3 py-2 dark:bg-slate-900"
      />
      <p id="sign-in-error" role="alert" className="min-h-6 text-sm font-medium text-red-700 dark:text-red-300">
        {error}
      </p>
      <button type="submit" disabled={busy} className="rounded-md bg-blue-700 px-4 py-2 font-semibold text-white disabled:opacity-70 dark:bg-sky-300 dark:text-slate-950">
        Sign in
      </button>
    </form>
  );
}

export const WRONG = "That password is not right.";
export const tooMany = (seconds?: number) => `Too many attempts. Try again in ${seconds && seconds > 0 ? `${seconds} seconds` : "a minute"}.`;
