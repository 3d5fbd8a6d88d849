import type { Article } from "@/lib/content";
import { StepFeedback } from "./step-feedback";

/**
 * The rendered Markdown, part by part, with the checklist controls after each solution step.
 * The HTML is ours: sanitized at build time by the one Markdown pipeline.
 */
export function ArticleBody({ article }: { article: Article }) {
  const stepIds = article.solutions.map((step) => step.id);
  return (
    <div className="article-body">
      {article.parts.map((part, index) => {
        const step = article.solutions.find((solution) => solution.id === part.id);
        return (
          <div key={part.id ?? `part-${index}`}>
            <div dangerouslySetInnerHTML={{ __html: part.html }} />
            {step && <StepFeedback slug={article.slug} stepId={step.id} stepTitle={step.title} stepIds={stepIds} />}
          </div>
        );
      })}
    </div>
  );
}
