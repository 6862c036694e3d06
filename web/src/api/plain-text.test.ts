import { describe, expect, it } from 'vitest';
import { formErrors } from '../auth/form-errors';
import { plainText } from './plain-text';
import { ApiProblem } from './problem';

describe('plainText: problems in words for people', () => {
  it.each([
    ['Too small: expected string to have >=10 characters', 'Use at least 10 characters.'],
    ['Too small: expected string to have >=1 characters', 'Fill this in.'],
    ['Too big: expected string to have <=200 characters', 'Use at most 200 characters.'],
    ['Invalid email address', 'Enter an email address such as name@example.com.'],
    [
      'sign in, or send the run token of this run in the X-Run-Token header',
      'This form link is incomplete or has expired. Open the link you were given again, or sign in.',
    ],
    ['That slug is taken', 'That slug is taken'],
  ])('%j → %j', (text, said) => {
    expect(plainText(text)).toBe(said);
  });

  it('is what forms and runs show for a refused request', () => {
    const problem = new ApiProblem(400, 'body/password Too small', {
      invalid_params: [
        { name: 'body.password', reason: 'Too small: expected string to have >=10 characters' },
      ],
    });
    expect(formErrors(problem, ['password']).fields.password).toBe('Use at least 10 characters.');
    const run = new ApiProblem(401, 'sign in, or send the run token of this run in the X-Run-Token header');
    expect(run.runProblems()[0]!.message).not.toContain('X-Run-Token');
    expect(formErrors(run, []).general).not.toContain('X-Run-Token');
  });
});
