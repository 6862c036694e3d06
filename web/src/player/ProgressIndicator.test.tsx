// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunSnapshot } from '../../../src/core/wizard/snapshot';
import { ProgressIndicator } from './ProgressIndicator';

afterEach(cleanup);

/** The parts of a snapshot the indicator reads: four steps (one skipped), the current one, answers given. */
function snapshotAt(current: number, isReview = false): RunSnapshot {
  const steps = ['a', 'b', 'skipped', 'c', 'd'].map((id, i) => ({
    id,
    title: id.toUpperCase(),
    current: !isReview && i === current,
    skipped: id === 'skipped',
  }));
  // Every required answer given already: the bar must still follow the steps, not the answers.
  return {
    steps,
    is_review: isReview,
    progress: { percent: 100, answered: 5, required: 5 },
  } as unknown as RunSnapshot;
}

describe('ProgressIndicator', () => {
  it('fills the bar by steps done, not by answers given', () => {
    render(<ProgressIndicator snapshot={snapshotAt(3)} />);
    const bar = screen.getByRole('progressbar', { name: 'Steps done' });
    expect(screen.getByText('Step 3 of 4')).toBeTruthy();
    expect(bar.getAttribute('aria-valuenow')).toBe('50');
    expect(bar.getAttribute('aria-valuetext')).toBe('Step 3 of 4, 2 of 4 steps done');
  });

  it('is empty on the first step and full on the review page', () => {
    render(<ProgressIndicator snapshot={snapshotAt(0)} />);
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('0');
    cleanup();
    render(<ProgressIndicator snapshot={snapshotAt(0, true)} />);
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');
  });
});
