import "server-only";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { staffAuth, type StaffAuth } from "./config";
import { SESSION_COOKIE } from "./cookie";
import { SIGN_IN_PATH, signInPath } from "./next-path";
import { PRIVATE_HEADERS } from "./private-headers";
import { isValidSession } from "./session";

/**
 * The first thing every insights page does: a 404 when insights are off, the sign-in page (and back
 * to `path` afterwards) without a valid session. Nothing else of the page runs before it.
 */
export async function requireStaffPage(path: string): Promise<void> {
  // Decided per request, never at build time: the settings are the running server's.
  await connection();
  const auth = staffAuth();
  if (!auth) notFound();
  if (!(await isValidSession(auth, (await cookies()).get(SESSION_COOKIE)?.value))) redirect(signInPath(path));
}

/** For the sign-in page: null when insights are off, else whether this visitor is signed in already. */
export async function staffSessionState(): Promise<{ auth: StaffAuth; signedIn: boolean } | null> {
  await connection();
  const auth = staffAuth();
  if (!auth) return null;
  return { auth, signedIn: await isValidSession(auth, (await cookies()).get(SESSION_COOKIE)?.value) };
}

export { PRIVATE_HEADERS };

export const privateJson = (status: number, body: unknown) => Response.json(body, { status, headers: PRIVATE_HEADERS });

/** For the insights API: a Response to send instead (404 when off, 401 JSON without a session), or null to go on. */
export async function refuseUnlessStaff(): Promise<Response | null> {
  const auth = staffAuth();
  if (!auth) return privateJson(404, { error: "not found" });
  if (!(await isValidSession(auth, (await cookies()).get(SESSION_COOKIE)?.value))) {
    return privateJson(401, { error: "sign in first", signIn: SIGN_IN_PATH });
  }
  return null;
}
