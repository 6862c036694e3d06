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
import type { AnalyticsReport } from './analytics-api';
import { CHANNEL_NAMES, formatDay } from './format';

/** Chart colours: the theme's tokens, so charts follow light and dark mode. */
const COLORS = {
  accent: 'var(--color-accent)',
  success: 'var(--color-success)',
  danger: 'var(--color-danger)',
  guide: 'var(--color-guide)',
  muted: 'var(--color-fg-subtle)',
  grid: 'var(--color-line)',
  text: 'var(--color-fg-muted)',
};
const tick = { fill: COLORS.text, fontSize: 12 };
const tooltipStyle = {
  contentStyle: {
    background: 'var(--color-surface)',
    border: '1px solid var(--color-line)',
    borderRadius: 8,
    fontSize: 12,
  },
  labelStyle: { color: 'var(--color-fg)' },
};

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
          <CartesianGrid horizontal={false} stroke={COLORS.grid} />
          <XAxis type="number" allowDecimals={false} tick={tick} />
          <YAxis type="category" dataKey="name" width={96} tick={tick} />
          <Tooltip {...tooltipStyle} cursor={{ fill: 'var(--color-surface-hover)' }} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="Went on" stackId="s" fill={COLORS.accent} isAnimationActive={false} />
          <Bar dataKey="Stopped here" stackId="s" fill={COLORS.danger} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

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
          <CartesianGrid vertical={false} stroke={COLORS.grid} />
          <XAxis dataKey="day" tick={tick} minTickGap={16} />
          <YAxis allowDecimals={false} tick={tick} />
          <Tooltip {...tooltipStyle} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Line
            type="linear"
            dataKey="Views"
            stroke={COLORS.muted}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
          <Line
            type="linear"
            dataKey="Starts"
            stroke={COLORS.accent}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
          <Line
            type="linear"
            dataKey="Completions"
            stroke={COLORS.success}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
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
          <CartesianGrid horizontal={false} stroke={COLORS.grid} />
          <XAxis type="number" allowDecimals={false} tick={tick} />
          <YAxis type="category" dataKey="name" width={96} tick={tick} />
          <Tooltip {...tooltipStyle} cursor={{ fill: 'var(--color-surface-hover)' }} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="Runs" fill={COLORS.guide} isAnimationActive={false} />
          <Bar dataKey="Completions" fill={COLORS.success} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
