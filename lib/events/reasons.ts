/**
 * Why an article did not help, as offered after "No". Shared by the feedback form (labels) and the
 * event schema (ids). The ids are stored; the labels may be reworded freely.
 */
export const FEEDBACK_REASONS = [
  { id: "didnt-fix", label: "It didn’t fix my problem" },
  { id: "hard-to-follow", label: "It’s hard to follow" },
  { id: "out-of-date", label: "It’s out of date" },
  { id: "not-what-i-wanted", label: "It’s not what I was looking for" },
  { id: "other", label: "Something else" },
] as const;

export type FeedbackReason = (typeof FEEDBACK_REASONS)[number]["id"];

export const FEEDBACK_REASON_IDS = FEEDBACK_REASONS.map((reason) => reason.id) as [FeedbackReason, ...FeedbackReason[]];

/** The longest comment kept, in characters. */
export const MAX_COMMENT_LENGTH = 1000;
