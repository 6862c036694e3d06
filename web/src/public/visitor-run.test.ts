// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { PublicBootstrap } from '../../../src/core/public-page';
import { luminance } from './bootstrap';
import { parseResume, resumeUrlOf } from './visitor-run';

const boot = { tenant: { slug: 'acme', name: 'Acme' }, wizard: { slug: 'lead' } } as PublicBootstrap;
const RUN = '0b9c6f1e-4a8d-4c39-9a57-1d2e3f4a5b6c';

describe('resume links', () => {
  it('put the run id and token in the fragment of the public page, and read them back', () => {
    const url = resumeUrlOf(boot, RUN, 'rt_abc-DEF_123');
    expect(url).toBe(`${location.origin}/w/acme/lead#resume=${RUN}.rt_abc-DEF_123`);
    expect(parseResume(new URL(url).hash)).toEqual({ runId: RUN, token: 'rt_abc-DEF_123' });
  });

  it('ignore fragments that are no resume link', () => {
    expect(parseResume('')).toBeNull();
    expect(parseResume('#resume=not-a-run.rt_x')).toBeNull();
    expect(parseResume(`#resume=${RUN}.token-without-prefix`)).toBeNull();
  });
});

describe('accent colours', () => {
  it('measure relative luminance (WCAG 2)', () => {
    expect(luminance('#000000')).toBe(0);
    expect(luminance('#ffffff')).toBeCloseTo(1);
    expect(luminance('#0e7490')).toBeLessThan(0.4);
    expect(luminance('#fde047')).toBeGreaterThan(0.4);
  });
});
