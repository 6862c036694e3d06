import type { DraftProblem } from '../builder-api';

/**
 * The problems at or under `prefix` (`events.2`, `actions.0`), their paths made relative to it (`''` for the
 * thing itself): how the Events panel hands each card and control the problems about it.
 */
export function problemsWithin(problems: DraftProblem[], prefix: string): DraftProblem[] {
  return problems
    .filter((p) => p.path === prefix || p.path.startsWith(`${prefix}.`))
    .map((p) => ({ path: p.path === prefix ? '' : p.path.slice(prefix.length + 1), message: p.message }));
}

/** The messages under `prefix` (`config.query`, `input_mapping`) by their first key, for a KeyValueEditor. */
export function problemsByKey(problems: DraftProblem[], prefix: string): Record<string, string[]> {
  const byKey: Record<string, string[]> = {};
  for (const p of problemsWithin(problems, prefix)) {
    const key = p.path.split('.')[0] ?? '';
    byKey[key] = [...(byKey[key] ?? []), p.message];
  }
  return byKey;
}
