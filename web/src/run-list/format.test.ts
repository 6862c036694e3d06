import { describe, expect, it } from 'vitest';
import { attachmentName } from './download';
import { formatRelative, progressText } from './format';
import { hasFilters, runListQuery, validateRunSearch } from './run-filters';

describe('progressText', () => {
  it('counts required answers when the server could', () => {
    expect(
      progressText({
        progress: { answered: 3, required: 5, percent: 60 },
        current_step_id: 'x',
        status: 'active',
      }),
    ).toBe('3 of 5 required');
  });

  it('says Done for a completed run without required fields, else falls back to the step', () => {
    expect(
      progressText({
        progress: { answered: 0, required: 0, percent: 100 },
        current_step_id: null,
        status: 'completed',
      }),
    ).toBe('Done');
    expect(progressText({ progress: null, current_step_id: 'company', status: 'active' })).toBe(
      'Step: company',
    );
    expect(progressText({ progress: null, current_step_id: null, status: 'created' })).toBe('');
  });
});

describe('formatRelative', () => {
  const now = new Date('2026-03-02T12:00:00Z');
  it('says just now under a minute, and counts the largest unit otherwise', () => {
    expect(formatRelative('2026-03-02T11:59:30Z', now)).toBe('just now');
    expect(formatRelative('2026-03-02T11:55:00Z', now)).toMatch(/5 minutes ago/);
    expect(formatRelative('2026-03-02T09:00:00Z', now)).toMatch(/3 hours ago/);
    expect(formatRelative('2026-03-01T12:00:00Z', now)).toMatch(/yesterday|1 day ago/);
  });
});

describe('run list search params', () => {
  it('keeps well-formed params and drops malformed ones', () => {
    expect(
      validateRunSearch({
        status: 'completed',
        channel: 'fax',
        from: '2026-03-01',
        to: 'soon',
        q: '  ada ',
        extra: 1,
      }),
    ).toEqual({ status: 'completed', from: '2026-03-01', q: 'ada' });
    expect(validateRunSearch({})).toEqual({});
  });

  it('maps filters to the API query, with both ends of the date range included', () => {
    const params = runListQuery({
      wizard: 'w1',
      status: 'active',
      channel: 'chat',
      from: '2026-03-01',
      to: '2026-03-02',
      q: 'ada',
    });
    expect(params.get('wizard_id')).toBe('w1');
    expect(params.get('status')).toBe('active');
    expect(params.get('channel')).toBe('chat');
    expect(params.get('q')).toBe('ada');
    expect(params.get('created_from')).toBe(new Date(2026, 2, 1).toISOString());
    expect(params.get('created_to')).toBe(new Date(2026, 2, 3).toISOString());
    expect(runListQuery({}).toString()).toBe('');
  });

  it('knows whether any filter is set', () => {
    expect(hasFilters({})).toBe(false);
    expect(hasFilters({ q: 'x' })).toBe(true);
  });
});

describe('attachmentName', () => {
  it('reads the file name of a Content-Disposition header', () => {
    expect(attachmentName('attachment; filename="runs-all-2026-03-02.csv"', 'runs.csv')).toBe(
      'runs-all-2026-03-02.csv',
    );
    expect(attachmentName(null, 'runs.csv')).toBe('runs.csv');
  });
});
