// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { Player } from '../player/Player';
import { useLocalRun } from '../player/useLocalRun';
import { builtinWizard } from '../wizards/builtin';
import { useLocalGuide } from './useLocalGuide';

afterEach(cleanup);

function GuidedPreview() {
  const run = useLocalRun(builtinWizard('lead-capture')!);
  const guide = useLocalGuide(run.handle);
  return (
    <Player
      run={run}
      guide={{ messages: guide.messages, pending: guide.pending, sendMessage: guide.sendMessage }}
    />
  );
}

describe('useLocalGuide', () => {
  it('greets, then fills the form from what the user tells the guide, with a "filled by guide" marker', async () => {
    const user = userEvent.setup();
    render(<GuidedPreview />);
    await screen.findByText(/Could I have your full name/, undefined, { timeout: 15_000 });

    await user.type(screen.getByLabelText('Message Sam'), 'My email is ada@example.com{Enter}');
    await waitFor(() =>
      expect((screen.getByLabelText(/^Email/) as HTMLInputElement).value).toBe('ada@example.com'),
    );
    const marker = screen.getByRole('button', { name: /Filled by guide/ });
    expect(document.getElementById(marker.getAttribute('aria-describedby')!)?.textContent).toContain(
      'My email is ada@example.com',
    );
    expect(screen.getByRole('log').textContent).toContain('My email is ada@example.com');

    // Typing in the form afterwards takes over: the marker goes, the value is the form's.
    await user.clear(screen.getByLabelText(/^Email/));
    await user.type(screen.getByLabelText(/^Email/), 'ada@lovelace.example');
    expect(screen.queryByRole('button', { name: /Filled by guide/ })).toBeNull();
  });
});
