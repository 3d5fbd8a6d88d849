import type { TrendSeries } from "@/lib/insights/trend-series";

const WIDTH = 300;
const HEIGHT = 80;

/**
 * A small chart drawn on the server as SVG (no chart script in the browser): bars for counts, a
 * line for rates (0–100 %, gaps on days with nothing to measure). The picture is named by its
 * caption, which says in words what it shows; the day-by-day table below has every figure.
 */
export function TrendChart({ series }: { series: TrendSeries }) {
  const captionId = `chart-${series.id}`;
  const max = series.kind === "percent" ? 1 : Math.max(1, ...series.points.map((point) => point.value ?? 0));
  const step = WIDTH / Math.max(1, series.points.length);
  const y = (value: number) => HEIGHT - (value / max) * (HEIGHT - 4);
  return (
    <figure className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <h2 className="text-base font-semibold">{series.title}</h2>
      <svg role="img" aria-labelledby={captionId} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" className="mt-2 h-20 w-full overflow-visible text-blue-700 dark:text-sky-300">
        <line x1={0} x2={WIDTH} y1={HEIGHT} y2={HEIGHT} className="stroke-slate-500" strokeWidth={1} vectorEffect="non-scaling-stroke" />
        {series.kind === "count"
          ? series.points.map((point, index) =>
              point.value ? <rect key={point.day} x={index * step + step * 0.15} width={step * 0.7} y={y(point.value)} height={HEIGHT - y(point.value)} fill="currentColor" /> : null,
            )
          : segments(series.points).map((segment) => (
              <polyline
                key={segment[0]!.index}
                points={segment.map(({ index, value }) => `${index * step + step / 2},${y(value)}`).join(" ")}
                fill="none"
                stroke="currentColor"
                strokeWidth={2}
                strokeLinejoin="round"
                strokeLinecap="round"
                vectorEffect="non-scaling-stroke"
              />
            ))}
      </svg>
      <figcaption id={captionId} className="mt-2 text-sm text-slate-700 dark:text-slate-300">
        {series.title}: {series.summary}
      </figcaption>
    </figure>
  );
}

/** Runs of measured days; a lone measured day is drawn as a dot-long segment. */
function segments(points: TrendSeries["points"]): { index: number; value: number }[][] {
  const runs: { index: number; value: number }[][] = [];
  let run: { index: number; value: number }[] = [];
  points.forEach((point, index) => {
    if (point.value === null) {
      if (run.length > 0) runs.push(run);
      run = [];
    } else run.push({ index, value: point.value });
  });
  if (run.length > 0) runs.push(run);
  return runs.map((segment) => (segment.length === 1 ? [segment[0]!, { index: segment[0]!.index + 0.01, value: segment[0]!.value }] : segment));
}
