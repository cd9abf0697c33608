import type { UsageBucket } from './usage-stats';

const WIDTH = 360;
const HEIGHT = 120;
const AXIS = 18;

/** Credits per hour or day as bars, in plain SVG; each bar's title gives its figures. */
export function UsageChart({ buckets, describe }: { buckets: readonly UsageBucket[]; describe: string }) {
  const max = Math.max(...buckets.map((bucket) => bucket.credits), 0);
  const slot = WIDTH / buckets.length;
  const labelled = new Set([0, Math.floor(buckets.length / 2), buckets.length - 1]);
  return (
    <svg
      class="usage-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT + AXIS}`}
      role="img"
      aria-label={describe}
      data-testid="usage-chart"
    >
      <line x1={0} x2={WIDTH} y1={HEIGHT} y2={HEIGHT} class="usage-axis" />
      {buckets.map((bucket, index) => {
        const height = max > 0 ? Math.max(bucket.credits > 0 ? 2 : 0, (bucket.credits / max) * (HEIGHT - 14)) : 0;
        return (
          <g key={bucket.start}>
            <rect
              class="usage-bar"
              x={index * slot + slot * 0.15}
              y={HEIGHT - height}
              width={slot * 0.7}
              height={height}
            >
              <title>
                {`${bucket.label}: ${bucket.credits.toFixed(2)} credits, ` +
                  `${bucket.runs} run${bucket.runs === 1 ? '' : 's'}, ${bucket.seconds.toFixed(0)} s`}
              </title>
            </rect>
            {labelled.has(index) ? (
              <text class="usage-label" x={index * slot + slot / 2} y={HEIGHT + 13} text-anchor="middle">
                {bucket.label}
              </text>
            ) : null}
          </g>
        );
      })}
      {max > 0 ? (
        <text class="usage-label" x={2} y={10}>
          {max.toFixed(2)} cr
        </text>
      ) : null}
    </svg>
  );
}
