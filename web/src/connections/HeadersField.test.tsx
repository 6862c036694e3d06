// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { HeadersRecordField } from './HeadersField';

afterEach(cleanup);

/** A HeadersRecordField whose record lives in the harness, with a button that changes it from outside. */
function setup(initial: Record<string, string>) {
  const latest = { headers: initial };
  function Harness() {
    const [headers, setHeaders] = useState(initial);
    latest.headers = headers;
    return (
      <>
        <HeadersRecordField
          label="Headers"
          headers={headers}
          onChange={setHeaders}
          problems={['from the schema']}
        />
        <button type="button" onClick={() => setHeaders({ 'X-Undo': '1' })}>
          Undo
        </button>
      </>
    );
  }
  render(<Harness />);
  return { user: userEvent.setup(), headers: () => latest.headers };
}

describe('HeadersRecordField', () => {
  it('shows the record as lines and hands on each edit that parses', async () => {
    const { user, headers } = setup({ 'X-Client': 'guidepost' });
    const area = screen.getByLabelText('Headers') as HTMLTextAreaElement;
    expect(area.value).toBe('X-Client: guidepost');
    await user.type(area, '{Enter}Accept-Language: {{{{ values.locale }}');
    expect(headers()).toEqual({ 'X-Client': 'guidepost', 'Accept-Language': '{{ values.locale }}' });
    expect(screen.getByText(/from the schema/)).toBeTruthy();
  });

  it('says which line is not a header and keeps the last good record', async () => {
    const { user, headers } = setup({});
    const area = screen.getByLabelText('Headers');
    await user.type(area, 'X-A: 1{Enter}no colon here');
    expect(screen.getByText(/^line 2 is not "Header-Name: value"/)).toBeTruthy();
    expect(area.getAttribute('aria-invalid')).toBe('true');
    expect(headers()).toEqual({ 'X-A': '1' });
  });

  it('takes a record changed elsewhere (undo)', async () => {
    const { user } = setup({ 'X-A': '1' });
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect((screen.getByLabelText('Headers') as HTMLTextAreaElement).value).toBe('X-Undo: 1');
  });
});
