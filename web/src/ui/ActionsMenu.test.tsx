// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ActionsMenu } from './ActionsMenu';

afterEach(cleanup);

function renderMenu(onDelete = vi.fn()) {
  render(
    <ActionsMenu
      label="More actions for Lead capture"
      actions={[
        { label: 'Clone', onSelect: vi.fn() },
        { label: 'Archive', onSelect: vi.fn() },
        { label: 'Delete', onSelect: onDelete, danger: true },
      ]}
    />,
  );
  return screen.getByRole('button', { name: 'More actions for Lead capture' });
}

describe('ActionsMenu', () => {
  it('opens on the first item and moves with the arrow keys, Home and End', () => {
    const button = renderMenu();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.keyDown(button, { key: 'ArrowDown' });
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const item = (name: string) => screen.getByRole('menuitem', { name });
    expect(document.activeElement).toBe(item('Clone'));
    const menu = screen.getByRole('menu');
    fireEvent.keyDown(menu, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(item('Archive'));
    fireEvent.keyDown(menu, { key: 'End' });
    expect(document.activeElement).toBe(item('Delete'));
    fireEvent.keyDown(menu, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(item('Clone'));
    fireEvent.keyDown(menu, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(item('Delete'));
  });

  it('closes on Escape and gives focus back to its button', () => {
    const button = renderMenu();
    fireEvent.click(button);
    fireEvent.keyDown(screen.getByRole('menu'), { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('runs the chosen action once and closes', () => {
    const onDelete = vi.fn();
    fireEvent.click(renderMenu(onDelete));
    fireEvent.click(screen.getByRole('menuitem', { name: 'Delete' }));
    expect(onDelete).toHaveBeenCalledOnce();
    expect(screen.queryByRole('menu')).toBeNull();
  });
});
