import { z } from 'zod';
import type { RendererModule } from './module.js';
import { humanise, isRecord, itemsOf } from './shapes.js';
import { count, scalarText, spokenList } from './text.js';

const SeriesSchema = z.strictObject({ key: z.string().min(1).max(100), label: z.string().max(200) });

/**
 * A chart: its `type`, the points (`data`, objects by key), the key of each point's category or x value
 * (`x_key`) and the numeric series drawn (`series`, by key, with a legend label).
 */
export const ChartDataSchema = z
  .strictObject({
    type: z.enum(['bar', 'line', 'area', 'pie']).default('bar'),
    x_key: z.string().min(1).max(100),
    series: z.array(SeriesSchema).min(1, 'a chart needs at least one numeric series').max(10),
    data: z.array(z.record(z.string(), z.union([z.string().max(500), z.number(), z.null()]))).max(2000),
  })
  .superRefine((chart, ctx) => {
    for (const s of chart.series)
      if (chart.data.some((p) => p[s.key] !== undefined && p[s.key] !== null && typeof p[s.key] !== 'number'))
        ctx.addIssue({
          code: 'custom',
          path: ['series'],
          message: `the values of "${s.key}" are not all numbers`,
        });
  });
export type ChartData = z.infer<typeof ChartDataSchema>;

/**
 * Accepts the chart shape, `{labels: […], values: […]}`, or a list of objects (optionally under `data` with
 * `type`, `x` and `y`): the x key is the first key whose values are not numbers (else the first key), the
 * series are the numeric keys.
 */
function toChart(raw: unknown): unknown {
  if (isRecord(raw) && Array.isArray(raw.labels) && Array.isArray(raw.values)) {
    const values = raw.values;
    return toChart({
      ...raw,
      data: raw.labels.map((label, i) => ({ label: scalarText(label), value: values[i] ?? null })),
      labels: undefined,
      values: undefined,
    });
  }
  if (isRecord(raw) && typeof raw.x_key === 'string') return raw;
  const points = itemsOf(raw, ['data', 'points', 'rows', 'items']);
  if (!points || !points.every(isRecord)) return raw;
  const keys = [...new Set(points.flatMap((p) => Object.keys(p)))];
  const numeric = (k: string) => points.every((p) => p[k] === undefined || typeof p[k] === 'number');
  const options = isRecord(raw) ? raw : {};
  const x = typeof options.x === 'string' ? options.x : (keys.find((k) => !numeric(k)) ?? keys[0] ?? 'x');
  const ys = Array.isArray(options.y)
    ? options.y.map(String)
    : typeof options.y === 'string'
      ? [options.y]
      : undefined;
  const series = (ys ?? keys.filter((k) => k !== x && numeric(k))).map((k) => ({
    key: k,
    label: humanise(k),
  }));
  return {
    ...(typeof options.type === 'string' ? { type: options.type } : {}),
    x_key: x,
    series,
    data: points.map((p) =>
      Object.fromEntries(
        [x, ...series.map((s) => s.key)].map((k) => [
          k,
          typeof p[k] === 'number' ? p[k] : p[k] == null ? null : scalarText(p[k]),
        ]),
      ),
    ),
  };
}

/**
 * The chart renderer. Text form: "Price by city (bar chart): Lyon 120, Paris 150 and Nice 90." for one
 * series, else its series and its number of points.
 */
export const chartRenderer: RendererModule<ChartData> = {
  kind: 'chart',
  schema: z.preprocess(toChart, ChartDataSchema),
  text({ type, x_key, series, data }, title) {
    const head = `${title ?? 'Here is a chart'} (${type} chart)`;
    if (series.length === 1) {
      const key = series[0]!.key;
      return `${head}: ${spokenList(data.map((p) => `${scalarText(p[x_key])} ${scalarText(p[key])}`))}.`;
    }
    return `${head} of ${spokenList(series.map((s) => s.label))} over ${count(data.length, 'point')}.`;
  },
};
