// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { REVIEW_STEP_ID } from '../../../src/core/wizard/run-state';
import { conditionalWizard } from '../test/fixtures';
import { useLocalRun } from './useLocalRun';

afterEach(cleanup);

const now = () => new Date('2026-03-01T10:00:00Z');

describe('useLocalRun', () => {
  it('starts the run on the first open step with a snapshot', () => {
    const { result } = renderHook(() =>
      useLocalRun(conditionalWizard(), { now, referenceDate: '2026-03-01' }),
    );
    expect(result.current.status).toBe('ready');
    expect(result.current.snapshot?.current_step_id).toBe('about');
    expect(result.current.events.map((e) => e.type)).toEqual(['wizard_start']);
  });

  it('refuses Next with the missing fields, then applies conditions and moves on', async () => {
    const { result } = renderHook(() => useLocalRun(conditionalWizard(), { now }));
    let outcome = await act(() => result.current.next());
    expect(outcome.ok).toBe(false);
    expect(result.current.problems).toEqual([{ field: 'name', message: 'Name is required' }]);

    await act(() => result.current.setField('name', '  Ada '));
    expect(result.current.problems).toEqual([]);
    expect(result.current.snapshot?.values.name).toBe('Ada');
    expect(result.current.snapshot?.fields.find((f) => f.name === 'company_size')?.visible).toBe(false);

    await act(() => result.current.setField('has_company', true));
    const size = result.current.snapshot?.fields.find((f) => f.name === 'company_size');
    expect(size?.visible && size.required).toBe(true);
    outcome = await act(() => result.current.next());
    expect(outcome.problems[0]?.field).toBe('company_size');

    await act(() => result.current.setField('has_company', false));
    outcome = await act(() => result.current.next());
    expect(outcome.ok).toBe(true);
    expect(result.current.snapshot?.current_step_id).toBe('more');
  });

  it('chains commands issued in the same tick, records guide provenance, and completes', async () => {
    const { result } = renderHook(() => useLocalRun(conditionalWizard(), { now }));
    await act(async () => {
      void result.current.setField('name', 'Ada', { provenance: { source: 'guide', utterance: "I'm Ada" } });
      void result.current.next();
    });
    expect(result.current.snapshot?.current_step_id).toBe('more');
    expect(result.current.state?.provenance.name).toEqual({ source: 'guide', utterance: "I'm Ada" });
    const update = result.current.events.find((e) => e.type === 'wizard_field_update');
    expect(update?.actor).toBe('guide');

    await act(() => result.current.next());
    expect(result.current.snapshot?.current_step_id).toBe(REVIEW_STEP_ID);
    await act(() => result.current.goTo('about'));
    expect(result.current.snapshot?.current_step_id).toBe('about');
    await act(() => result.current.complete());
    expect(result.current.snapshot?.status).toBe('completed');
    expect(result.current.events.at(-1)?.type).toBe('wizard_complete');
  });

  it('clears a field with null', async () => {
    const { result } = renderHook(() => useLocalRun(conditionalWizard(), { now }));
    await act(() => result.current.setField('name', 'Ada'));
    await act(() => result.current.setField('name', null));
    expect(result.current.snapshot?.values.name).toBeUndefined();
  });
});
