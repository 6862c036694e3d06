import { describe, expect, it } from 'vitest';
import { caseWizard, predictCase, type EvalCase } from './eval-runner.js';

const restaurant: EvalCase = {
  id: 'test:1',
  reference_date: '2019-03-01',
  schema: {
    name: 'Restaurants_2',
    fields: [
      { name: 'restaurant_name', description: 'Name of the restaurant', type: 'text' },
      { name: 'date', description: 'Date of the reservation', type: 'date' },
      { name: 'time', description: 'Time of the reservation', type: 'time' },
      {
        name: 'number_of_seats',
        description: 'Number of seats to reserve',
        type: 'select',
        options: ['1', '2', '3', '4'],
      },
    ],
  },
  turns: [
    { user: 'I would like a table at 7 pm.' },
    { agent: 'Which restaurant would you like?', user: 'Andes Cafe, please.' },
    {
      agent: 'Please confirm: a table for 2 people at Andes Cafe today at 7 pm.',
      user: 'Yes, that is right.',
    },
    { agent: 'Which date?', user: "I don't care." },
  ],
};

describe('eval runner', () => {
  it('builds a one-step wizard of optional fields from the case schema', () => {
    const wizard = caseWizard(restaurant);
    expect(wizard.steps).toHaveLength(1);
    const fields = wizard.steps[0]!.fields;
    expect(fields.map((f) => [f.name, f.type, f.required])).toEqual([
      ['restaurant_name', 'text', false],
      ['date', 'date', false],
      ['time', 'time', false],
      ['number_of_seats', 'single_select', false],
    ]);
    expect(fields[3]!.options?.[1]).toEqual({ value: '2', label: '2', synonyms: [] });
  });

  it('predicts cumulative values turn by turn, with offered values and "dontcare"', async () => {
    const prediction = await predictCase(restaurant);
    expect(prediction.id).toBe('test:1');
    expect(prediction.turns).toHaveLength(4);
    expect(prediction.turns[0]!.values).toEqual({ time: '19:00' });
    expect(prediction.turns[1]!.values).toMatchObject({ time: '19:00', restaurant_name: 'Andes Cafe' });
    expect(prediction.turns[2]!.values).toMatchObject({ date: '2019-03-01', number_of_seats: '2' });
    expect(prediction.turns[3]!.values.date).toBe('dontcare');
  });
});
