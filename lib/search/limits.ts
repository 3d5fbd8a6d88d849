/** Queries longer than this are cut: no one types more, and it bounds the work a request can cause. */
export const MAX_QUERY_LENGTH = 200;
