import { beforeAll, expect, it } from 'vitest';
import { describeEachApp } from './app.js';
import { signUp } from './auth-helpers.js';
import { startFilesRun } from './files-helpers.js';
import type { StartedRun } from './runs-helpers.js';

const PART =
  '--b\r\nContent-Disposition: form-data; name="file"; filename="cv.pdf"\r\n' +
  'Content-Type: application/pdf\r\n\r\n%PDF-1.4 some bytes';

const MALFORMED: Array<{ what: string; contentType: string; body: string }> = [
  { what: 'no boundary', contentType: 'multipart/form-data', body: `${PART}\r\n--b--\r\n` },
  { what: 'an empty boundary', contentType: 'multipart/form-data; boundary=', body: `${PART}\r\n--b--\r\n` },
  { what: 'a truncated body', contentType: 'multipart/form-data; boundary=b', body: PART },
  { what: 'a body that is not multipart', contentType: 'multipart/form-data; boundary=b', body: 'hello' },
  {
    what: 'a part without headers end',
    contentType: 'multipart/form-data; boundary=b',
    body: '--b\r\nContent-Disposition: form-data; name="file"; filename="cv.pdf"',
  },
];

describeEachApp('malformed multipart uploads', (ctx) => {
  let run: StartedRun;
  beforeAll(async () => {
    const owner = await signUp(ctx.app, 'multipart@example.com');
    run = await startFilesRun(ctx.app, owner, 'multipart-files');
  });

  for (const { what, contentType, body } of MALFORMED) {
    it(`answers 400 problem+json to ${what}`, async () => {
      const response = await ctx.app.inject({
        method: 'POST',
        url: `/api/v1/runs/${run.id}/files?field=cv`,
        headers: { ...run.headers, 'content-type': contentType },
        payload: body,
      });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
    });
  }
});
