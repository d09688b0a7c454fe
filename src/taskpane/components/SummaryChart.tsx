// A small hand-made SVG bar chart of the rows per status after Vergelijk (no chart library: a few rectangles).
import { tokens } from "@fluentui/react-components";
import type { ComparisonSummary } from "../../domain/matching";
import { STATUS, type Status } from "../../domain/status";
import { statusBars } from "../viewModel";

const FILL: Readonly<Record<Status, string>> = {
  [STATUS.notCompared]: tokens.colorNeutralForeground4,
  [STATUS.noClient]: tokens.colorPaletteBlueBorderActive,
  [STATUS.client]: tokens.colorPaletteGreenBorderActive,
  [STATUS.possibleMatch]: tokens.colorPaletteMarigoldBorderActive,
  [STATUS.continueCollection]: tokens.colorPaletteRedBorderActive,
};

const ROW = 34;
const LABEL = 14;
const BAR = 12;
const WIDTH = 300;
const COUNT_SPACE = 44;

export function SummaryChart({ perStatus }: { perStatus: ComparisonSummary["byStatus"] }) {
  const bars = statusBars(perStatus);
  const description = bars.map((b) => `${b.status}: ${b.count}`).join(", ");
  const height = bars.length * ROW;
  return (
    <svg
      role="img"
      aria-label={`Aantal debiteuren per status: ${description}`}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      style={{ maxWidth: WIDTH, display: "block" }}
      data-testid="grafiek"
    >
      {bars.map((b, i) => {
        const y = i * ROW;
        const length = Math.max(b.count > 0 ? 2 : 0, b.share * (WIDTH - COUNT_SPACE));
        return (
          <g key={b.status}>
            <text x={0} y={y + LABEL - 2} fontSize={12} fill={tokens.colorNeutralForeground1}>
              {b.status}
            </text>
            <rect x={0} y={y + LABEL + 2} width={WIDTH - COUNT_SPACE} height={BAR} fill={tokens.colorNeutralBackground3} rx={2} />
            <rect x={0} y={y + LABEL + 2} width={length} height={BAR} fill={FILL[b.status]} rx={2} />
            <text x={WIDTH - COUNT_SPACE + 6} y={y + LABEL + BAR} fontSize={12} fontWeight={600} fill={tokens.colorNeutralForeground1}>
              {b.count}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
