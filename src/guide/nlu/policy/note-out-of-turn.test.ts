import { describe, expect, it } from 'vitest';
import type { RunSnapshot } from '../../../core/wizard/snapshot.js';
import { noteOutOfTurn } from './note-out-of-turn.js';
import { field } from '../extract/test-helpers.js';

const notes = field('notes', 'textarea', {
  label: 'Notes',
  description:
    'Anything else the installer should know: shading trees, which roof or building, access, strata rules',
});
const roof = field('roof_material', 'single_select', {
  label: 'Roof material',
  opts: [
    ['metal', 'Metal', 'tin'],
    ['tile', 'Tile'],
  ],
});
const battery = field('battery', 'boolean', { label: 'Interested in battery storage', required: true });
const fields = [roof, battery, notes];
const snapshot = (answered: string[] = []) =>
  ({
    fields: fields.map((f) => ({ name: f.name, visible: true, answered: answered.includes(f.name) })),
  }) as unknown as RunSnapshot;

describe('noteOutOfTurn: a note said while another question is asked', () => {
  it.each<[string, string[], string | null]>([
    [
      'fyi the strata council has to approve anything on the roof',
      [],
      'the strata council has to approve anything on the roof',
    ],
    [
      "please note it's the south-facing garage roof we'd want covered",
      [],
      "it's the south-facing garage roof we'd want covered",
    ],
    ['the big maple is shading the back half', [], 'the big maple is shading the back half'],
    // guards: no topic of the note and no cue, a topic another field names, a don't-know, a question, a
    // pleasantry, a note already given
    ['we lose power in the ice storms', [], null],
    ['the roof is mostly fine', [], null],
    ["I don't know about the shading", [], null],
    ['does shading matter?', [], null],
    ['fyi thanks', [], null],
    ['fyi the strata council has to approve anything on the roof', ['notes'], null],
  ])('%s → %s', (u, answered, expected) =>
    expect(noteOutOfTurn(u, fields, snapshot(answered))?.value ?? null).toBe(expected),
  );
});
