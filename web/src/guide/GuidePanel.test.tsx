// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { initials } from './Avatar';
import { GuidePanel } from './GuidePanel';
import type { GuideMessage } from './types';

afterEach(cleanup);

describe('GuidePanel', () => {
  it('shows the guide, the transcript, and sends what the user types', async () => {
    const user = userEvent.setup();
    const sendMessage = vi.fn();
    const messages: GuideMessage[] = [{ id: '1', role: 'guide', text: 'Hi, I am Sam.' }];
    const { rerender } = render(
      <GuidePanel name="Sam Rivera" messages={messages} sendMessage={sendMessage} />,
    );
    expect(screen.getByRole('heading', { name: 'Sam Rivera' })).toBeTruthy();
    expect(screen.getAllByText('SR').length).toBeGreaterThan(0);
    expect(screen.getByRole('log').textContent).toContain('Hi, I am Sam.');

    await user.type(screen.getByLabelText('Message Sam Rivera'), 'My name is Ada{Enter}');
    expect(sendMessage).toHaveBeenCalledWith('My name is Ada');
    expect((screen.getByLabelText('Message Sam Rivera') as HTMLInputElement).value).toBe('');

    rerender(
      <GuidePanel
        name="Sam Rivera"
        messages={[
          ...messages,
          { id: '2', role: 'user', text: 'My name is Ada' },
          { id: '3', role: 'guide', text: 'Thanks, Ada!' },
        ]}
        sendMessage={sendMessage}
      />,
    );
    expect(screen.getByRole('log').textContent).toContain('Thanks, Ada!');
  });

  it('has a voice button that is disabled with a tooltip until voice is configured', () => {
    render(<GuidePanel name="Sam" messages={[]} sendMessage={() => {}} />);
    const voice = screen.getByRole('button', { name: 'Voice' });
    expect(voice.getAttribute('aria-disabled')).toBe('true');
    expect(document.getElementById(voice.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Voice is not configured',
    );
  });

  it('disables the input and says why once the conversation is closed', async () => {
    const user = userEvent.setup();
    const sendMessage = vi.fn();
    render(
      <GuidePanel
        name="Sam"
        messages={[]}
        sendMessage={sendMessage}
        closed="This run is complete: the guide takes no more messages."
      />,
    );
    const input = screen.getByLabelText('Message Sam') as HTMLInputElement;
    expect(input.disabled).toBe(true);
    expect(screen.getByRole('status').textContent).toBe(
      'This run is complete: the guide takes no more messages.',
    );
    await user.type(input, 'hello{Enter}');
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('makes initials from a name', () => {
    expect(initials('Farah Qubit')).toBe('FQ');
    expect(initials('Sam')).toBe('S');
    expect(initials('  ')).toBe('?');
  });
});
