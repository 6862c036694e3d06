// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiProblem } from '../api/problem';
import { rememberRunToken } from '../api/run-tokens';
import { uploadRunFile } from './upload-file';

/** The last XMLHttpRequest the code under test opened: what it sent, and controls to answer it. */
class FakeXhr {
  static last: FakeXhr;
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown;
  status = 0;
  statusText = '';
  responseText = '';
  upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } =
    { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    this.body = body;
  }
  answer(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.onload?.();
  }
}

beforeEach(() => vi.stubGlobal('XMLHttpRequest', FakeXhr));
afterEach(() => {
  vi.unstubAllGlobals();
  sessionStorage.clear();
});

const file = new File(['%PDF-'], 'cv.pdf', { type: 'application/pdf' });
const ref = {
  id: '5f0c6a43-94c1-4a8e-9d7e-2f3b1c0e8a11',
  name: 'cv.pdf',
  size: 5,
  content_type: 'application/pdf',
  url: '/api/v1/runs/r1/files/5f0c6a43-94c1-4a8e-9d7e-2f3b1c0e8a11',
};

describe('uploadRunFile', () => {
  it('posts the file as multipart with the run token, reports progress and resolves the ref', async () => {
    rememberRunToken('r1', 'rt_secret');
    const progress = vi.fn();
    const uploading = uploadRunFile('r1', 'cv', file, progress);
    const xhr = FakeXhr.last;
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe('/api/v1/runs/r1/files?field=cv');
    expect(xhr.headers['x-run-token']).toBe('rt_secret');
    expect((xhr.body as FormData).get('file')).toBeInstanceOf(File);
    xhr.upload.onprogress?.({ lengthComputable: true, loaded: 3, total: 4 });
    expect(progress).toHaveBeenCalledWith(0.75);
    xhr.answer(201, ref);
    await expect(uploading).resolves.toEqual(ref);
  });

  it("rejects with the server's problem, or status 0 when the server cannot be reached", async () => {
    const refused = uploadRunFile('r1', 'cv', file);
    FakeXhr.last.answer(415, { status: 415, detail: 'CV must be of type .pdf (not "cv.exe")' });
    const problem = await refused.catch((e: unknown) => e);
    expect(problem).toBeInstanceOf(ApiProblem);
    expect(problem).toMatchObject({ status: 415, detail: 'CV must be of type .pdf (not "cv.exe")' });
    const offline = uploadRunFile('r1', 'cv', file);
    FakeXhr.last.onerror?.();
    await expect(offline).rejects.toMatchObject({ status: 0 });
  });
});
