import type { Field } from '../../../../src/core/wizard/definition';
import { Input } from '../../ui/Input';
import { Labelled } from '../../ui/Labelled';
import { ToggleField } from '../controls';
import { messagesAt, SETTING_KEYS, withSetting } from './field-model';
import { NumberField } from './NumberField';
import { TagInput } from './TagInput';

/** Props of {@link TypeSettings}. */
export interface TypeSettingsProps {
  field: Field;
  /** Problems relative to `settings`: `step`, `max`, `accept`, … */
  problems: Array<{ path: string; message: string }>;
  onChange: (field: Field) => void;
}

const MB = 1024 * 1024;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a type has settings of its own (what {@link TypeSettings} edits). */
export function hasTypeSettings(field: Field): boolean {
  return (SETTING_KEYS[field.type] ?? []).length > 0;
}

const num = (field: Field, key: string): number | undefined => {
  const v = field.settings?.[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
};
const str = (field: Field, key: string): string => {
  const v = field.settings?.[key];
  return typeof v === 'string' ? v : '';
};

/**
 * The `settings` the field's type module reads, and only those: number `integer`; rating `max` (scale, default
 * 5); slider `step`; phone `default_region`, `strict_validation`; date `min_date`/`max_date`; boolean `must_be_true`; file upload
 * `accept`, `max_size_bytes` (edited in MB) and `multiple`. Problems about settings the type does not read
 * are listed above them, so none is lost.
 */
export function TypeSettings(props: TypeSettingsProps) {
  const known = SETTING_KEYS[props.field.type] ?? [];
  const other = props.problems.filter((p) => !known.includes(p.path.split('.')[0] ?? ''));
  return (
    <div className="space-y-4">
      {other.length > 0 && (
        <p role="status" className="text-sm text-danger">
          {other.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; ')}
        </p>
      )}
      <SettingsOf {...props} />
    </div>
  );
}

/** The inputs of the settings the field's type reads. */
function SettingsOf({ field, problems, onChange }: TypeSettingsProps) {
  const at = (path: string) => messagesAt(problems, path);
  const set = (key: string, value: unknown) => onChange(withSetting(field, key, value));
  switch (field.type) {
    case 'number':
      return (
        <ToggleField
          label="Whole numbers only"
          description="Refuse answers such as 2.5."
          checked={field.settings?.integer === true}
          problems={at('integer')}
          onChange={(on) => set('integer', on ? true : undefined)}
        />
      );
    case 'rating':
      return (
        <NumberField
          label="Number of stars"
          description="The top of the scale (default 5)."
          integer
          min={1}
          placeholder="5"
          value={num(field, 'max')}
          problems={at('max')}
          onChange={(n) => set('max', n)}
        />
      );
    case 'slider':
      return (
        <NumberField
          label="Step"
          description="Answers snap to the lowest value plus a multiple of the step (none: any value)."
          min={0}
          exclusiveMin
          value={num(field, 'step')}
          problems={at('step')}
          onChange={(n) => set('step', n)}
        />
      );
    case 'phone': {
      const region = str(field, 'default_region');
      const bad =
        region !== '' && !/^[A-Z]{2}$/.test(region)
          ? ['Use a two-letter country code such as US or GB.']
          : [];
      return (
        <div className="space-y-4">
          <Labelled
            label="Default country"
            description="For numbers typed without a country code; empty uses the wizard's default."
            problems={[...bad, ...at('default_region')]}
          >
            {({ id, describedBy, invalid }) => (
              <Input
                id={id}
                value={region}
                maxLength={2}
                placeholder="US"
                className="w-24 uppercase"
                aria-describedby={describedBy}
                aria-invalid={invalid}
                onChange={(e) =>
                  set('default_region', e.target.value === '' ? undefined : e.target.value.toUpperCase())
                }
              />
            )}
          </Labelled>
          <ToggleField
            label="Only allocated numbers"
            description="Refuse numbers outside the ranges the country has allocated, not only wrong lengths. New ranges may be refused until the phone library updates."
            checked={field.settings?.strict_validation === true}
            problems={at('strict_validation')}
            onChange={(on) => set('strict_validation', on ? true : undefined)}
          />
        </div>
      );
    }
    case 'date': {
      const min = str(field, 'min_date');
      const max = str(field, 'max_date');
      const order =
        ISO_DATE.test(min) && ISO_DATE.test(max) && min > max
          ? ['The latest date is before the earliest date.']
          : [];
      return (
        <div className="grid gap-4 @md:grid-cols-2">
          {(['min_date', 'max_date'] as const).map((key) => (
            <Labelled
              key={key}
              label={key === 'min_date' ? 'Earliest date' : 'Latest date'}
              description="Inclusive; leave empty for no limit."
              problems={[...(key === 'max_date' ? order : []), ...at(key)]}
            >
              {({ id, describedBy, invalid }) => (
                <Input
                  id={id}
                  type="date"
                  value={key === 'min_date' ? min : max}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                  onChange={(e) => set(key, e.target.value === '' ? undefined : e.target.value)}
                />
              )}
            </Labelled>
          ))}
        </div>
      );
    }
    case 'boolean':
      return (
        <ToggleField
          label="Must be accepted"
          description="For consent boxes: “no” is refused with “must be accepted”."
          checked={field.settings?.must_be_true === true}
          problems={at('must_be_true')}
          onChange={(on) => set('must_be_true', on ? true : undefined)}
        />
      );
    case 'file_upload': {
      const accept = Array.isArray(field.settings?.accept)
        ? field.settings.accept.filter((a): a is string => typeof a === 'string')
        : str(field, 'accept')
            .split(',')
            .map((a) => a.trim())
            .filter(Boolean);
      const bytes = num(field, 'max_size_bytes');
      return (
        <div className="space-y-4">
          <TagInput
            label="Accepted file types"
            description="Extensions (.pdf), MIME types (application/pdf) or families (image/*). Empty accepts any file."
            tags={accept}
            placeholder=".pdf, image/*"
            problems={problems.filter((p) => p.path.startsWith('accept')).map((p) => p.message)}
            onChange={(tags) => set('accept', tags.length > 0 ? tags.map((t) => t.toLowerCase()) : undefined)}
          />
          <NumberField
            label="Largest file (MB)"
            description="Per file; empty for no limit."
            min={0}
            exclusiveMin
            value={bytes === undefined ? undefined : Number((bytes / MB).toFixed(3))}
            problems={at('max_size_bytes')}
            onChange={(mb) => set('max_size_bytes', mb === undefined ? undefined : Math.round(mb * MB))}
          />
          <ToggleField
            label="Allow several files"
            checked={field.settings?.multiple === true}
            problems={at('multiple')}
            onChange={(on) => set('multiple', on ? true : undefined)}
          />
        </div>
      );
    }
    default:
      return null;
  }
}
