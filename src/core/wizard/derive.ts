import slugify from 'slugify';
import type { Derive, WizardDefinition } from './definition.js';
import { allFields } from './navigation.js';
import type { RunState } from './run-state.js';

/** Applies a derive transform to a source value; non-string sources are stringified first. */
export function deriveValue(transform: Derive['transform'], source: unknown): string {
  const text = Array.isArray(source) ? source.join(' ') : String(source ?? '');
  switch (transform) {
    case 'slug':
      return slugify(text, { lower: true, strict: true, trim: true });
    case 'lowercase':
      return text.toLowerCase();
    case 'uppercase':
      return text.toUpperCase();
    case 'copy':
      return text;
  }
}

/**
 * The derived fields to update after `changed` took a new value in `state`: every field whose `derive.from`
 * is `changed` and that nobody has set directly (its provenance is absent or `derived`). A cleared source
 * clears them (value null).
 */
export function derivedUpdates(
  definition: WizardDefinition,
  state: RunState,
  changed: string,
): Array<{ field: string; value: string | null }> {
  const updates: Array<{ field: string; value: string | null }> = [];
  for (const { field } of allFields(definition)) {
    if (field.derive?.from !== changed) continue;
    const source = state.provenance[field.name]?.source;
    if (source !== undefined && source !== 'derived') continue;
    const value =
      state.values[changed] === undefined ? null : deriveValue(field.derive.transform, state.values[changed]);
    if (value !== (state.values[field.name] ?? null))
      updates.push({ field: field.name, value: value || null });
  }
  return updates;
}
