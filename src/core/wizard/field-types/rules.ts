import type { Field, Validation } from '../definition.js';
import type { NormaliseResult } from './field-type.js';

/**
 * Validation rules shared by every field type. Each rule returns short, lowercase-start messages that read
 * after the field's label ("Name must be at least 3 characters"); an empty array means the value passes.
 *
 * - `min_length` / `max_length` count characters (Unicode code points, so an emoji counts once) of strings.
 * - `pattern` is a RegExp source that must match the whole value; an invalid pattern never matches (the
 *   definition validator reports it separately).
 * - `min` / `max` bound numbers, or the count of choices for multi_select (see {@link countRules}).
 * - `custom_error`, when set, replaces every rule failure of a field ({@link withCustomError}).
 */

/** The message of an empty value, shared by all normalisers. */
export const EMPTY_MESSAGE = 'is empty';

/** A failed normalisation. */
export function fail<V>(message: string): NormaliseResult<V> {
  return { ok: false, message };
}

/** A successful normalisation. */
export function ok<V>(value: V): NormaliseResult<V> {
  return { ok: true, value };
}

/** True for `undefined`, `null`, a blank string and an empty array: input that carries no value. */
export function isBlank(raw: unknown): boolean {
  if (raw === undefined || raw === null) return true;
  if (typeof raw === 'string') return raw.trim() === '';
  if (Array.isArray(raw)) return raw.length === 0;
  return false;
}

/** "1 character", "3 characters". */
export function plural(n: number, word: string, words = `${word}s`): string {
  return `${n} ${n === 1 ? word : words}`;
}

/** Number of characters (code points) in a string. */
export function charCount(value: string): number {
  return [...value].length;
}

function bounds(
  n: number,
  min: number | undefined,
  max: number | undefined,
  unit: (x: number) => string,
  verb = 'be',
): string[] {
  const tooLow = min !== undefined && n < min;
  const tooHigh = max !== undefined && n > max;
  if (!tooLow && !tooHigh) return [];
  if (min !== undefined && max !== undefined) {
    const range = min === max ? unit(min) : `${formatPlain(min)} to ${unit(max)}`;
    return [`must ${verb} ${min === max ? 'exactly ' : ''}${range}`];
  }
  return tooLow ? [`must ${verb} at least ${unit(min!)}`] : [`must ${verb} at most ${unit(max!)}`];
}

/** A number as people write it in rules: no exponent, no trailing zeros. */
export function formatPlain(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(12)));
}

/** `min_length` / `max_length`: "must be at least 3 characters", "must be 3 to 10 characters". */
export function lengthRules(value: string, validation: Validation | undefined): string[] {
  if (!validation) return [];
  return bounds(charCount(value), validation.min_length, validation.max_length, (n) =>
    plural(n, 'character'),
  );
}

const compiled = new Map<string, RegExp | null>();

/** Whether `value` matches `pattern` as a whole. An invalid pattern matches nothing. */
export function matchesPattern(value: string, pattern: string): boolean {
  if (!compiled.has(pattern)) {
    try {
      compiled.set(pattern, new RegExp(`^(?:${pattern})$`));
    } catch {
      compiled.set(pattern, null);
    }
  }
  return compiled.get(pattern)?.test(value) ?? false;
}

/** `pattern`: "is not in the expected format". */
export function patternRule(value: string, validation: Validation | undefined): string[] {
  if (validation?.pattern === undefined) return [];
  return matchesPattern(value, validation.pattern) ? [] : ['is not in the expected format'];
}

/** Length and pattern rules for a string value. */
export function stringRules(value: string, validation: Validation | undefined): string[] {
  return [...lengthRules(value, validation), ...patternRule(value, validation)];
}

/** `min` / `max` on a number: "must be at least 5", "must be 1 to 5". */
export function rangeRules(value: number, validation: Pick<Validation, 'min' | 'max'> | undefined): string[] {
  if (!validation) return [];
  return bounds(value, validation.min, validation.max, formatPlain);
}

/** `min` / `max` on a count of choices: "must have at least 2 choices", "must have 1 to 3 choices". */
export function countRules(count: number, validation: Validation | undefined): string[] {
  if (!validation) return [];
  return bounds(count, validation.min, validation.max, (n) => plural(n, 'choice'), 'have');
}

/** Deduplicates problems and, when the field sets `validation.custom_error`, replaces them with it. */
export function withCustomError(problems: string[], field: Field): string[] {
  if (problems.length === 0) return [];
  const custom = field.validation?.custom_error;
  return custom ? [custom] : [...new Set(problems)];
}

/** A setting read as a finite number, or `undefined`. */
export function numberSetting(field: Field, key: string): number | undefined {
  const v = field.settings?.[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** A setting read as a non-empty string, or `undefined`. */
export function stringSetting(field: Field, key: string): string | undefined {
  const v = field.settings?.[key];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}
