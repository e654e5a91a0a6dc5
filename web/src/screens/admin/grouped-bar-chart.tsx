/**
 * Bars in groups, in plain SVG: one row per category (a chain group) with one
 * bar per series (a country), a legend, and every number as text so it reads
 * without colour or sight.
 */
import { useId } from 'react';

/** One category and its value in each series (in the order of `series`). */
export interface BarGroup {
  key: string;
  label: string;
  values: readonly number[];
}

/** A series: its key (for styling and tests) and label. */
export interface BarSeries {
  key: string;
  label: string;
}

const BAR = 16;
const GAP = 10;
// Wide enough for the longest group name at the page's font size: the chart spans the whole width, so its viewBox scales about 1:1.
const LABEL_WIDTH = 360;
const BAR_WIDTH = 460;

/** Grouped bars; the title names the chart for assistive technology. */
export function GroupedBarChart({ title, series, groups }: { title: string; series: readonly BarSeries[]; groups: readonly BarGroup[] }) {
  const id = useId();
  const max = Math.max(1, ...groups.flatMap((group) => group.values));
  const rowHeight = series.length * BAR + GAP;
  const height = groups.length * rowHeight + 4;
  return (
    <figure className="chart chart-wide">
      <figcaption id={id}>{title}</figcaption>
      <ul className="legend">
        {series.map((item, index) => (
          <li key={item.key} className={`series-${index}`}>
            {item.label}
          </li>
        ))}
      </ul>
      <svg viewBox={`0 0 ${LABEL_WIDTH + BAR_WIDTH + 48} ${height}`} role="img" aria-labelledby={id} data-testid="grouped-bar-chart">
        {groups.map((group, row) => {
          const top = 2 + row * rowHeight;
          return (
            <g key={group.key} data-key={group.key}>
              <text x={LABEL_WIDTH - 6} y={top + (series.length * BAR) / 2 + 4} textAnchor="end">
                {group.label}
              </text>
              {series.map((item, index) => {
                const value = group.values[index] ?? 0;
                const width = (value / max) * BAR_WIDTH;
                const y = top + index * BAR;
                return (
                  <g key={item.key} data-series={item.key}>
                    <rect x={LABEL_WIDTH} y={y + 1} width={width} height={BAR - 3} rx="2" className={`bar series-${index}`}>
                      <title>{`${group.label} · ${item.label}: ${value}`}</title>
                    </rect>
                    <text x={LABEL_WIDTH + width + 4} y={y + BAR - 3} className="value">
                      {value}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
