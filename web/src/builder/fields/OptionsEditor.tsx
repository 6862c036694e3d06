import { useEffect, useRef, useState } from 'react';
import type { Option } from '../../../../src/core/wizard/definition';
import { Button } from '../../ui/Button';
import { Input } from '../../ui/Input';
import { Labelled } from '../../ui/Labelled';
import { ConfirmRemove } from './ConfirmRemove';
import { messagesAt, optionValueFrom } from './field-model';
import { TagInput } from './TagInput';

/** Props of {@link OptionsEditor}. */
export interface OptionsEditorProps {
  options: Option[];
  /** Problems relative to the options list: `''` for the list, `0.value`, `2.synonyms.0`, … */
  problems: Array<{ path: string; message: string }>;
  onChange: (options: Option[]) => void;
}

/** Editor-only facts about one option: a stable React key and whether its value still follows its label. */
interface RowMeta {
  key: number;
  auto: boolean;
}

let nextKey = 1;
const metaFor = (count: number): RowMeta[] =>
  Array.from({ length: count }, () => ({ key: nextKey++, auto: false }));

function uniqueValue(base: string, taken: string[]): string {
  if (!taken.includes(base)) return base;
  let n = 2;
  while (taken.includes(`${base}_${n}`)) n += 1;
  return `${base}_${n}`;
}

/**
 * The choices of a single_select or multi_select: label, value and synonyms of each, with add, remove
 * (asking first for options that existed before this edit) and move up/down buttons. A new option's value
 * follows its label ("Over $50k" → `over_50k`) until the value is edited by hand. Duplicate and empty values
 * are flagged next to the value input.
 */
