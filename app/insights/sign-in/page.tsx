import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { SignInForm, tooMany, WRONG } from "@/components/insights/sign-in-form";
import { staffSessionState } from "@/lib/auth/guard";
import { safeNextPath } from "@/lib/auth/next-path";

export const metadata: Metadata = { title: "Sign in · Insights", robots: { index: false, follow: false } };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function errorOf(params: Record<string, string | string[] | undefined>): string | null {
  switch (first(params.error)) {
    case "wrong":
      return WRONG;
    case "too-many":
      return tooMany(Number(first(params.wait)));
    case "missing":
      return "Enter the password.";
    default:
      return null;
  }
}

/** Staff sign-in for /insights. A 404 while insights are off; straight on when already signed in. */
export default async function SignInPage(props: PageProps<"/insights/sign-in">) {
  const state = await staffSessionState();
  if (!state) notFound();
  const params = await props.searchParams;
  const next = safeNextPath(first(params.next));
  if (state.signedIn) redirect(next);
  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold tracking-tight">Sign in to insights</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        For the people who write and maintain the articles: where the portal fails visitors, which fixes work, what is missing.
      </p>
      {first(params["signed-out"]) && (
        <p role="status" className="mt-4 rounded-lg border border-slate-300 p-3 dark:border-slate-700">
          You are signed out.
        </p>
      )}
      <SignInForm next={next} initialError={errorOf(params)} />
    </div>
  );
}
