import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachApp } from '../server/app.js';
import { signUp, type TestAccount } from '../server/auth-helpers.js';

const hasEspeak = (() => {
  try {
    execFileSync('espeak-ng', ['--version']);
    return true;
  } catch {
    return false;
  }
})();

const MP3 = Buffer.from('ID3-fake-mp3-bytes');

/** A fake ElevenLabs on 127.0.0.1: two voices for the right key, and their preview MP3. */
function fakeElevenLabs(): Promise<{ url: string; server: Server }> {
  let base = '';
  const server = createServer((req, res) => {
    if (req.url === '/v1/voices' && req.headers['xi-api-key'] === 'el-key-1234') {
      res.setHeader('content-type', 'application/json');
      return res.end(
        JSON.stringify({
          voices: [
            {
              voice_id: 'v1',
              name: 'Rachel',
              labels: { gender: 'female', accent: 'American' },
              preview_url: `${base}/p/v1.mp3`,
            },
            {
              voice_id: 'v2',
              name: 'George',
              labels: { gender: 'male', accent: 'British' },
              preview_url: `${base}/p/v2.mp3`,
            },
          ],
        }),
      );
    }
    if (req.url?.startsWith('/p/')) {
      res.setHeader('content-type', 'audio/mpeg');
      return res.end(MP3);
    }
    res.statusCode = 401;
    res.end('{}');
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      resolve({ url: base, server });
    }),
  );
}

describeEachApp(
  'voices',
  (ctx) => {
    let owner: TestAccount;
    let fake: Awaited<ReturnType<typeof fakeElevenLabs>>;
    beforeAll(async () => {
      owner = await signUp(ctx.app, 'owner@example.com');
      fake = await fakeElevenLabs();
    });
    afterAll(() => new Promise<void>((resolve) => fake.server.close(() => resolve())));
    const get = (url: string, who: TestAccount | null = owner) =>
      ctx.app.inject({ url, ...(who && { headers: who.headers }) });

    it('lists the four seed voices, filtered by gender, accent and search', async () => {
      const all = (await get('/api/v1/voices')).json().items;
      expect(all.map((v: { name: string }) => v.name)).toEqual([
        'Professional British male',
        'Friendly American female',
        'Warm and calm female',
        'Energetic young male',
      ]);
      const women = (await get('/api/v1/voices?gender=female')).json().items;
      expect(women.map((v: { id: string }) => v.id)).toEqual([
        'friendly-american-female',
        'warm-calm-female',
      ]);
      expect((await get('/api/v1/voices?accent=british&gender=male')).json().items).toHaveLength(1);
      expect((await get('/api/v1/voices?q=calm')).json().items[0].id).toBe('warm-calm-female');
    });

    it.skipIf(!hasEspeak)('previews each seed voice as a distinct espeak-ng WAV, to anyone', async () => {
      const hashes = new Set<string>();
      for (const id of [
        'pro-british-male',
        'friendly-american-female',
        'warm-calm-female',
        'energetic-young-male',
      ]) {
        const preview = await get(`/api/v1/voices/${id}/preview`, null);
        expect(preview.statusCode).toBe(200);
        expect(preview.headers['content-type']).toBe('audio/wav');
        expect(preview.rawPayload.subarray(0, 4).toString()).toBe('RIFF');
        expect(preview.rawPayload.length).toBeGreaterThan(10_000);
        hashes.add(preview.rawPayload.toString('base64'));
      }
      expect(hashes.size).toBe(4);
      expect((await get('/api/v1/voices/no-such-voice/preview')).statusCode).toBe(404);
    });

    it("lists the tenant's ElevenLabs voices with its key and relays their previews", async () => {
      await ctx.app.inject({
        method: 'PUT',
        url: '/api/v1/provider-keys/elevenlabs',
        headers: owner.headers,
        payload: { key: 'el-key-1234', base_url: fake.url },
      });
      const british = (await get('/api/v1/voices?accent=british')).json().items;
      expect(british.map((v: { id: string }) => v.id)).toEqual(
        expect.arrayContaining(['pro-british-male', 'elevenlabs:v2']),
      );
      const rachel = (await get('/api/v1/voices?q=rachel')).json().items;
      expect(rachel).toEqual([
        expect.objectContaining({ id: 'elevenlabs:v1', source: 'elevenlabs', gender: 'female' }),
      ]);
      const preview = await get(rachel[0].preview_url);
      expect(preview.headers['content-type']).toBe('audio/mpeg');
      expect(preview.rawPayload.equals(MP3)).toBe(true);
      expect((await get(rachel[0].preview_url, null)).statusCode).toBe(401);
      const stranger = await signUp(ctx.app, 'stranger@example.com');
      expect((await get('/api/v1/voices?q=rachel', stranger)).json().items).toEqual([]);
    });
  },
  { GUIDEPOST_ACTIONS_ALLOW_PRIVATE: 'true' },
);
