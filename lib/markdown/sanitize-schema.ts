import { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";

/**
 * GitHub's own sanitize schema (what rehype-sanitize ships as default): no `<script>`, `<style>`,
 * `<iframe>`, event handlers, or `javascript:`/`data:` URLs. Ids an author writes in raw HTML keep
 * the `user-content-` prefix so they cannot clobber the page's globals; heading ids are assigned
 * after sanitizing, by our own plugins.
 */
export const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    // `<kbd>`, `<abbr title>` read well in troubleshooting steps.
    abbr: [...(defaultSchema.attributes?.abbr ?? []), "title"],
  },
};
