/** A horizontal bar chart in plain SVG, with the numbers as text so it reads without colour or sight. */
import { useId } from 'react';

/** One bar. */
export interface Bar {
  key: string;
  label: string;
  value: number;
}

const ROW = 28;
const LABEL_WIDTH = 150;
const BAR_WIDTH = 220;

/** Bars for counts; the title names the chart for assistive technology. */
export function BarChart({ title, bars }: { title: string; bars: readonly Bar[] }) {
  const id = useId();
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const height = bars.length * ROW + 8;
  return (
    <figure className="chart">
      <figcaption id={id}>{title}</figcaption>
      <svg viewBox={`0 0 ${LABEL_WIDTH + BAR_WIDTH + 48} ${height}`} role="img" aria-labelledby={id} data-testid="bar-chart">
        {bars.map((bar, index) => {
          const y = 4 + index * ROW;
          const width = (bar.value / max) * BAR_WIDTH;
          return (
            <g key={bar.key} data-key={bar.key}>
              <text x={LABEL_WIDTH - 6} y={y + 17} textAnchor="end">
                {bar.label}
              </text>
              <rect x={LABEL_WIDTH} y={y + 4} width={width} height={ROW - 10} rx="3" className="bar" />
              <text x={LABEL_WIDTH + width + 6} y={y + 17} className="value">
                {bar.value}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
