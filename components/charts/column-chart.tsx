// A vertical column chart (the satisfaction distribution, 1–5): server-rendered
// SVG with category and value labels as text under and above each column.
import { linearScale, niceCeiling } from "./scale";
import type { Bar } from "./bar-chart";

interface ColumnChartProps {
  id: string;
  title: string;
  description: string;
  columns: readonly Bar[];
}

const WIDTH = 420;
const PLOT = 180;
const TOP = 30;
const BOTTOM = 34;
const FONT = 18;

export function ColumnChart({ id, title, description, columns }: ColumnChartProps) {
  const max = niceCeiling(Math.max(0, ...columns.map((c) => c.value)));
  const scale = linearScale(max, PLOT);
  const slot = WIDTH / Math.max(1, columns.length);
  const barWidth = Math.min(56, slot * 0.6);
  const base = TOP + PLOT;
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${TOP + PLOT + BOTTOM}`}
      width="100%"
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      className="max-w-md bg-white text-black"
      style={{ height: "auto" }}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {columns.map((column, i) => {
        const h = scale(column.value);
        const x = i * slot + (slot - barWidth) / 2;
        return (
          <g key={column.label}>
            <rect x={x} y={base - h} width={barWidth} height={h} fill="#334155" stroke="#000" strokeWidth={1} />
            <text x={x + barWidth / 2} y={base - h - 8} textAnchor="middle" fontSize={FONT} fill="#000">
              {column.valueLabel ?? String(column.value)}
            </text>
            <text x={x + barWidth / 2} y={base + 24} textAnchor="middle" fontSize={FONT} fill="#000">
              {column.label}
            </text>
          </g>
        );
      })}
      <line x1={0} x2={WIDTH} y1={base} y2={base} stroke="#000" strokeWidth={1.5} />
    </svg>
  );
}
