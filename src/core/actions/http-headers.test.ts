import { describe, expect, it } from 'vitest';
import { ActionHeadersSchema, isCredentialHeader } from './http-headers.js';

/** The problems of some per-action headers, as "name: message". */
function problems(headers: Record<string, string>): string[] {
  const parsed = ActionHeadersSchema.safeParse(headers);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('per-action headers', () => {
  it('takes plain headers and templates, credentials only from a template', () => {
    expect(
      problems({
        'Accept-Language': '{{ values.locale }}',
        'X-Client': 'guidepost',
        Authorization: 'Bearer {{ results.login.token }}',
        'X-Api-Key': '{% if values.vip %}{{ context.vip_key }}{% endif %}',
      }),
    ).toEqual([]);
  });

  it.each([
    [{ Authorization: 'Bearer sk-live-123' }, /^Authorization: carries a credential/],
    [{ 'X-Api-Key': 'abc' }, /^X-Api-Key: carries a credential/],
    [{ Cookie: 'session=1' }, /^Cookie: carries a credential/],
    [{ Host: 'evil.example' }, /^Host: is set by Guidepost itself$/],
    [{ 'Content-Length': '1' }, /^Content-Length: is set by Guidepost itself$/],
    [{ 'X-A': '1', 'x-a': '2' }, /^x-a: is given twice/],
    [{ 'Bad Name': 'x' }, /^Bad Name: must be an HTTP header name$/],
    [{ 'X-Note': 'a\r\nX-Evil: 1' }, /^X-Note: must not contain line breaks/],
  ])('refuses %j, naming the header', (headers, problem) => {
    expect(problems(headers)).toEqual([expect.stringMatching(problem)]);
  });

  it('refuses more than 20 headers', () => {
    const many = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`X-H${i}`, 'x']));
    expect(problems(many)).toEqual([': at most 20 headers']);
  });

  it.each([
    ['Authorization', true],
    ['X-Auth-Token', true],
    ['x_api_key', true],
    ['X-Session-Id', true],
    ['X-Client', false],
    ['Accept-Language', false],
    ['X-Keyboard-Layout', false],
  ])('%s carries a credential: %s', (name, expected) => {
    expect(isCredentialHeader(name)).toBe(expected);
  });
});
