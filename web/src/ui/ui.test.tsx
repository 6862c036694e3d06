// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ThemeToggle } from '../theme/ThemeToggle';
import { THEME_STORAGE_KEY } from '../theme/theme';
import { Tabs } from './Tabs';
import { ToastProvider } from './Toast';
import { useToast } from './toast-context';

afterEach(() => {
  cleanup();
  localStorage.clear();
  document.documentElement.classList.remove('dark');
});

function TabsHarness() {
  const [tab, setTab] = useState('a');
  const tabs = ['a', 'b', 'c'].map((id) => ({ id, label: `Tab ${id}`, content: <p>Panel {id}</p> }));
  return <Tabs tabs={tabs} value={tab} onChange={setTab} label="Sections" />;
}

describe('design system', () => {
  it('Tabs move with arrow keys, Home and End', () => {
    render(<TabsHarness />);
    const first = screen.getByRole('tab', { name: 'Tab a' });
    expect(first.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'Tab b' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel').textContent).toBe('Panel b');
    fireEvent.keyDown(first, { key: 'End' });
    expect(screen.getByRole('tabpanel').textContent).toBe('Panel c');
    fireEvent.keyDown(first, { key: 'ArrowRight' });
    expect(screen.getByRole('tabpanel').textContent).toBe('Panel a');
  });

  it('ThemeToggle switches the dark class and remembers the choice', () => {
    render(<ThemeToggle />);
    fireEvent.click(screen.getByRole('button', { name: 'Switch to dark theme' }));
    expect(document.documentElement.classList.contains('dark')).toBe(true);
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    fireEvent.click(screen.getByRole('button', { name: 'Switch to light theme' }));
    expect(document.documentElement.classList.contains('dark')).toBe(false);
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('light');
  });

  it('Toast shows a message in a live region and dismisses it', () => {
    function Trigger() {
      const toast = useToast();
      return <button onClick={() => toast.show({ title: 'Saved', tone: 'success' })}>Save</button>;
    }
    render(
      <ToastProvider>
        <Trigger />
      </ToastProvider>,
    );
    fireEvent.click(screen.getByText('Save'));
    expect(screen.getByRole('status').textContent).toContain('Saved');
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Dismiss notification' })));
    expect(screen.getByRole('status').textContent).not.toContain('Saved');
  });
});
