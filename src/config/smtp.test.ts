import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

/** The configuration's problems for an environment, as variable → message. */
function problems(env: Record<string, string>): Record<string, string> {
  try {
    loadConfig(env);
    return {};
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return Object.fromEntries(error.problems.map((p) => [p.variable, p.message]));
  }
}

describe('SMTP settings', () => {
  it('are off by default and read when set', () => {
    expect(loadConfig({}).SMTP_HOST).toBeUndefined();
    const config = loadConfig({
      SMTP_HOST: 'smtp.example.com',
      SMTP_PORT: '465',
      SMTP_SECURE: 'true',
      SMTP_USER: 'mailer',
      SMTP_PASSWORD: 'secret',
      SMTP_FROM: 'Guidepost <no-reply@example.com>',
    });
    expect(config).toMatchObject({
      SMTP_PORT: 465,
      SMTP_SECURE: true,
      SMTP_FROM: 'Guidepost <no-reply@example.com>',
    });
  });

  it('name what is missing or wrong', () => {
    expect(problems({ SMTP_HOST: 'smtp.example.com' })).toEqual({
      SMTP_FROM: 'is required when SMTP_HOST is set',
    });
    expect(problems({ SMTP_FROM: 'no-reply@example.com' })).toEqual({
      SMTP_HOST: 'is required when other SMTP_* settings are set',
    });
    expect(problems({ SMTP_HOST: 'h', SMTP_FROM: 'a@b.c', SMTP_USER: 'u' })).toEqual({
      SMTP_PASSWORD: 'SMTP_USER and SMTP_PASSWORD are set together',
    });
    expect(Object.keys(problems({ SMTP_HOST: 'h', SMTP_FROM: 'nobody' }))).toEqual(['SMTP_FROM']);
    expect(Object.keys(problems({ SMTP_HOST: 'h', SMTP_FROM: 'a@b.c', SMTP_PORT: '70000' }))).toEqual([
      'SMTP_PORT',
    ]);
  });
});
