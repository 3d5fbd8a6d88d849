/**
 * The support request the "Still stuck?" panel builds for the user to copy: everything a support
 * agent would otherwise ask for, in plain text (for forms and chat) and Markdown (for tickets).
 * Pure: the page gathers the facts, this only words them.
 */

export type StepOutcome = "fixed" | "tried" | "untried";

export interface SupportRequestInput {
  article: { title: string; url: string };
  /** What the user said they see, when they came through the navigator. */
  symptom?: string;
  steps: { title: string; url: string; outcome: StepOutcome }[];
  /** What was recognized in an error the user pasted (already free of secrets). */
  error?: { labels: string[]; requestIds: string[]; message?: string };
  time: Date;
  pageUrl: string;
  browser: string;
}

const OUTCOME_TEXT: Record<StepOutcome, string> = {
  fixed: "fixed it",
  tried: "tried, didn't help",
  untried: "not tried yet",
};

export function supportRequestSubject(input: SupportRequestInput): string {
  const tried = input.steps.filter((step) => step.outcome === "tried").length;
  const code = input.error?.labels[0];
  return `Still stuck: ${input.article.title}${code ? ` (${code})` : ""} after trying ${tried} of ${input.steps.length} steps`;
}

function utc(time: Date): string {
  return `${time.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

export function supportRequestText(input: SupportRequestInput): string {
  const lines = [
    supportRequestSubject(input),
    "",
    `Article: ${input.article.title} (${input.article.url})`,
    ...(input.symptom ? [`What I see: ${input.symptom}`] : []),
    "",
    "Steps:",
    ...input.steps.map((step, index) => `${index + 1}. ${step.title}: ${OUTCOME_TEXT[step.outcome]}`),
  ];
  if (input.error) {
    lines.push("", "Error details:", ...input.error.labels.map((label) => `- ${label}`));
    if (input.error.message) lines.push(`- Message: ${input.error.message}`);
  }
  lines.push(
    "",
    `Request IDs: ${input.error?.requestIds.length ? input.error.requestIds.join(", ") : "(none recorded)"}`,
    `Time: ${utc(input.time)}`,
    `Page: ${input.pageUrl}`,
    `Browser: ${input.browser}`,
  );
  return lines.join("\n");
}

/** Markdown for tickets; step titles link to the exact steps. */
export function supportRequestMarkdown(input: SupportRequestInput): string {
  const escape = (text: string) => text.replace(/([\\`*_[\]<>|])/g, "\\$1");
  const lines = [
    `**${escape(supportRequestSubject(input))}**`,
    "",
    `- **Article:** [${escape(input.article.title)}](${input.article.url})`,
    ...(input.symptom ? [`- **What I see:** ${escape(input.symptom)}`] : []),
    "",
    "**Steps**",
    "",
    ...input.steps.map((step, index) => `${index + 1}. [${escape(step.title)}](${step.url}): ${OUTCOME_TEXT[step.outcome]}`),
  ];
  if (input.error) {
    lines.push("", "**Error details**", "", ...input.error.labels.map((label) => `- ${escape(label)}`));
    if (input.error.message) lines.push(`- Message: \`${input.error.message.replace(/`/g, "'")}\``);
  }
  lines.push(
    "",
    `- **Request IDs:** ${input.error?.requestIds.length ? input.error.requestIds.map((id) => `\`${id}\``).join(", ") : "(none recorded)"}`,
    `- **Time:** ${utc(input.time)}`,
    `- **Page:** ${input.pageUrl}`,
    `- **Browser:** ${escape(input.browser)}`,
  );
  return lines.join("\n");
}
