/**
 * Everything the paste box loads on first use, in one chunk (imported dynamically): the
 * recognizer, the article ranking and the secret masking. None of it is in a page's first load.
 */
export { describeErrorDetails, extractErrorDetails } from "./extract";
export { rankArticlesForError } from "./match";
export { stepForMatch } from "./catalogue";
export { redactSecrets } from "../redact";
export { pastedErrorFrom } from "../support/pasted-error";
