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

/** Mean score per criterion of each run, oldest first (0–10). */
export function CriteriaChart({ runs }: { runs: QualityRun[] }) {
  const criteria = criteriaOf(runs);
  const data = runs.map((r, i) => ({
    name: runName(r, i),
    ...Object.fromEntries(criteria.map((c) => [criterionLabel(c), r.means[c]])),
  }));
  return (
    <div role="img" aria-label="Mean score per criterion of each run">
      <ResponsiveContainer width="100%" height={260}>
        <LineChart data={data} margin={{ left: -16, right: 8, top: 8 }}>
          <CartesianGrid vertical={false} stroke={CHART_COLORS.grid} />
          <XAxis dataKey="name" tick={chartTick} minTickGap={16} />
          <YAxis domain={[0, 10]} tick={chartTick} />
          <Tooltip {...chartTooltipStyle} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {criteria.map((c, i) => (
            <Line
              key={c}
              type="linear"
              dataKey={criterionLabel(c)}
              stroke={SERIES_COLORS[i % SERIES_COLORS.length]}
              strokeWidth={2}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Overall score over time, one line per prompt version (what each run was run against). */
export function VersionChart({ runs }: { runs: QualityRun[] }) {
  const labels = [...new Set(runs.map((r) => r.label))];
  const data = runs.map((r, i) => ({ name: runName(r, i), [r.label]: r.overall }));
  return (
    <div role="img" aria-label="Overall score of each prompt version over time">
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={data} margin={{ left: -16, right: 8, top: 8 }}>
          <CartesianGrid vertical={false} stroke={CHART_COLORS.grid} />
          <XAxis dataKey="name" tick={chartTick} minTickGap={16} />
          <YAxis domain={[0, 10]} tick={chartTick} />
          <Tooltip {...chartTooltipStyle} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {labels.map((label, i) => (
            <Line
              key={label}
              type="linear"
              dataKey={label}
              stroke={SERIES_COLORS[i % SERIES_COLORS.length]}
              strokeWidth={2}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
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
