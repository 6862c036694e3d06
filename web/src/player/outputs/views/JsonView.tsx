import type { RendererViewProps } from '../OutputView';

/** How many levels of a JSON value open at first. */
const OPEN_LEVELS = 1;

/** The JSON renderer: a tree of native disclosure widgets (objects and lists collapse), scalars coloured. */
export function JsonView({ data }: RendererViewProps<unknown>) {
  return (
    <div className="overflow-x-auto font-mono text-xs text-fg">
      <JsonNode value={data} depth={0} />
    </div>
  );
}

function JsonNode({ name, value, depth }: { name?: string; value: unknown; depth: number }) {
  const label = name !== undefined && <span className="text-fg-muted">{name}: </span>;
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value)
      ? value.map((v, i) => [String(i), v] as const)
      : Object.entries(value as Record<string, unknown>);
    const summary = Array.isArray(value) ? `[${entries.length}]` : `{${entries.length}}`;
    return (
      <details open={depth < OPEN_LEVELS} className="pl-3">
        <summary className="-ml-3 cursor-pointer select-none">
          {label}
          <span className="text-fg-subtle">{summary}</span>
        </summary>
        {entries.map(([k, v]) => (
          <JsonNode key={k} name={k} value={v} depth={depth + 1} />
        ))}
      </details>
    );
  }
  const tone =
    typeof value === 'string'
      ? 'text-success'
      : typeof value === 'number'
        ? 'text-accent-text'
        : 'text-warning';
  return (
    <div className="pl-3">
      {label}
      <span className={tone}>{JSON.stringify(value)}</span>
    </div>
  );
}