export function OptionsEditor({ options, problems, onChange }: OptionsEditorProps) {
  const [meta, setMeta] = useState<RowMeta[]>(() => metaFor(options.length));
  const rows = meta.length === options.length ? meta : metaFor(options.length);
  if (rows !== meta) setMeta(rows);
  /** Where keyboard focus goes once the next render is on screen (after a move, an add or a remove). */
  const pendingFocus = useRef<((list: HTMLOListElement) => HTMLElement | null | undefined) | null>(null);
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    const find = pendingFocus.current;
    pendingFocus.current = null;
    if (find && listRef.current) find(listRef.current)?.focus();
  });
  const labelInput = (list: HTMLOListElement, key: number | undefined) =>
    key === undefined ? undefined : list.querySelector<HTMLInputElement>(`[data-option-key="${key}"] input`);

  const update = (nextOptions: Option[], nextMeta: RowMeta[]) => {
    setMeta(nextMeta);
    onChange(nextOptions);
  };
  const setOption = (index: number, patch: Partial<Option>, auto: boolean) =>
    update(
      options.map((o, i) => (i === index ? { ...o, ...patch } : o)),
      rows.map((m, i) => (i === index ? { ...m, auto } : m)),
    );
  const move = (index: number, dir: 'up' | 'down') => {
    const to = dir === 'up' ? index - 1 : index + 1;
    const swap = <T,>(list: T[]): T[] =>
      list.map((x, i) => (i === index ? list[to]! : i === to ? list[index]! : x));
    const key = rows[index]!.key;
    pendingFocus.current = (list) => {
      const item = list.querySelector(`[data-option-key="${key}"]`);
      const preferred = item?.querySelector<HTMLButtonElement>(`[data-move="${dir}"]`);
      const other = item?.querySelector<HTMLButtonElement>(`[data-move="${dir === 'up' ? 'down' : 'up'}"]`);
      return preferred && !preferred.disabled ? preferred : other;
    };
    update(swap(options), swap(rows));
  };
  const add = () => {
    const label = `Option ${options.length + 1}`;
    const value = uniqueValue(
      optionValueFrom(label),
      options.map((o) => o.value),
    );
    const key = nextKey++;
    pendingFocus.current = (list) => {
      const input = labelInput(list, key);
      input?.select();
      return input;
    };
    update([...options, { value, label, synonyms: [] }], [...rows, { key, auto: true }]);
  };
  const remove = (index: number) => {
    const neighbour = rows[index + 1]?.key ?? rows[index - 1]?.key;
    pendingFocus.current = (list) => labelInput(list, neighbour);
    update(
      options.filter((_, i) => i !== index),
      rows.filter((_, i) => i !== index),
    );
  };

  const listProblems = messagesAt(problems, '');
  const counts = new Map<string, number>();
  for (const o of options) counts.set(o.value, (counts.get(o.value) ?? 0) + 1);

  return (
    <div className="space-y-3">
      {listProblems.length > 0 && <p className="text-sm text-danger">{listProblems.join('; ')}</p>}
      <ol ref={listRef} className="space-y-3" aria-label="Options">
        {options.map((option, i) => {
          const row = rows[i]!;
          const name = `Option ${i + 1}`;
          const under = (path: string) => messagesAt(problems, `${i}.${path}`);
          const serverValue = under('value');
          const localValue =
            option.value === ''
              ? ['Enter a value.']
              : (counts.get(option.value) ?? 0) > 1 && serverValue.length === 0
                ? [`Another option has the value "${option.value}".`]
                : [];
          const synonymProblems = problems
            .filter((p) => p.path.startsWith(`${i}.synonyms`))
            .map((p) => p.message);
          const other = problems.filter((p) => p.path === String(i)).map((p) => p.message);
          return (
            <li
              key={row.key}
              data-option-key={row.key}
              className="space-y-3 rounded-lg border border-line bg-surface p-3"
            >
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className="text-xs font-semibold tracking-wide text-fg-muted uppercase">{name}</span>
                <div className="flex flex-wrap items-center gap-1">
                  <Button
                    variant="ghost"
                    size="sm"
                    data-move="up"
                    aria-label={`Move ${option.label || name} up`}
                    disabled={i === 0}
                    onClick={() => move(i, 'up')}
                  >
                    ↑
                  </Button>
                  <Button
                    variant="ghost"
                    size="sm"
                    data-move="down"
                    aria-label={`Move ${option.label || name} down`}
                    disabled={i === options.length - 1}
                    onClick={() => move(i, 'down')}
                  >
                    ↓
                  </Button>
                  {options.length > 1 && (
                    <ConfirmRemove
                      what={`option ${option.label || name}`}
                      confirm={!row.auto}
                      onRemove={() => remove(i)}
                    />
                  )}
                </div>
              </div>
              {other.length > 0 && <p className="text-sm text-danger">{other.join('; ')}</p>}
              <div className="grid gap-3 @md:grid-cols-2">
                <Labelled label="Label" srPrefix={name} problems={under('label')}>
                  {({ id, describedBy, invalid }) => (
                    <Input
                      id={id}
                      value={option.label}
                      maxLength={200}
                      aria-describedby={describedBy}
                      aria-invalid={invalid}
                      onChange={(e) => {
                        const label = e.target.value;
                        const derived = optionValueFrom(label);
                        setOption(
                          i,
                          row.auto && derived !== '' ? { label, value: derived } : { label },
                          row.auto,
                        );
                      }}
                    />
                  )}
                </Labelled>
                <Labelled
                  label="Value"
                  srPrefix={name}
                  description={row.auto ? 'Follows the label until you edit it.' : undefined}
                  problems={[...localValue, ...serverValue]}
                >
                  {({ id, describedBy, invalid }) => (
                    <Input
                      id={id}
                      value={option.value}
                      maxLength={200}
                      spellCheck={false}
                      className="font-mono"
                      aria-describedby={describedBy}
                      aria-invalid={invalid}
                      onChange={(e) => setOption(i, { value: e.target.value }, false)}
                    />
                  )}
                </Labelled>
              </div>
              <TagInput
                label="Synonyms"
                srPrefix={name}
                description="Other ways people say this choice; the guide matches them."
                tags={option.synonyms}
                placeholder="e.g. small, tiny"
                problems={synonymProblems}
                onChange={(synonyms) => setOption(i, { synonyms }, row.auto)}
              />
            </li>
          );
        })}
      </ol>
      <Button variant="secondary" size="sm" onClick={add}>
        Add option
      </Button>
    </div>
  );
}
