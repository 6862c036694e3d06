import {
  Area,
  AreaChart,
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  Line,
  LineChart,
  Pie,
  PieChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ChartData } from '../../../../../src/core/renderers/index';
import type { RendererViewProps } from '../OutputView';

/** Series colours: the theme's accent first, then distinct hues that read in both themes. */
const COLOURS = ['var(--gp-accent)', '#16a34a', '#ea580c', '#9333ea', '#0891b2', '#db2777'];

/**
 * The chart renderer (recharts): bar, line, area or pie over the points, one colour per series. The chart is
 * an image to screen readers, labelled with its series; the same figures are in a table below it for them.
 */
export default function ChartView({ data, title }: RendererViewProps<ChartData>) {
  const { type, x_key: x, series, data: points } = data;
  const axes = [
    <CartesianGrid key="grid" strokeDasharray="3 3" stroke="var(--gp-line)" />,
    <XAxis key="x" dataKey={x} stroke="var(--gp-fg-muted)" fontSize={12} />,
    <YAxis key="y" stroke="var(--gp-fg-muted)" fontSize={12} />,
    <Tooltip key="tip" />,
    series.length > 1 ? <Legend key="legend" /> : null,
  ];
  const chart =
    type === 'pie' ? (
      <PieChart>
        <Pie data={points} dataKey={series[0]!.key} nameKey={x} outerRadius="80%" label>
          {points.map((_, i) => (
            <Cell key={i} fill={COLOURS[i % COLOURS.length]} />
          ))}
        </Pie>
        <Tooltip />
        <Legend />
      </PieChart>
    ) : type === 'line' ? (
      <LineChart data={points}>
        {axes}
        {series.map((s, i) => (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.label}
            stroke={COLOURS[i % COLOURS.length]}
            strokeWidth={2}
          />
        ))}
      </LineChart>
    ) : type === 'area' ? (
      <AreaChart data={points}>
        {axes}
        {series.map((s, i) => (
          <Area
            key={s.key}
            dataKey={s.key}
            name={s.label}
            stroke={COLOURS[i % COLOURS.length]}
            fill={COLOURS[i % COLOURS.length]}
            fillOpacity={0.2}
          />
        ))}
      </AreaChart>
    ) : (
      <BarChart data={points}>
        {axes}
        {series.map((s, i) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.label}
            fill={COLOURS[i % COLOURS.length]}
            radius={[4, 4, 0, 0]}
          />
        ))}
      </BarChart>
    );
  return (
    <figure>
      <div
        role="img"
        aria-label={`${title ?? 'Chart'}: ${series.map((s) => s.label).join(', ')} by ${x}`}
        className="h-64 w-full"
      >
        <ResponsiveContainer width="100%" height="100%">
          {chart}
        </ResponsiveContainer>
      </div>
      <table className="sr-only">
        <caption>{title ?? 'Chart'} data</caption>
        <thead>
          <tr>
            <th scope="col">{x}</th>
            {series.map((s) => (
              <th key={s.key} scope="col">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {points.map((p, i) => (
            <tr key={i}>
              <td>{String(p[x] ?? '')}</td>
              {series.map((s) => (
                <td key={s.key}>{String(p[s.key] ?? '')}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
