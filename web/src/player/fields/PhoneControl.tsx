import {
  getCountries,
  getCountryCallingCode,
  parsePhoneNumberFromString,
  type CountryCode,
} from 'libphonenumber-js';
import { useState } from 'react';
import { Input } from '../../ui/Input';
import type { ControlProps } from '../field-props';
import { useFieldDraft } from './useFieldDraft';

let countryList: Array<{ code: CountryCode; label: string }> | undefined;

/** Every country libphonenumber knows, by English name, with its calling code (computed once). */
function countryNames(): Array<{ code: CountryCode; label: string }> {
  if (countryList) return countryList;
  const names =
    typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], { type: 'region' }) : null;
  countryList = getCountries()
    .map((code) => ({ code, label: `${names?.of(code) ?? code} (+${getCountryCallingCode(code)})` }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return countryList;
}

function initialCountry(value: unknown, fallback: string): CountryCode {
  const parsed = typeof value === 'string' ? parsePhoneNumberFromString(value) : undefined;
  return (parsed?.country ?? fallback.toUpperCase()) as CountryCode;
}

const toDraft = (value: unknown) => {
  if (typeof value !== 'string') return '';
  return parsePhoneNumberFromString(value)?.formatInternational() ?? value;
};

/**
 * A phone number with its country: a country select (default: the field's or the wizard's region) and a
 * tel input. A national number is read in the chosen country; one starting with "+" is read as is. The
 * run stores E.164; the engine's phone normaliser decides what is valid.
 */
export function PhoneControl({
  field,
  view,
  id,
  describedBy,
  invalid,
  disabled,
  ctx,
  onRaw,
  onBlur,
}: ControlProps) {
  const fallback =
    typeof field.settings?.default_region === 'string' ? field.settings.default_region : ctx.defaultRegion;
  const [country, setCountry] = useState<CountryCode>(() => initialCountry(view.value, fallback));
  const countries = countryNames();

  const toRaw = (text: string, region: CountryCode): unknown => {
    if (text.trim() === '') return null;
    const parsed = parsePhoneNumberFromString(text, region);
    return parsed?.isValid() ? parsed.number : text;
  };
  const [draft, change] = useFieldDraft(view.value, toDraft, (text) => onRaw(toRaw(String(text), country)));

  return (
    <div className="flex gap-2">
      <label htmlFor={`${id}-country`} className="sr-only">
        {field.label}: country
      </label>
      <select
        id={`${id}-country`}
        value={country}
        disabled={disabled}
        onChange={(e) => {
          const next = e.target.value as CountryCode;
          setCountry(next);
          if (draft.trim() !== '') onRaw(toRaw(draft, next));
        }}
        className="h-10 w-24 shrink-0 rounded-lg border border-line-strong bg-surface px-2 text-sm text-fg shadow-xs hover:border-fg-subtle focus:border-accent focus:ring-3 focus:ring-accent/20 focus:outline-none sm:w-28"
      >
        {countries.map((c) => (
          <option key={c.code} value={c.code}>
            {c.code === country ? `${c.code} +${getCountryCallingCode(c.code)}` : c.label}
          </option>
        ))}
      </select>
      <Input
        id={id}
        name={field.name}
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        value={draft}
        disabled={disabled}
        required={view.required}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        onChange={(e) => change(e.target.value)}
        onBlur={onBlur}
      />
    </div>
  );
}
