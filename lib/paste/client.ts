/**
 * Everything the paste box and the support request load on first use, in one chunk (imported
 * dynamically): the recognizer, the article ranking and the redactor. None of it is in a page's
 * first load.
 */
export { readPaste } from "./read-paste";
export { extractErrorDetails } from "./extract";
export { pastedErrorFrom } from "../support/pasted-error";
