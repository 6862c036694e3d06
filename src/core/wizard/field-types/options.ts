import type { Field, Option } from '../definition.js';

/**
 * Option matching shared by single_select and multi_select. Input matches an option when it equals the
 * option's `value` exactly, or else when its folded form (see {@link foldChoice}) equals the folded value,
 * label or a synonym. Earlier kinds of match win (value, then label, then synonym), then option order.
 */

/** Lowercase, Unicode-compatibility-normalised, dashes unified, whitespace collapsed, trimmed. */
export function foldChoice(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** The text of one raw choice: a string, a finite number, or an object with a string `value`. */
export function choiceText(raw: unknown): string | undefined {
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
  if (raw !== null && typeof raw === 'object' && typeof (raw as { value?: unknown }).value === 'string')
    return (raw as { value: string }).value;
  return undefined;
}

/** The option a raw choice names, or `undefined`. */
export function matchOption(options: readonly Option[], raw: unknown): Option | undefined {
  const text = choiceText(raw);
  if (text === undefined) return undefined;
  const exact = options.find((o) => o.value === text);
  if (exact) return exact;
  const folded = foldChoice(text);
  if (folded === '') return undefined;
  return (
    options.find((o) => foldChoice(o.value) === folded) ??
    options.find((o) => foldChoice(o.label) === folded) ??
    options.find((o) => (o.synonyms ?? []).some((s) => foldChoice(s) === folded))
  );
}

const LISTED = 12;

/** "Under $5k, $5k–$20k, Over $20k": the labels people choose from (the first 12, then "…"). */
export function optionLabels(field: Field): string {
  const labels = (field.options ?? []).map((o) => o.label);
  return labels.length > LISTED ? `${labels.slice(0, LISTED).join(', ')}, …` : labels.join(', ');
}

/** The label of the option with this value, or the value itself. */
export function labelOf(field: Field, value: string): string {
  return field.options?.find((o) => o.value === value)?.label ?? value;
}

/** Message for a field that has no options. */
export const NO_OPTIONS = 'has no options to choose from';
