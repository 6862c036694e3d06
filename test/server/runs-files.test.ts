import { randomBytes } from 'node:crypto';
import { beforeAll, expect, it } from 'vitest';
import type { WizardDefinitionInput } from '../../src/core/wizard/definition.js';
import { describeEachApp } from './app.js';
import { signUp, type TestAccount } from './auth-helpers.js';
import type { ProblemJson, StartedRun, StartJson } from './runs-helpers.js';

/** A one-step wizard: a CV (PDF or image, at most 1 MB), photos (several, any type) and a name. */
const DOCUMENTS: WizardDefinitionInput = {
  id: 'documents',
  name: 'Documents',
  slug: 'documents',
  settings: { confirm_before_complete: false },
  steps: [
    {
      id: 'upload',
      title: 'Upload',
      fields: [
        {
          name: 'cv',
          label: 'CV',
          type: 'file_upload',
          required: true,
          settings: { accept: '.pdf, image/*', max_size_bytes: 1_000_000 },
        },
        { name: 'photos', label: 'Photos', type: 'file_upload', settings: { multiple: true } },
        { name: 'full_name', label: 'Full name', type: 'text' },
      ],
    },
  ],
};

/** A multipart/form-data body with one file part named `file`. */
async function multipart(name: string, type: string, bytes: Buffer) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
  const encoded = new Response(form);
  return {
    payload: Buffer.from(await encoded.arrayBuffer()),
    contentType: encoded.headers.get('content-type')!,
  };
}

interface FileRefJson {
  id: string;
  name: string;
  size: number;
  content_type: string;
  url: string;
}

