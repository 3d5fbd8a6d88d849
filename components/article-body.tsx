import type { Article } from "@/lib/content/types";
import { CopyLinks } from "./copy-links";
import { StepFeedback } from "./step-feedback";

/**
 * The rendered Markdown, part by part: each solution step gets its copy-link row under the heading
 * and the checklist controls at its end. The HTML is ours, sanitized at build time by the one
 * Markdown pipeline.
 */
export function ArticleBody({ article }: { article: Article }) {
  const stepIds = article.solutions.map((step) => step.id);
  return (
    <div className="article-body">
      {article.parts.map((part, index) => {
        const step = article.solutions.find((solution) => solution.id === part.id);
        return (
          <div key={part.id ?? `part-${index}`} className="article-part">
            {part.headingHtml && <div dangerouslySetInnerHTML={{ __html: part.headingHtml }} />}
            {step && <CopyLinks path={`${article.url}#${step.id}`} articleTitle={article.title} stepTitle={step.title} summary={article.summary} />}
            <div dangerouslySetInnerHTML={{ __html: part.bodyHtml }} />
            {step && <StepFeedback slug={article.slug} stepId={step.id} stepTitle={step.title} stepIds={stepIds} />}
          </div>
        );
      })}
    </div>
  );
}
