import type { DeclaredError } from "../types";
import { listField, textField } from "./frontmatter";
import { normalizeOldPath } from "./paths";

/**
 * `connection-errors-EjHYLS` → `connection-errors`: some sites (Supabase) end file names with a
 * short random id that means nothing to a reader. A 6-character last part in mixed case, with an
 * underscore, or of hex digits (`eb6b44`, `616717`) is taken for one; the old URL keeps it, so old links still work.
 */
export function withoutRandomId(name: string): string {
  const match = /^(.*[A-Za-z0-9])-{1,2}([A-Za-z0-9_]{6})$/.exec(name);
  const id = match?.[2];
  if (!id) return name;
  const digits = id.match(/\d/g)?.length ?? 0;
  const random = (/[A-Z]/.test(id) && /[a-z]/.test(id)) || id.includes("_") || /^\d{6}$/.test(id) || (/^[0-9a-f]{6}$/.test(id) && digits >= 2);
  return random ? match[1]! : name;
}

/**
 * The paths the article answered on: `permalink`/`url` as written; else the prefix plus `slug`
 * (relative to its folder unless it starts with /) or the file's path without its extension
 * (`index` answers for its folder); plus Hugo `aliases` and Jekyll `redirect_from`.
 */
export function oldUrls(data: Record<string, unknown>, prefix: string | undefined, folder: string, pathWithoutExtension: string): string[] {
  const urls: string[] = [];
  const explicit = textField(data, "permalink", "url");
  const slug = textField(data, "slug");
  if (explicit?.startsWith("/")) urls.push(explicit);
  else if (prefix !== undefined) {
    if (slug) urls.push(slug.startsWith("/") ? `${prefix}/${slug}` : `${prefix}/${folder}/${slug}`);
    else urls.push(`${prefix}/${pathWithoutExtension}`);
  } else if (slug?.startsWith("/")) urls.push(slug);
  urls.push(...listField(data, "aliases", "redirect_from"));
  return [...new Set(urls.map(normalizeOldPath))];
}

/** Supabase `[[errors]]` tables (`http_status_code`, `code`, `message`), or a list of codes. */
export function declaredErrors(value: unknown): DeclaredError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item): DeclaredError[] => {
    if (typeof item === "string" || typeof item === "number") return [{ code: String(item) }];
    if (!item || typeof item !== "object") return [];
    const record = item as Record<string, unknown>;
    const status = Number(record.http_status_code ?? record.status ?? record.http_status);
    const code = record.code ?? record.error_code;
    const message = record.message;
    return [{
      httpStatus: Number.isInteger(status) ? status : undefined,
      code: typeof code === "string" || typeof code === "number" ? String(code) : undefined,
      message: typeof message === "string" ? message.replace(/\s+/g, " ").trim() : undefined,
    }];
  });
}
