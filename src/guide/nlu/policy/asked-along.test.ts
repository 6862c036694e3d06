import { describe, expect, it } from 'vitest';
import { defaultNlu } from '../nlu.js';
import { ctx, field } from '../extract/test-helpers.js';
import { questionsAlong } from './asked-along.js';

describe('questionsAlong', () => {
  const plan = field('plan', 'single_select', {
    opts: [
      ['fibre-300', 'Fibre 300', '300'],
      ['fibre-500', 'Fibre 500', '500'],
    ],
  });
  const time = field('time', 'time');
  it.each<[string, string | null]>([
    // options a question compares are offered by nobody: the question is cut
    [
      "what's the difference between the Fibre 300 and the 500? The kids are always gaming",
      'The kids are always gaming',
    ],
    ['what does Fibre 500 include? we stream a lot', 'we stream a lot'],
    // guards: a question that offers a value the rest does not repeat is read whole
    ['is 3pm free? if not 4pm', null],
    ['is Fibre 500 available here? I work from home', null],
  ])('%j → %j', (content, rest) =>
    expect(questionsAlong(content, [plan, time], defaultNlu, ctx)?.rest ?? null).toBe(rest),
  );
});
