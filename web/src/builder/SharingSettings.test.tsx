// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { WizardSettings } from '../../../src/core/wizard/definition';
import { SharingSettings } from './SharingSettings';

afterEach(cleanup);

/** SharingSettings with its changes flowing back in; `latest()` is the settings after them. */
function setup(start: Partial<WizardSettings>) {
  let latest = start as WizardSettings;
  function Harness() {
    const [settings, setSettings] = useState(latest);
    return (
      <SharingSettings
        settings={settings}
        at={() => []}
        onChange={(patch) => {
          latest = { ...latest, ...patch };
          setSettings(latest);
        }}
      />
    );
  }
  render(<Harness />);
  return () => latest;
}

describe('the builder’s Sharing settings', () => {
  it('shows a version stored before the settings existed as public, embeddable nowhere, never abandoned', () => {
    setup({ brain: 'embedded' });
    expect(
      (screen.getByRole('switch', { name: /^Public/ }) as HTMLInputElement).getAttribute('aria-checked'),
    ).toBe('true');
    expect((screen.getByLabelText(/Abandon after/) as HTMLInputElement).value).toBe('');
  });

  it('turns the wizard private, adds an origin without its path and sets the idle minutes', async () => {
    const latest = setup({ public: true, allowed_origins: [] });
    await userEvent.click(screen.getByRole('switch', { name: /^Public/ }));
    expect(latest().public).toBe(false);
    await userEvent.type(
      screen.getByRole('textbox', { name: /Allowed origins/ }),
      'https://WWW.Example.com/contact{Enter}',
    );
    expect(latest().allowed_origins).toEqual(['https://www.example.com']);
    await userEvent.type(screen.getByLabelText(/Abandon after/), '30');
    expect(latest().abandon_after_minutes).toBe(30);
    await userEvent.clear(screen.getByLabelText(/Abandon after/));
    expect(latest().abandon_after_minutes).toBeUndefined();
  });
});
