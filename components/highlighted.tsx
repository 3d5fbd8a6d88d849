import type { Segment } from "@/lib/search/highlight";

/** Text with the matched words in <mark>; the segments come from `highlightSegments`. */
export function Highlighted({ segments }: { segments: Segment[] }) {
  return segments.map((segment, index) =>
    segment.match ? (
      <mark key={index} className="rounded-sm bg-amber-200 px-0.5 text-slate-950 dark:bg-amber-700/60 dark:text-amber-50">
        {segment.text}
      </mark>
    ) : (
      segment.text
    ),
  );
}
