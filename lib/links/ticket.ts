/**
 * What "Copy for ticket" puts on the clipboard: a link to the article (or the exact step) with its
 * summary, in Markdown for ticketing tools and in plain text for email and chat.
 */
export interface TicketLink {
  articleTitle: string;
  /** The solution step, when the link is to one. */
  stepTitle?: string;
  /** Absolute URL, with the step's #anchor when there is one. */
  url: string;
  summary: string;
}

const label = (link: TicketLink) => (link.stepTitle ? `${link.articleTitle} › ${link.stepTitle}` : link.articleTitle);

export function ticketMarkdown(link: TicketLink): string {
  const text = label(link).replace(/([\\[\]])/g, "\\$1");
  // Parentheses and spaces would end a Markdown link early.
  const url = link.url.replace(/[()\s]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
  return `[${text}](${url})\n\n${link.summary}`;
}

export function ticketPlainText(link: TicketLink): string {
  return `${label(link)}\n${link.url}\n\n${link.summary}`;
}
