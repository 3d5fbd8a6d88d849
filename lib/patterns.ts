/**
 * The shapes of the identifiers content uses, each written once. The schema, the file-name rule,
 * the redirect reader and the generators of test content all test against these.
 */

/** An article slug, category id or heading id: lowercase words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A heading id another site generated (Zendesk's `h_01H…`, a Docusaurus `{#Custom_ID}`), kept as an
 * alias so links from old tickets still land on the step.
 */
export const OLD_ANCHOR_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** A platform error code: snake_case starting with a letter (`rate_limit_exceeded`). */
export const PLATFORM_CODE_PATTERN = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

/** A path of this site as `redirectFrom` may name it: no query, no `#anchor`. */
export const SITE_PATH_PATTERN = /^\/[A-Za-z0-9._~/-]*$/;
