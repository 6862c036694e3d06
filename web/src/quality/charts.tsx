import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { CRITERION_LABELS, type QualityCriterion } from '../../../src/core/quality';
import { CHART_COLORS, chartTick, chartTooltipStyle, SERIES_COLORS } from '../ui/chart-theme';
import type { QualityRun } from './quality-api';

/** A criterion's people's name ("Fact recall"). */
export const criterionLabel = (c: string) => CRITERION_LABELS[c as QualityCriterion] ?? c;

/** A run's short name on an axis: its number in the list and the time it started. */
const runName = (run: QualityRun, i: number) =>
  `#${i + 1} ${new Date(run.created_at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`;

/** The criteria any of the runs scored, in a stable order. */
function criteriaOf(runs: QualityRun[]): string[] {
  return [...new Set(runs.flatMap((r) => Object.keys(r.means)))].sort();
}

/** A row of a run chart: the run's axis name and one 0–10 value per series (missing: no point). */
type RunRow = { name: string } & Record<string, string | number | null | undefined>;

/**
 * Runs along the x axis, one line per series on a 0–10 scale. `label` names the chart for screen readers;
 * with `connectNulls` a series' line joins across the runs that have no value for it.
 */
function RunLinesChart({
  label,
  height,
  data,
  series,
  connectNulls = false,
}: {
  label: string;
  height: number;
  data: RunRow[];
  series: string[];
  connectNulls?: boolean;
}) {
  return (
    <div role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height={height}>
        <LineChart data={data} margin={{ left: -16, right: 8, top: 8 }}>
          <CartesianGrid vertical={false} stroke={CHART_COLORS.grid} />
          <XAxis dataKey="name" tick={chartTick} minTickGap={16} />
          <YAxis domain={[0, 10]} tick={chartTick} />
          <Tooltip {...chartTooltipStyle} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {series.map((key, i) => (
            <Line
              key={key}
              type="linear"
              dataKey={key}
              stroke={SERIES_COLORS[i % SERIES_COLORS.length]}
              strokeWidth={2}
              connectNulls={connectNulls}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Mean score per criterion of each run, oldest first (0–10). */
export function CriteriaChart({ runs }: { runs: QualityRun[] }) {
  const criteria = criteriaOf(runs);
  const data = runs.map((r, i) => ({
    name: runName(r, i),
    ...Object.fromEntries(criteria.map((c) => [criterionLabel(c), r.means[c]])),
  }));
  return (
    <RunLinesChart
      label="Mean score per criterion of each run"
      height={260}
      data={data}
      series={criteria.map(criterionLabel)}
    />
  );
}

/** Overall score over time, one line per prompt version (what each run was run against). */
export function VersionChart({ runs }: { runs: QualityRun[] }) {
  const labels = [...new Set(runs.map((r) => r.label))];
  const data = runs.map((r, i) => ({ name: runName(r, i), [r.label]: r.overall }));
  return (
    <RunLinesChart
      label="Overall score of each prompt version over time"
      height={240}
      data={data}
      series={labels}
      connectNulls
    />
  );
}

/** Two runs' mean per criterion side by side. */
export function CompareChart({ a, b }: { a: QualityRun; b: QualityRun }) {
  const nameA = `A: ${a.label}`;
  const nameB = `B: ${b.label}`;
  const data = criteriaOf([a, b]).map((c) => ({
    name: criterionLabel(c),
    [nameA]: a.means[c] ?? 0,
    [nameB]: b.means[c] ?? 0,
  }));
  return (
    <div role="img" aria-label="Mean score per criterion of the two runs">
      <ResponsiveContainer width="100%" height={data.length * 44 + 60}>
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16 }}>
          <CartesianGrid horizontal={false} stroke={CHART_COLORS.grid} />
          <XAxis type="number" domain={[0, 10]} tick={chartTick} />
          <YAxis type="category" dataKey="name" width={110} tick={chartTick} />
          <Tooltip {...chartTooltipStyle} cursor={{ fill: 'var(--color-surface-hover)' }} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey={nameA} fill={CHART_COLORS.muted} isAnimationActive={false} />
          <Bar dataKey={nameB} fill={CHART_COLORS.accent} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
