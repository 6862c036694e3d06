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
import { CHART_COLORS, chartTick, chartTooltipStyle } from '../ui/chart-theme';
import type { AnalyticsReport } from './analytics-api';
import { CHANNEL_NAMES, formatDay } from './format';

/**
 * The step funnel: one horizontal bar per step, split into the runs that went on and those that stopped
 * there. The table beside it carries the same figures for screen readers.
 */
export function FunnelChart({ steps }: { steps: AnalyticsReport['steps'] }) {
  const data = steps.map((s) => ({
    name: s.title,
    'Went on': s.reached - s.dropped,
    'Stopped here': s.dropped,
  }));
  return (
    <div
      role="img"
      aria-label="Runs that reached each step, split into those that went on and those that stopped"
    >
      <ResponsiveContainer width="100%" height={Math.max(160, steps.length * 44 + 50)}>
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16 }}>
          <CartesianGrid horizontal={false} stroke={CHART_COLORS.grid} />
          <XAxis type="number" allowDecimals={false} tick={chartTick} />
          <YAxis type="category" dataKey="name" width={96} tick={chartTick} />
          <Tooltip {...chartTooltipStyle} cursor={{ fill: 'var(--color-surface-hover)' }} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="Went on" stackId="s" fill={CHART_COLORS.accent} isAnimationActive={false} />
          <Bar dataKey="Stopped here" stackId="s" fill={CHART_COLORS.danger} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** The lines of the daily chart: each figure's key and colour. */
const DAILY_SERIES = [
  ['Views', CHART_COLORS.muted],
  ['Starts', CHART_COLORS.accent],
  ['Completions', CHART_COLORS.success],
] as const;

/** Views, starts and completions per day. */
export function DailyChart({ daily }: { daily: AnalyticsReport['daily'] }) {
  const data = daily.map((d) => ({
    day: formatDay(d.day),
    Views: d.views,
    Starts: d.starts,
    Completions: d.completions,
  }));
  return (
    <div role="img" aria-label="Views, starts and completions per day">
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={data} margin={{ left: -16, right: 8, top: 8 }}>
          <CartesianGrid vertical={false} stroke={CHART_COLORS.grid} />
          <XAxis dataKey="day" tick={chartTick} minTickGap={16} />
          <YAxis allowDecimals={false} tick={chartTick} />
          <Tooltip {...chartTooltipStyle} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {DAILY_SERIES.map(([key, color]) => (
            <Line
              key={key}
              type="linear"
              dataKey={key}
              stroke={color}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Runs and completions per channel class, one pair of horizontal bars per channel. */
export function ChannelChart({ channels }: { channels: AnalyticsReport['channels'] }) {
  const data = channels.map((c) => ({
    name: CHANNEL_NAMES[c.channel],
    Runs: c.runs,
    Completions: c.completions,
  }));
  return (
    <div role="img" aria-label="Runs and completions per channel">
      <ResponsiveContainer width="100%" height={channels.length * 40 + 50}>
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16 }}>
          <CartesianGrid horizontal={false} stroke={CHART_COLORS.grid} />
          <XAxis type="number" allowDecimals={false} tick={chartTick} />
          <YAxis type="category" dataKey="name" width={96} tick={chartTick} />
          <Tooltip {...chartTooltipStyle} cursor={{ fill: 'var(--color-surface-hover)' }} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="Runs" fill={CHART_COLORS.guide} isAnimationActive={false} />
          <Bar dataKey="Completions" fill={CHART_COLORS.success} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
