import { Button } from '../../ui/Button';
import { Input } from '../../ui/Input';
import { IconButton } from '../IconButton';
import { PlusIcon, TrashIcon } from '../icons';
import { uniqueId } from './event-edits';

/** Props of {@link KeyValueEditor}. */
export interface KeyValueEditorProps {
  /** Names the list for screen readers and heads it: "Inputs", "Query parameters". */
  label: string;
  description?: string;
  entries: Record<string, string>;
  /** The word for one key, e.g. "input", "parameter". */
  noun: string;
  /** Problems by key (`{ city: ['…'] }`), shown under the row. */
  problems?: Record<string, string[]>;
  onChange: (entries: Record<string, string>) => void;
}

/**
 * Edits a record of liquid templates by key (input mapping, query parameters): one row per entry with its
 * key and its template (`{{ values.country }}`), a button that removes it, and one that adds a row.
 * Renaming a key keeps the row in its place.
 */
export function KeyValueEditor({
  label,
  description,
  entries,
  noun,
  problems = {},
  onChange,
}: KeyValueEditorProps) {
  const rows = Object.entries(entries);
  const rename = (index: number, key: string) =>
    onChange(Object.fromEntries(rows.map(([k, v], i) => (i === index ? [key, v] : [k, v]))));
  const setValue = (index: number, value: string) =>
    onChange(Object.fromEntries(rows.map(([k, v], i) => [k, i === index ? value : v])));
  return (
    <div role="group" aria-label={label} className="space-y-2">
      <div>
        <p className="text-sm font-medium text-fg">{label}</p>
        {description && <p className="text-xs text-fg-subtle">{description}</p>}
      </div>
      {rows.map(([key, value], i) => (
        <div key={i} className="space-y-1">
          <div className="flex items-start gap-2">
            <div className="w-32 shrink-0">
              <Input
                aria-label={`${noun} ${i + 1} name`}
                className="font-mono text-xs"
                spellCheck={false}
                value={key}
                onChange={(e) => rename(i, e.target.value)}
              />
            </div>
            <div className="min-w-0 flex-1">
              <Input
                aria-label={`${noun} “${key}” template`}
                className="font-mono text-xs"
                spellCheck={false}
                placeholder="{{ values.field_name }}"
                value={value}
                onChange={(e) => setValue(i, e.target.value)}
              />
            </div>
            <IconButton
              label={`Remove ${noun} “${key}”`}
              className="mt-1.5"
              onClick={() => onChange(Object.fromEntries(rows.filter((_, j) => j !== i)))}
            >
              <TrashIcon />
            </IconButton>
          </div>
          {problems[key]?.map((m) => (
            <p key={m} className="text-sm text-danger">
              {m}
            </p>
          ))}
        </div>
      ))}
      <Button
        variant="ghost"
        size="sm"
        icon={<PlusIcon />}
        onClick={() =>
          onChange({ ...entries, [uniqueId(noun.replace(/\W+/g, '_'), Object.keys(entries))]: '' })
        }
      >
        Add {noun}
      </Button>
    </div>
  );
}
