/** The look shared by every recharts chart: the theme's colour tokens (light and dark mode), ticks and tooltips. */

/** Chart colours: the theme's tokens, so charts follow light and dark mode. */
export const CHART_COLORS = {
  accent: 'var(--color-accent)',
  success: 'var(--color-success)',
  danger: 'var(--color-danger)',
  guide: 'var(--color-guide)',
  warning: 'var(--color-warning)',
  muted: 'var(--color-fg-subtle)',
  grid: 'var(--color-line)',
  text: 'var(--color-fg-muted)',
};

/** Colours of a chart's series, in order (the theme's tokens, then fixed hues that read on both themes). */
export const SERIES_COLORS = [
  CHART_COLORS.accent,
  CHART_COLORS.success,
  CHART_COLORS.guide,
  CHART_COLORS.danger,
  CHART_COLORS.warning,
  '#0ea5e9',
  '#a855f7',
  '#f97316',
  CHART_COLORS.muted,
];

/** Axis ticks. */
export const chartTick = { fill: CHART_COLORS.text, fontSize: 12 };

/** Tooltip styles. */
export const chartTooltipStyle = {
  contentStyle: {
    background: 'var(--color-surface)',
    border: '1px solid var(--color-line)',
    borderRadius: 8,
    fontSize: 12,
  },
  labelStyle: { color: 'var(--color-fg)' },
};
