import { redactSecrets } from "../redact";
import type { PastedError } from "./pasted-error";

/**
 * The support request the "Still stuck?" panel builds for the user to copy: everything a support
 * agent would otherwise ask for, in plain text (for forms and chat) and Markdown (for tickets).
 * Pure: the page gathers the facts, this only words them. Every output passes through the
 * redactor as a whole, so no key reaches a request by any field (a page URL with `?api_key=`, a
 * symptom, an error), whatever its caller did before.
 */

export type StepOutcome = "fixed" | "tried" | "untried";

export interface SupportRequestInput {
  article: { title: string; url: string };
  /** What the user said they see, when they came through the navigator. */
  symptom?: string;
  steps: { title: string; url: string; outcome: StepOutcome }[];
  /** What was recognized in an error the user pasted. */
  error?: PastedError;
  time: Date;
  pageUrl: string;
  browser: string;
  /** The platform's status when the request was built (left out while it is not known). */
  serviceStatus?: ServiceStatusAtTheTime;
}

/** Open incidents (those concerning the article first), or none as of a time; times are ISO. */
export interface ServiceStatusAtTheTime {
  incidents: { name: string; since: string | null; url: string | null }[];
  asOf: string | null;
}

const INCIDENT_LABEL = "Known incident at the time";

/** One entry per open incident, or one saying there was none: support sees at once whether it is "us". */
function incidentsAtTheTime(status: ServiceStatusAtTheTime | undefined): string[] {
  if (!status) return [];
  if (status.incidents.length === 0) return [`none${status.asOf ? ` (service status as of ${utc(new Date(status.asOf))})` : ""}`];
  return status.incidents.map((incident) => `${incident.name}${incident.since ? ` (since ${utc(new Date(incident.since))})` : ""}${incident.url ? ` ${incident.url}` : ""}`);
}

const OUTCOME_TEXT: Record<StepOutcome, string> = {
  fixed: "fixed it",
  tried: "tried, didn't help",
  untried: "not tried yet",
};

function subject(input: SupportRequestInput): string {
  const tried = input.steps.filter((step) => step.outcome === "tried").length;
  const code = input.error?.labels[0];
  return `Still stuck: ${input.article.title}${code ? ` (${code})` : ""} after trying ${tried} of ${input.steps.length} steps`;
}

export const supportRequestSubject = (input: SupportRequestInput): string => redactSecrets(subject(input));

function utc(time: Date): string {
  return `${time.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

export const supportRequestText = (input: SupportRequestInput): string => redactSecrets(requestText(input));

function requestText(input: SupportRequestInput): string {
  const lines = [
    subject(input),
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
    ...incidentsAtTheTime(input.serviceStatus).map((incident) => `${INCIDENT_LABEL}: ${incident}`),
    `Page: ${input.pageUrl}`,
    `Browser: ${input.browser}`,
  );
  return lines.join("\n");
}

/** Markdown for tickets; step titles link to the exact steps. */
export const supportRequestMarkdown = (input: SupportRequestInput): string => redactSecrets(requestMarkdown(input));

/** A `mailto:` link that opens the request in the reader's mail client (`address` is `mailto:…`). */
export const supportRequestMailto = (address: string, input: SupportRequestInput): string =>
  `${address}?subject=${encodeURIComponent(supportRequestSubject(input))}&body=${encodeURIComponent(supportRequestText(input))}`;

function requestMarkdown(input: SupportRequestInput): string {
  // Redacted before escaping too: `sk\_live\_…` would no longer look like a key to the final pass.
  const escape = (text: string) => redactSecrets(text).replace(/([\\`*_[\]<>|])/g, "\\$1");
  const lines = [
    `**${escape(subject(input))}**`,
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
    ...incidentsAtTheTime(input.serviceStatus).map((incident) => `- **${INCIDENT_LABEL}:** ${escape(incident)}`),
    `- **Page:** ${input.pageUrl}`,
    `- **Browser:** ${escape(input.browser)}`,
  );
  return lines.join("\n");
}
