/**
 * A Zendesk Help Center article URL: `/hc/<locale>/articles/<id>`, with or without the
 * `-title-words` Zendesk appends (and changes whenever the title does). Groups: locale, id.
 */
export const ZENDESK_ARTICLE_PATH = /^\/hc\/([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\/articles\/(\d+)(?:-[^/]*)?\/?$/i;

/**
 * Old Zendesk links reach imported articles by id: an article imported from Zendesk lists
 * `/hc/<locale>/articles/<id>` in its `redirectFrom`, and this matcher answers every spelling of
 * that article's URL (any locale, any title suffix) with the same destination. Built once from
 * the build's redirect list; returns undefined for every other path.
 */
export function zendeskRedirects(redirects: readonly { source: string; destination: string }[]): (path: string) => string | undefined {
  const byId = new Map<string, string>();
  for (const { source, destination } of redirects) {
    const id = ZENDESK_ARTICLE_PATH.exec(source)?.[2];
    if (id && !byId.has(id)) byId.set(id, destination);
  }
  if (byId.size === 0) return () => undefined;
  return (path) => {
    const id = ZENDESK_ARTICLE_PATH.exec(path)?.[2];
    return id ? byId.get(id) : undefined;
  };
}
