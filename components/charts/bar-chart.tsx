// A horizontal bar chart as plain server-rendered SVG: no client JavaScript, black
// on white so it prints, and every bar carries its label and value as text, so
// nothing is told by colour alone. <title>/<desc> give screen readers the summary.
import { linearScale, niceCeiling } from "./scale";

export interface Bar {
  label: string;
  value: number;
  /** Text after the bar (defaults to the value), e.g. "12 (31%)". */
  valueLabel?: string;
}

interface BarChartProps {
  id: string;
  title: string;
  description: string;
  bars: readonly Bar[];
  /** Width of the label column in SVG units (CJK labels need about 1 em per character). */
  labelWidth?: number;
}

const WIDTH = 640;
const ROW = 44;
const BAR = 26;
const VALUE_WIDTH = 110;
const FONT = 18;

export function BarChart({ id, title, description, bars, labelWidth = 180 }: BarChartProps) {
  const max = niceCeiling(Math.max(0, ...bars.map((b) => b.value)));
  const barSpace = WIDTH - labelWidth - VALUE_WIDTH;
  const scale = linearScale(max, barSpace);
  const height = bars.length * ROW + 8;
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      className="max-w-2xl bg-white text-black print:max-w-none"
      style={{ height: "auto" }}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {bars.map((bar, i) => {
        const y = i * ROW + 4;
        const w = scale(bar.value);
        return (
          <g key={bar.label}>
            <text
              x={labelWidth - 10}
              y={y + BAR / 2}
              dominantBaseline="central"
              textAnchor="end"
              fontSize={FONT}
              fill="#000"
            >
              {bar.label}
            </text>
            {/* Dark fill with a black outline: the same in colour and greyscale print. */}
            <rect x={labelWidth} y={y} width={w} height={BAR} fill="#334155" stroke="#000" strokeWidth={1} />
            <text x={labelWidth + w + 8} y={y + BAR / 2} dominantBaseline="central" fontSize={FONT} fill="#000">
              {bar.valueLabel ?? String(bar.value)}
            </text>
          </g>
        );
      })}
      <line x1={labelWidth} x2={labelWidth} y1={0} y2={height} stroke="#000" strokeWidth={1.5} />
    </svg>
  );
}
