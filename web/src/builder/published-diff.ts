import type { WizardDefinition } from '../../../src/core/wizard/definition';

/** JSON with object keys sorted and `undefined` members dropped, so equal content gives equal text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const entries = Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

/**
 * Whether a draft has the same content as a published definition: every property but `id` and `status`
 * (a published version carries `status: "published"`), whatever the order of keys.
 */
export function sameContent(draft: WizardDefinition, published: WizardDefinition): boolean {
  const strip = ({ id: _id, status: _status, ...rest }: WizardDefinition) => rest;
  return canonical(strip(draft)) === canonical(strip(published));
}
