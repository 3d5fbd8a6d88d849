import { searchPath } from "../routes";
import { absoluteUrl, site } from "../site";

export const OPENSEARCH_PATH = "/opensearch.xml";
export const SUGGEST_PATH = "/api/suggest";

/** ShortName may hold at most 16 characters (OpenSearch 1.1): what the browser lists. */
const SHORT_NAME = "AIaaS Help";

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * The OpenSearch description (https://github.com/dewitt/opensearch): the results page for
 * `{searchTerms}`, and suggestions from `/api/suggest` in the OpenSearch suggestions JSON format.
 */
export function openSearchDescription(): string {
  const results = absoluteUrl(searchPath("")).replace(/=$/, "={searchTerms}");
  const suggestions = `${absoluteUrl(SUGGEST_PATH)}?q={searchTerms}`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
  <ShortName>${escapeXml(SHORT_NAME)}</ShortName>
  <Description>${escapeXml(`Search the ${site.name}: error codes, error messages and symptoms.`)}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image type="image/svg+xml">${escapeXml(absoluteUrl("/icon.svg"))}</Image>
  <Url type="text/html" method="get" template="${escapeXml(results)}"/>
  <Url type="application/x-suggestions+json" method="get" template="${escapeXml(suggestions)}"/>
  <Url type="application/opensearchdescription+xml" rel="self" template="${escapeXml(absoluteUrl(OPENSEARCH_PATH))}"/>
  <moz:SearchForm>${escapeXml(absoluteUrl("/search"))}</moz:SearchForm>
</OpenSearchDescription>
`;
}
