import { expect, it } from 'vitest';
import { describeEachApp } from './app.js';
import { PASSWORD, signUp } from './auth-helpers.js';
import type { ProblemJson } from './runs-helpers.js';

describeEachApp(
  'sign-up of a registered email',
  (ctx) => {
    const attempt = (email: string) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-up',
        payload: { email, password: PASSWORD, name: 'Someone' },
      });

    it('refuses with a generic problem that does not say the email is registered', async () => {
      await signUp(ctx.app, 'taken@example.com');
      const refused = await attempt('Taken@example.com');
      expect(refused.statusCode).toBe(409);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      const detail = refused.json<ProblemJson>().detail;
      expect(detail.toLowerCase()).not.toContain('taken@example.com');
      expect(detail).not.toMatch(/already exists|registered|taken/i);
    });
  },
  {},
);

describeEachApp(
  'sign-up rate limit',
  (ctx) => {
    it('allows GUIDEPOST_RATE_LIMIT_SIGN_UP sign-ups per client address and minute, then answers 429', async () => {
      for (let i = 0; i < 3; i++) await signUp(ctx.app, `limit-${i}@example.com`);
      const limited = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/auth/sign-up',
        payload: { email: 'limit-last@example.com', password: PASSWORD, name: 'Last' },
      });
      expect(limited.statusCode).toBe(429);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect(limited.headers['content-type']).toContain('application/problem+json');
    });
  },
  { GUIDEPOST_RATE_LIMIT_SIGN_UP: '3' },
);
