import type { Derive, Field } from '../../../../src/core/wizard/definition';
import { Labelled } from '../../ui/Labelled';
import { Select } from '../../ui/Select';
import { messagesAt, without } from './field-model';

/** Props of {@link DeriveEditor}. */
export interface DeriveEditorProps {
  field: Field;
  /** Fields it can be computed from (the wizard's other fields). */
  sources: Field[];
  /** Problems relative to `derive`: `from`, `transform`, `''`. */
  problems: Array<{ path: string; message: string }>;
  onChange: (field: Field) => void;
}

const TRANSFORMS: Array<{ value: Derive['transform']; label: string }> = [
  { value: 'slug', label: 'As a slug (“Herman the Helper” → herman-the-helper)' },
  { value: 'copy', label: 'Copied as is' },
  { value: 'lowercase', label: 'In lowercase' },
  { value: 'uppercase', label: 'In uppercase' },
];

/**
 * `derive`: the field's value computed from another field until someone sets it directly. Choosing no source
 * removes `derive`; a source keeps the chosen transform (slug by default).
 */
export function DeriveEditor({ field, sources, problems, onChange }: DeriveEditorProps) {
  const derive = field.derive;
  const rest = without(field, 'derive');
  const unknownSource = derive && !sources.some((s) => s.name === derive.from);
  return (
    <div className="grid gap-4 @md:grid-cols-2">
      <Labelled
        label="Computed from"
        description="Filled from another answer until someone sets it."
        problems={[...messagesAt(problems, ''), ...messagesAt(problems, 'from')]}
      >
        {({ id, describedBy, invalid }) => (
          <Select
            id={id}
            value={derive?.from ?? ''}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(e) =>
              onChange(
                e.target.value === ''
                  ? rest
                  : { ...rest, derive: { from: e.target.value, transform: derive?.transform ?? 'slug' } },
              )
            }
          >
            <option value="">Not computed</option>
            {unknownSource && <option value={derive.from}>{derive.from} (unknown field)</option>}
            {sources.map((s) => (
              <option key={s.name} value={s.name}>
                {s.label}
              </option>
            ))}
          </Select>
        )}
      </Labelled>
      {derive && (
        <Labelled label="Transform" problems={messagesAt(problems, 'transform')}>
          {({ id, describedBy, invalid }) => (
            <Select
              id={id}
              value={derive.transform}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              onChange={(e) =>
                onChange({ ...rest, derive: { ...derive, transform: e.target.value as Derive['transform'] } })
              }
            >
              {TRANSFORMS.map((t) => (
                <option key={t.value} value={t.value}>
                  {t.label}
                </option>
              ))}
            </Select>
          )}
        </Labelled>
      )}
    </div>
  );
}
