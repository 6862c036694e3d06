// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { WizardDefinition } from '../../../src/core/wizard/definition';
import { builtinWizard } from '../wizards/builtin';
import { conditionalWizard } from '../test/fixtures';
import { Player } from './Player';
import { useLocalRun } from './useLocalRun';

afterEach(cleanup);

function LocalPlayer({ definition }: { definition: WizardDefinition }) {
  const run = useLocalRun(definition);
  return <Player run={run} />;
}

describe('Player with a local run', () => {
  it('shows and hides a conditional field live', async () => {
    const user = userEvent.setup();
    render(<LocalPlayer definition={conditionalWizard()} />);
    expect(screen.queryByLabelText(/Company size/)).toBeNull();
    await user.click(screen.getByRole('switch', { name: /Do you run a company/ }));
    expect(screen.getByLabelText(/Company size/)).toBeTruthy();
    await user.click(screen.getByRole('switch', { name: /Do you run a company/ }));
    expect(screen.queryByLabelText(/Company size/)).toBeNull();
  });

  it('shows derived values as they are computed (create-a-sidekick: name → web address)', async () => {
    const user = userEvent.setup();
    render(<LocalPlayer definition={builtinWizard('create-a-sidekick')!} />);
    await user.type(screen.getByRole('textbox', { name: /Sidekick name/ }), 'Herman the Helper');
    const slug = screen.getByRole('textbox', { name: /Web address/ }) as HTMLInputElement;
    expect(slug.value).toBe('herman-the-helper');
    await user.clear(slug);
    await user.type(slug, 'herman');
    await user.type(screen.getByRole('textbox', { name: /Sidekick name/ }), 's');
    expect(slug.value).toBe('herman');
  });

  it('completes the lead-capture wizard through review to the completion screen', async () => {
    const user = userEvent.setup();
    render(<LocalPlayer definition={builtinWizard('lead-capture')!} />);
    expect(screen.getByText('Step 1 of 4')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: /Next/ }));
    expect(screen.getByText('Full name is required')).toBeTruthy();

    await user.type(screen.getByLabelText(/Full name/), 'Ada Lovelace');
    await user.type(screen.getByLabelText(/Email/), 'ada@example.com{Enter}');
    expect(screen.getByRole('heading', { name: 'Company' })).toBeTruthy();

    await user.type(screen.getByRole('textbox', { name: /Company/ }), 'Analytical Engines');
    await user.click(screen.getByRole('radio', { name: 'Over $50,000' }));
    await user.click(screen.getByRole('button', { name: /Next/ }));

    fireEvent.change(screen.getByLabelText(/Start date/), { target: { value: '2027-03-15' } });
    await user.click(screen.getByRole('button', { name: /Next/ }));

    await user.click(screen.getByRole('switch', { name: /I agree to be contacted/ }));
    await user.click(screen.getByRole('button', { name: /Review/ }));

    expect(screen.getByRole('heading', { name: 'Review' })).toBeTruthy();
    expect(screen.getByText('15 March 2027')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Edit Company' }));
    expect(screen.getByRole('heading', { name: 'Company' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /Next/ }));
    await user.click(screen.getByRole('button', { name: /Next/ }));
    await user.click(screen.getByRole('button', { name: /Review/ }));
    await user.click(screen.getByRole('button', { name: 'Submit' }));

    expect(screen.getByRole('heading', { name: /All done/ })).toBeTruthy();
    expect(screen.getByText('Over $50,000')).toBeTruthy();
  });
});
