/** "You might see": the article's symptoms in the reader's words, so they know they are in the right place. */
export function SymptomList({ symptoms, firstSolutionId }: { symptoms: string[]; firstSolutionId?: string }) {
  if (symptoms.length === 0) return null;
  return (
    <section aria-labelledby="symptoms-heading" className="mb-8 rounded-xl border border-amber-300 bg-amber-50 p-5 dark:border-amber-800 dark:bg-amber-950/40">
      <h2 id="symptoms-heading" className="font-semibold">
        You might see
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {symptoms.map((symptom) => (
          <li key={symptom}>{symptom}</li>
        ))}
      </ul>
      {firstSolutionId && (
        <p className="mt-3 text-sm">
          <a href={`#${firstSolutionId}`}>Jump to the most likely fix</a>
        </p>
      )}
    </section>
  );
}
