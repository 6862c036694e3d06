import type { ConversationTest } from '../../../../src/core/wizard/conversation-tests';
import type { WizardDefinition } from '../../../../src/core/wizard/definition';

/**
 * The expected end state of a conversation test as the author writes it, one line per field:
 * `field = value` (exact; a multi-select's options separated by commas), `field ~ part` (the value contains
 * the part), `field =` (the field stays empty).
 */

type Expected = ConversationTest['expected'];

/** The lines of an expectation, in the form `parseExpectation` reads. */
export function formatExpectation(expected: Expected): string {
  const lines: string[] = [];
  for (const [field, value] of Object.entries(expected.values ?? {}))
    lines.push(`${field} = ${Array.isArray(value) ? value.join(', ') : String(value)}`);
  for (const [field, part] of Object.entries(expected.contains ?? {})) lines.push(`${field} ~ ${part}`);
  for (const field of expected.absent ?? []) lines.push(`${field} =`);
  return lines.join('\n');
}

/**
 * Reads expectation lines against the wizard's fields. Returns the values, substrings and empty fields, or
 * the problems (a line without `=` or `~`, a field the wizard does not have), each naming its line.
 */
export function parseExpectation(
  text: string,
  definition: Pick<WizardDefinition, 'steps'>,
  status: Expected['status'],
): { ok: true; expected: Expected } | { ok: false; problems: string[] } {
  const fields = new Map(definition.steps.flatMap((s) => s.fields.map((f) => [f.name, f] as const)));
  const values: NonNullable<Expected['values']> = {};
  const contains: Record<string, string> = {};
  const absent: string[] = [];
  const problems: string[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const m = /^([\w-]+)\s*([=~])\s*(.*)$/.exec(line);
    if (!m) return problems.push(`line ${i + 1}: write "field = value" or "field ~ part"`);
    const [, name, op, rest] = m as unknown as [string, string, string, string];
    const field = fields.get(name);
    if (!field) return problems.push(`line ${i + 1}: the wizard has no field "${name}"`);
    if (op === '~') contains[name] = rest;
    else if (rest === '') absent.push(name);
    else if (field.type === 'multi_select')
      values[name] = rest
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean);
    else values[name] = rest;
  });
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    expected: {
      status,
      ...(Object.keys(values).length ? { values } : {}),
      ...(Object.keys(contains).length ? { contains } : {}),
      ...(absent.length ? { absent } : {}),
    },
  };
}
