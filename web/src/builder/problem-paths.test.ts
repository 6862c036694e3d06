import { describe, expect, it } from 'vitest';
import { parseWizardDefinition } from '../../../src/core/wizard/validate-definition';
import {
  describeProblemPath,
  indexProblems,
  locateProblem,
  mergeProblems,
  messagesAt,
  messagesUnder,
} from './problem-paths';
import { draftWizard } from './test-fixtures';
import { EventBindingSchema } from '../../../src/core/actions/definition';

describe('locateProblem', () => {
  it.each([
    ['steps.1.fields.0.conditions.show_if', { kind: 'field', step: 1, field: 0, path: 'conditions.show_if' }],
    ['steps.2.fields.3', { kind: 'field', step: 2, field: 3, path: '' }],
    ['steps.0.title', { kind: 'step', step: 0, path: 'title' }],
    ['steps.4.fields', { kind: 'step', step: 4, path: 'fields' }],
    ['steps.1', { kind: 'step', step: 1, path: '' }],
    ['wizard.steps.0.fields.1.options', { kind: 'field', step: 0, field: 1, path: 'options' }],
    ['slug', { kind: 'wizard', path: 'slug' }],
    ['steps', { kind: 'wizard', path: 'steps' }],
    ['guide.name', { kind: 'wizard', path: 'guide.name' }],
    ['(root)', { kind: 'wizard', path: '' }],
  ])('%s', (path, target) => {
    expect(locateProblem(path)).toEqual(target);
  });
});

describe('indexProblems', () => {
  const index = indexProblems([
    { path: 'slug', message: 'bad slug' },
    { path: 'steps.0.title', message: 'too short' },
    { path: 'steps.0.fields.1.conditions.show_if', message: 'refers to unknown field "x"' },
    { path: 'steps.0.fields.1.label', message: 'empty' },
    { path: 'steps.2.skip_if', message: 'unknown op' },
  ]);

  it('gives the wizard its own problems', () => {
    expect(index.wizard).toEqual([{ path: 'slug', message: 'bad slug' }]);
  });

  it('gives a step its own problems with relative paths, and counts its fields’ too', () => {
    expect(index.step(0)).toEqual([{ path: 'title', message: 'too short' }]);
    expect(index.stepTotal(0)).toBe(3);
    expect(index.stepTotal(1)).toBe(0);
    expect(index.stepTotal(2)).toBe(1);
  });

  it('gives a field its problems with paths relative to the field', () => {
    expect(index.field(0, 1)).toEqual([
      { path: 'conditions.show_if', message: 'refers to unknown field "x"' },
      { path: 'label', message: 'empty' },
    ]);
    expect(index.field(0, 0)).toEqual([]);
  });

  it('reads messages at and under a path', () => {
    const problems = [
      { path: 'guide.name', message: 'a' },
      { path: 'guide', message: 'b' },
      { path: 'guidebook', message: 'c' },
    ];
    expect(messagesAt(problems, 'guide')).toEqual(['b']);
    expect(messagesUnder(problems, 'guide')).toEqual(['a', 'b']);
  });
});

describe('problems of a real draft', () => {
  const draft = draftWizard([
    { id: 'about', title: 'About you', fields: [] },
    {
      id: 'company',
      title: 'Company',
      fields: [
        {
          name: 'company',
          label: 'Company name',
          type: 'text',
          required: false,
          extraction_hints: [],
          conditions: { show_if: { '==': [{ var: 'has_company' }, true] } },
        },
      ],
    },
  ]);

  it('lands the engine’s unknown-field problem on the field that has the condition', () => {
    const result = parseWizardDefinition(draft);
    expect(result.ok).toBe(false);
    const index = indexProblems(result.ok ? [] : result.problems);
    expect(index.field(1, 0)).toEqual([
      { path: 'conditions.show_if', message: 'refers to unknown field "has_company"' },
    ]);
    expect(index.stepTotal(1)).toBe(1);
    expect(index.stepTotal(0)).toBe(0);
  });

  it('describes a problem path in words', () => {
    expect(describeProblemPath(draft, 'steps.1.fields.0.conditions.show_if')).toBe(
      'Step 2 “Company” › “Company name” › conditions.show_if',
    );
    expect(describeProblemPath(draft, 'steps.0.title')).toBe('Step 1 “About you” › title');
    expect(describeProblemPath(draft, 'steps.7.fields.2')).toBe('Step 8 › field 3');
    expect(describeProblemPath(draft, 'slug')).toBe('Wizard › slug');
  });

  it('names events and their actions', () => {
    const withEvents = {
      ...draft,
      events: [
        EventBindingSchema.parse({
          id: 'load',
          name: 'Load the cities',
          trigger: 'wizard.onStart',
          actions: [{ id: 'fetch', type: 'navigate', config: { to: 'next' } }],
        }),
      ],
    };
    expect(describeProblemPath(withEvents, 'events.0.actions.0.config.step_id')).toBe(
      'Event “Load the cities” › action “fetch” › config.step_id',
    );
    expect(describeProblemPath(withEvents, 'events.0.target')).toBe('Event “Load the cities” › target');
    expect(describeProblemPath(withEvents, 'events.3')).toBe('Event 4');
  });
});

describe('mergeProblems', () => {
  const local = [{ path: 'slug', message: 'bad' }];
  const server = [
    { path: 'slug', message: 'bad' },
    { path: 'steps.0.fields.0.default', message: 'the default is in the past' },
  ];

  it('adds the server’s extra problems once, while the draft is saved', () => {
    expect(mergeProblems(local, server, true)).toEqual([
      { path: 'slug', message: 'bad' },
      { path: 'steps.0.fields.0.default', message: 'the default is in the past' },
    ]);
  });

  it('shows only the local check while the draft has unsaved edits (the server’s paths may be stale)', () => {
    expect(mergeProblems(local, server, false)).toEqual(local);
  });
});
