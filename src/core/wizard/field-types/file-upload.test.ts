import { describe, expect, it } from 'vitest';
import { formatBytes } from './file-upload.js';
import { formatFieldValue } from './index.js';
import { accepted, check, makeField, refused } from './testing.js';

const pdf = {
  name: 'cv.pdf',
  size: 120_000,
  content_type: 'application/pdf',
  url: '/api/v1/runs/5f0c6a43-94c1-4a8e-9d7e-2f3b1c0e8a11/files/0b8e1d2c-3f4a-4b5c-8d6e-7f8091a2b3c4',
};
const OUTSIDE =
  'has a file that was not uploaded here: a file url must be the path of a file uploaded to the run';
const photo = { name: 'me.JPG', size: 2_500_000, content_type: 'image/jpeg', id: 'f_123' };
const BAD = 'has an invalid file (each needs a name and a size in bytes)';

describe('file_upload', () => {
  const single = makeField('file_upload');
  const many = makeField('file_upload', { settings: { multiple: true } });

  it.each([
    [pdf, [pdf]],
    [[pdf], [pdf]],
    [{ ...pdf, content_type: 'Application/PDF; charset=binary', extra: 1 }, [pdf]],
    [
      { name: ' notes.txt ', size: 0, type: 'text/plain' },
      [{ name: 'notes.txt', size: 0, content_type: 'text/plain' }],
    ],
    [{ name: 'blob', size: 5 }, [{ name: 'blob', size: 5, content_type: '' }]],
  ])('accepts %j', (raw, expected) => {
    expect(check(single, raw)).toEqual(accepted(expected));
  });

  it.each([
    [null, 'is empty'],
    [[], 'is empty'],
    ['cv.pdf', BAD],
    [{ name: 'cv.pdf' }, BAD],
    [{ name: '', size: 1, content_type: 'x/y' }, BAD],
    [{ name: 'a', size: -1, content_type: 'x/y' }, BAD],
    [{ name: 'a', size: 1.5, content_type: 'x/y' }, BAD],
    [{ name: 'a', size: 1, content_type: 'x/y', url: 42 }, BAD],
    [[pdf, null], BAD],
    [{ ...pdf, url: 'https://files.example/cv.pdf' }, OUTSIDE],
    [{ ...pdf, url: '//files.example/cv.pdf' }, OUTSIDE],
    [{ ...pdf, url: 'javascript:alert(1)' }, OUTSIDE],
    [{ ...pdf, url: '/api/v1/wizards' }, OUTSIDE],
    [[pdf, photo], 'must be a single file'],
  ])('refuses %j', (raw, message) => {
    expect(check(single, raw)).toEqual(refused(message));
  });

  it('takes several files when settings.multiple is true', () => {
    expect(check(many, [pdf, photo])).toEqual(accepted([pdf, photo]));
  });

  it.each([
    [['.pdf'], pdf, true],
    [['.PDF', '.docx'], pdf, true],
    ['.pdf, image/*', photo, true],
    [['image/*'], photo, true],
    [['image/jpeg'], photo, true],
    [['.jpg'], photo, true],
    [['image/*'], pdf, false],
    [['.doc'], { name: 'x.docx', size: 1, content_type: '' }, false],
  ])('settings.accept %j with %j → %j', (accept, file, ok) => {
    const f = makeField('file_upload', { settings: { accept } });
    expect(check(f, file).ok).toBe(ok);
  });

  it('names the refused files and the accepted types', () => {
    const f = makeField('file_upload', { settings: { accept: ['.pdf', '.docx'], multiple: true } });
    const exe = { name: 'cv.exe', size: 10, content_type: 'application/octet-stream' };
    expect(check(f, [pdf, exe])).toEqual(refused('must be of type .pdf, .docx (not "cv.exe")'));
  });

  it('applies settings.max_size_bytes per file, and custom_error', () => {
    const f = makeField('file_upload', { settings: { max_size_bytes: 1024 * 1024 } });
    expect(check(f, photo)).toEqual(refused('must be at most 1 MB per file ("me.JPG" is 2.4 MB)'));
    expect(check(f, pdf)).toEqual(accepted([pdf]));
    const custom = makeField('file_upload', {
      settings: { max_size_bytes: 10 },
      validation: { custom_error: 'is too big' },
    });
    expect(check(custom, pdf)).toEqual(refused('is too big'));
  });

  it('formats names and sizes', () => {
    expect(formatFieldValue(many, [pdf, photo])).toBe('cv.pdf (117.2 KB), me.JPG (2.4 MB)');
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(1023)).toBe('1023 bytes');
    expect(formatBytes(1024)).toBe('1 KB');
  });
});
