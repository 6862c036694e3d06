import { Input } from '../../ui/Input';
import { Labelled } from '../../ui/Labelled';
import { IconButton } from '../IconButton';
import { TrashIcon } from '../icons';

/** One argument of a tool as its JSON Schema describes it. */
export interface ToolArgument {
  name: string;
  /** The JSON Schema type(s), e.g. "string", "number | null"; "" when the schema gives none. */
  type: string;
  description?: string;
  required: boolean;
}

/** The arguments of an MCP tool's input schema (`{ type: 'object', properties, required }`), in schema order. */
export function toolArguments(schema: unknown): ToolArgument[] {
  if (typeof schema !== 'object' || schema === null) return [];
  const { properties, required } = schema as { properties?: unknown; required?: unknown };
  if (typeof properties !== 'object' || properties === null) return [];
  const needed = new Set(
    Array.isArray(required) ? required.filter((r): r is string => typeof r === 'string') : [],
  );
  return Object.entries(properties as Record<string, unknown>).map(([name, property]) => {
    const p = (typeof property === 'object' && property !== null ? property : {}) as {
      type?: unknown;
      description?: unknown;
    };
    const type = Array.isArray(p.type) ? p.type.join(' | ') : typeof p.type === 'string' ? p.type : '';
    return {
      name,
      type,
      ...(typeof p.description === 'string' ? { description: p.description } : {}),
      required: needed.has(name),
    };
  });
}

/**
 * The arguments of an MCP tool as a form generated from its input schema: one template input per argument
 * (labelled with its name, type and whether it is required; described by the schema's description). An
 * emptied optional argument is left out of the call. Arguments the schema does not know (from an earlier
 * tool) are listed after, with a button that removes them.
 */
export function ToolArgumentsForm({
  schema,
  values,
  problems,
  onChange,
}: {
  schema: unknown;
  values: Record<string, string>;
  problems: Record<string, string[]>;
  onChange: (values: Record<string, string>) => void;
}) {
  const args = toolArguments(schema);
  const known = new Set(args.map((a) => a.name));
  const extra = Object.keys(values).filter((k) => !known.has(k));
  const set = (name: string, value: string, required: boolean) => {
    const next = { ...values };
    if (value === '' && !required) delete next[name];
    else next[name] = value;
    onChange(next);
  };
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium text-fg">Arguments</legend>
      <p className="text-xs text-fg-subtle">
        Each is a template, e.g. {'{{ values.city }}'}; text that reads as JSON (a number, true) is sent as
        that.
      </p>
      {args.length === 0 && <p className="text-sm text-fg-muted">This tool takes no arguments.</p>}
      {args.map((a) => (
        <Labelled
          key={a.name}
          label={`${a.name}${a.type ? ` (${a.type})` : ''}${a.required ? ' *' : ''}`}
          description={a.description}
          problems={problems[a.name]}
        >
          {({ id, describedBy, invalid }) => (
            <Input
              id={id}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              aria-required={a.required}
              spellCheck={false}
              className="font-mono text-xs"
              value={values[a.name] ?? ''}
              onChange={(e) => set(a.name, e.target.value, a.required)}
            />
          )}
        </Labelled>
      ))}
      {extra.map((name) => (
        <div key={name} className="flex items-center gap-2 text-sm text-fg-muted">
          <span className="min-w-0 flex-1 truncate">
            <span className="font-mono">{name}</span>: not an argument of this tool
          </span>
          <IconButton label={`Remove “${name}”`} onClick={() => set(name, '', false)}>
            <TrashIcon />
          </IconButton>
        </div>
      ))}
    </fieldset>
  );
}
