import { slug as githubSlug } from "github-slugger";

/** A slug of ours from any text: lowercase ASCII words joined by single hyphens. */
export function slugify(text: string, max = 80): string {
  const ascii = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (ascii.length <= max) return ascii;
  const cut = ascii.slice(0, max + 1);
  return (cut.includes("-") ? cut.slice(0, cut.lastIndexOf("-")) : cut.slice(0, max)).replace(/-+$/, "");
}

/** `auth-errors` / `auth_errors` → `Auth errors`. */
export function humanize(name: string): string {
  const words = name.replace(/[-_]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** `/docs//x/index.html/` → `/docs/x/index.html` → `/docs/x`: one spelling per old path. */
export function normalizeOldPath(raw: string): string {
  let path = raw.trim().replace(/[?#].*$/, "");
  if (!path.startsWith("/")) path = `/${path}`;
  path = path.replace(/\/{2,}/g, "/").replace(/\.html?$/i, "").replace(/\/index$/i, "/");
  return path.length > 1 ? path.replace(/\/+$/, "") : path;
}

/** What `redirectFrom` accepts (lib/content/schema.ts). */
export const REDIRECT_PATH = /^\/[A-Za-z0-9._~/-]*$/;

export { githubSlug };
