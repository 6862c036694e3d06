// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Field } from '../../../../src/core/wizard/definition';
import type { FileRef } from '../../../../src/core/wizard/field-types/file-upload';
import type { FieldView } from '../../../../src/core/wizard/snapshot';
import { ApiProblem } from '../../api/problem';
import { ctx, field, viewOf } from '../../test/fixtures';
import { FieldInput } from '../FieldInput';
import type { ControlProps } from '../field-props';

afterEach(cleanup);

const cv = field({
  name: 'cv',
  label: 'CV',
  type: 'file_upload',
  settings: { accept: '.pdf', max_size_bytes: 1_000_000 },
});

const stored: FileRef = {
  id: '5f0c6a43-94c1-4a8e-9d7e-2f3b1c0e8a11',
  name: 'cv.pdf',
  size: 5,
  content_type: 'application/pdf',
  url: '/api/v1/runs/0b6d2c8e-1f3a-4c5d-8e9f-a0b1c2d3e4f5/files/5f0c6a43-94c1-4a8e-9d7e-2f3b1c0e8a11',
};

/** A file field whose committed value flows back in, as the run would do it. */
function Harness({
  f,
  upload,
  onCommit,
}: {
  f: Field;
  upload?: ControlProps['upload'];
  onCommit: (v: unknown) => void;
}) {
  const [view, setView] = useState<FieldView>(viewOf(f));
  return (
    <FieldInput
      field={f}
      view={view}
      ctx={ctx}
      upload={upload}
      onCommit={(value) => {
        onCommit(value);
        setView(viewOf(f, value === null ? {} : { value }));
      }}
    />
  );
}

function choose(file: File) {
  fireEvent.change(screen.getByLabelText(/CV/), { target: { files: [file] } });
}

describe('FileControl with uploads', () => {
  it('shows "Uploading…" with progress, then commits the stored ref', async () => {
    let progress: (fraction: number) => void = () => undefined;
    let finish: (ref: FileRef) => void = () => undefined;
    const upload = vi.fn(
      (_file: File, onProgress: (fraction: number) => void) =>
        new Promise<FileRef>((resolve) => {
          progress = onProgress;
          finish = resolve;
        }),
    );
    const onCommit = vi.fn();
    render(<Harness f={cv} upload={upload} onCommit={onCommit} />);
    const file = new File(['%PDF-'], 'cv.pdf', { type: 'application/pdf' });
    choose(file);
    expect(upload).toHaveBeenCalledWith(file, expect.any(Function));
    expect(screen.getByText(/Uploading “cv\.pdf”… 0%/)).toBeTruthy();
    expect((screen.getByLabelText(/CV/) as HTMLInputElement).disabled).toBe(true);
    act(() => progress(0.42));
    expect(screen.getByText(/Uploading “cv\.pdf”… 42%/)).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Uploading cv.pdf' })).toBeTruthy();
    expect(onCommit).not.toHaveBeenCalled();
    await act(async () => finish(stored));
    expect(onCommit).toHaveBeenCalledWith([stored]);
    expect(screen.queryByText(/Uploading/)).toBeNull();
    expect(screen.getByText('cv.pdf')).toBeTruthy();
    expect(screen.queryByText(/Preview: files are not uploaded/)).toBeNull();
  });

  it("shows the server's reason when an upload fails, and keeps the value", async () => {
    const upload = vi.fn(() =>
      Promise.reject(new ApiProblem(413, 'CV must be at most 976.6 KB per file ("cv.pdf" is larger)')),
    );
    const onCommit = vi.fn();
    render(<Harness f={cv} upload={upload} onCommit={onCommit} />);
    await act(async () => choose(new File(['x'], 'cv.pdf', { type: 'application/pdf' })));
    expect(
      screen.getByText(
        '"cv.pdf" was not uploaded: CV must be at most 976.6 KB per file ("cv.pdf" is larger)',
      ),
    ).toBeTruthy();
    expect(onCommit).not.toHaveBeenCalled();
    expect((screen.getByLabelText(/CV/) as HTMLInputElement).disabled).toBe(false);
  });

  it("does not send a file the field's rules refuse", async () => {
    const upload = vi.fn();
    render(<Harness f={cv} upload={upload} onCommit={vi.fn()} />);
    await act(async () => choose(new File(['MZ'], 'cv.exe', { type: 'application/x-msdownload' })));
    expect(upload).not.toHaveBeenCalled();
    expect(screen.getByText('CV must be of type .pdf (not "cv.exe")')).toBeTruthy();
  });

  it('records metadata only, and says so, without an upload capability (local previews)', () => {
    const onCommit = vi.fn();
    render(<Harness f={cv} onCommit={onCommit} />);
    expect(screen.getByText(/Preview: files are not uploaded/)).toBeTruthy();
    choose(new File(['%PDF-'], 'cv.pdf', { type: 'application/pdf' }));
    expect(onCommit).toHaveBeenCalledWith([{ name: 'cv.pdf', size: 5, content_type: 'application/pdf' }]);
  });
});