describeEachApp(
  'run files',
  (ctx) => {
    let owner: TestAccount;
    let other: TestAccount;
    let wizardId: string;

    /** Starts an anonymous run of the documents wizard (in the owner's tenant). */
    async function startDocuments(): Promise<StartedRun> {
      const response = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/runs',
        payload: { wizard_id: wizardId, channel: 'form' },
      });
      expect(response.statusCode, response.body).toBe(201);
      const body = response.json<StartJson>();
      return { id: body.run.id, token: body.run_token, headers: { 'x-run-token': body.run_token }, body };
    }

    async function upload(
      run: { id: string },
      field: string,
      file: { name: string; type: string; bytes: Buffer },
      headers: Record<string, string>,
    ) {
      const body = await multipart(file.name, file.type, file.bytes);
      return ctx.app.inject({
        method: 'POST',
        url: `/api/v1/runs/${run.id}/files?field=${field}`,
        headers: { ...headers, 'content-type': body.contentType },
        payload: body.payload,
      });
    }

    const pdf = (size: number) => ({ name: 'résumé.pdf', type: 'application/pdf', bytes: randomBytes(size) });

    beforeAll(async () => {
      owner = await signUp(ctx.app, 'owner@example.com');
      other = await signUp(ctx.app, 'other@example.com');
      const created = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/wizards',
        headers: owner.headers,
        payload: DOCUMENTS,
      });
      expect(created.statusCode, created.body).toBe(201);
      wizardId = created.json<{ id: string }>().id;
      const published = await ctx.app.inject({
        method: 'POST',
        url: `/api/v1/wizards/${wizardId}/publish`,
        headers: owner.headers,
        payload: {},
      });
      expect(published.statusCode, published.body).toBe(200);
    });

    it('stores an upload and serves the identical bytes back, with the run token', async () => {
      const run = await startDocuments();
      const file = pdf(300_000);
      const uploaded = await upload(run, 'cv', file, run.headers);
      expect(uploaded.statusCode, uploaded.body).toBe(201);
      const ref = uploaded.json<FileRefJson>();
      expect(ref).toEqual({
        id: expect.any(String),
        name: 'résumé.pdf',
        size: 300_000,
        content_type: 'application/pdf',
        url: `/api/v1/runs/${run.id}/files/${ref.id}`,
      });
      const downloaded = await ctx.app.inject({ url: ref.url, headers: run.headers });
      expect(downloaded.statusCode).toBe(200);
      expect(downloaded.rawPayload.equals(file.bytes)).toBe(true);
      expect(downloaded.headers['content-type']).toBe('application/pdf');
      expect(downloaded.headers['content-disposition']).toBe(
        `attachment; filename="r?sum?.pdf"; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf`,
      );
      expect(downloaded.headers['x-content-type-options']).toBe('nosniff');
      // The tenant's owner reaches the visitor's file with a session.
      const asOwner = await ctx.app.inject({ url: ref.url, headers: owner.headers });
      expect(asOwner.statusCode).toBe(200);
      expect(asOwner.rawPayload.equals(file.bytes)).toBe(true);
    });

    it('takes files larger than the JSON body limit, up to GUIDEPOST_MAX_UPLOAD_BYTES (413 beyond)', async () => {
      const run = await startDocuments();
      const big = { name: 'big.bin', type: '', bytes: randomBytes(1_500_000) };
      const uploaded = await upload(run, 'photos', big, run.headers);
      expect(uploaded.statusCode, uploaded.body).toBe(201);
      expect(uploaded.json<FileRefJson>()).toMatchObject({
        size: 1_500_000,
        content_type: 'application/octet-stream',
      });
      const tooBig = await upload(run, 'photos', { ...big, bytes: randomBytes(2_000_001) }, run.headers);
      expect(tooBig.statusCode).toBe(413);
      expect(tooBig.headers['content-type']).toContain('application/problem+json');
      expect(tooBig.json<ProblemJson>().detail).toBe(
        'Photos must be at most 1.9 MB per file ("big.bin" is larger)',
      );
    });

    it("refuses a file larger than the field's max_size_bytes with 413", async () => {
      const run = await startDocuments();
      const response = await upload(run, 'cv', pdf(1_000_001), run.headers);
      expect(response.statusCode).toBe(413);
      expect(response.json<ProblemJson>().detail).toBe(
        'CV must be at most 976.6 KB per file ("résumé.pdf" is larger)',
      );
    });

    it("refuses a file outside the field's accept list with 415, naming the types", async () => {
      const run = await startDocuments();
      const exe = { name: 'cv.exe', type: 'application/x-msdownload', bytes: randomBytes(10) };
      const response = await upload(run, 'cv', exe, run.headers);
      expect(response.statusCode).toBe(415);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json<ProblemJson>().detail).toBe('CV must be of type .pdf, image/* (not "cv.exe")');
      const photo = { name: 'me.JPG', type: 'image/jpeg', bytes: randomBytes(10) };
      expect((await upload(run, 'cv', photo, run.headers)).statusCode).toBe(201);
    });

    it('refuses fields that are not file uploads, unknown fields, and bodies that are not multipart', async () => {
      const run = await startDocuments();
      const text = await upload(run, 'full_name', pdf(10), run.headers);
      expect(text.statusCode).toBe(422);
      expect(text.json<ProblemJson>().invalid_params).toEqual([
        { name: 'query.field', reason: 'is a text field, not a file upload' },
      ]);
      const unknown = await upload(run, 'nope', pdf(10), run.headers);
      expect(unknown.statusCode).toBe(422);
      expect(unknown.json<ProblemJson>().detail).toBe('field "nope" is not a field of this wizard');
      const json = await ctx.app.inject({
        method: 'POST',
        url: `/api/v1/runs/${run.id}/files?field=cv`,
        headers: run.headers,
        payload: { name: 'cv.pdf' },
      });
      expect(json.statusCode).toBe(415);
      const noField = await ctx.app.inject({
        method: 'POST',
        url: `/api/v1/runs/${run.id}/files`,
        headers: run.headers,
      });
      expect(noField.statusCode).toBe(400);
    });

    it('sets the field to the uploaded ref through PATCH values, with the server’s own metadata', async () => {
      const run = await startDocuments();
      const ref = (await upload(run, 'cv', pdf(2048), run.headers)).json<FileRefJson>();
      const set = await ctx.app.inject({
        method: 'PATCH',
        url: `/api/v1/runs/${run.id}/values`,
        headers: run.headers,
        payload: { values: { cv: { ...ref, size: 1, name: 'forged.pdf' } } },
      });
      expect(set.statusCode, set.body).toBe(200);
      const state = await ctx.app.inject({ url: `/api/v1/runs/${run.id}`, headers: run.headers });
      const cv = state.json<{ values: Record<string, unknown> }>().values.cv;
      expect(cv).toEqual([ref]);
      // A ref to a file that was never uploaded to this field of this run is refused.
      const photo = (
        await upload(run, 'photos', { name: 'p.png', type: 'image/png', bytes: randomBytes(5) }, run.headers)
      ).json<FileRefJson>();
      const elsewhere = await startDocuments();
      const foreign = (await upload(elsewhere, 'cv', pdf(5), elsewhere.headers)).json<FileRefJson>();
      const refused = await ctx.app.inject({
        method: 'PATCH',
        url: `/api/v1/runs/${run.id}/values`,
        headers: run.headers,
        payload: { values: { cv: [photo], photos: [foreign], full_name: 'Ada' } },
      });
      expect(refused.statusCode).toBe(422);
      const problem = refused.json<ProblemJson>();
      expect(problem.invalid_params?.map((p) => p.name).sort()).toEqual([
        'body.values.cv',
        'body.values.photos',
      ]);
      expect(problem.applied).toEqual(['full_name']);
      // Completing the run closes it to uploads.
      const completed = await ctx.app.inject({
        method: 'POST',
        url: `/api/v1/runs/${run.id}/complete`,
        headers: run.headers,
      });
      expect(completed.statusCode, completed.body).toBe(200);
      const late = await upload(run, 'cv', pdf(5), run.headers);
      expect(late.statusCode).toBe(409);
      expect(late.json<ProblemJson>().detail).toBe('the run is completed: it takes no more files');
    });

    it("answers 404 for another tenant, another run's token, and a file under another run", async () => {
      const run = await startDocuments();
      const ref = (await upload(run, 'cv', pdf(100), run.headers)).json<FileRefJson>();
      const second = await startDocuments();
      expect((await ctx.app.inject({ url: ref.url, headers: other.headers })).statusCode).toBe(404);
      expect((await upload(run, 'cv', pdf(10), other.headers)).statusCode).toBe(404);
      expect((await ctx.app.inject({ url: ref.url, headers: second.headers })).statusCode).toBe(404);
      const underSecond = `/api/v1/runs/${second.id}/files/${ref.id}`;
      expect((await ctx.app.inject({ url: underSecond, headers: second.headers })).statusCode).toBe(404);
      expect((await ctx.app.inject({ url: ref.url })).statusCode).toBe(401);
      const notAnId = `/api/v1/runs/${run.id}/files/not-a-uuid`;
      expect((await ctx.app.inject({ url: notAnId, headers: run.headers })).statusCode).toBe(404);
    });
  },
  { GUIDEPOST_MAX_UPLOAD_BYTES: '2000000' },
);
