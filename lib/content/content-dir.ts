import path from "node:path";

/**
 * The site's content: `content/`, unless HELP_CONTENT_DIR points elsewhere (the hostile-content
 * test site is built from tests/fixtures/hostile that way). Its own module, free of the Markdown
 * and YAML readers, because next.config.ts needs it on every server start.
 */
export const CONTENT_DIR = process.env.HELP_CONTENT_DIR ? path.resolve(process.env.HELP_CONTENT_DIR) : path.join(process.cwd(), "content");
