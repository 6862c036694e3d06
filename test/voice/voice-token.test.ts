import { TokenVerifier } from 'livekit-server-sdk';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachApp } from '../server/app.js';
import { signUp, type TestAccount } from '../server/auth-helpers.js';
import { startRun, type StartedRun } from '../server/runs-helpers.js';

const LIVEKIT = {
  LIVEKIT_URL: 'https://guidepost-test.livekit.cloud',
  LIVEKIT_API_KEY: 'APItestkey',
  LIVEKIT_API_SECRET: 'a-test-secret-of-enough-length-for-hs256',
};

describe('POST /api/v1/runs/:id/voice', () => {
  describeEachApp(
    'with LiveKit configured',
    (ctx) => {
      let run: StartedRun;
      let other: StartedRun;
      let owner: TestAccount;
      let stranger: TestAccount;

      beforeAll(async () => {
        run = await startRun(ctx.app);
        other = await startRun(ctx.app);
        owner = await signUp(ctx.app, 'voice-owner@example.com');
        // The first account is the default tenant's superadmin; a later sign-up gets a tenant of its own.
        stranger = await signUp(ctx.app, 'voice-stranger@example.com');
      });

      it('issues a token that joins wizard-<run id> and dispatches wizard-guide-agent with the run id', async () => {
        const response = await ctx.app.inject({
          method: 'POST',
          url: `/api/v1/runs/${run.id}/voice`,
          headers: run.headers,
        });
        expect(response.statusCode, response.body).toBe(200);
        const call = response.json<{ room_name: string; token: string; ws_url: string }>();
        expect(call.room_name).toBe(`wizard-${run.id}`);
        expect(call.ws_url).toBe('wss://guidepost-test.livekit.cloud');
        const claims = await new TokenVerifier(LIVEKIT.LIVEKIT_API_KEY, LIVEKIT.LIVEKIT_API_SECRET).verify(
          call.token,
        );
        expect(claims.sub).toBe(`visitor-${run.id}`);
        expect(claims.video).toMatchObject({
          room: `wizard-${run.id}`,
          roomJoin: true,
          canPublishData: true,
        });
        const agents = claims.roomConfig?.agents ?? [];
        expect(agents).toHaveLength(1);
        expect(agents[0]!.agentName).toBe('wizard-guide-agent');
        expect(JSON.parse(agents[0]!.metadata)).toEqual({ run_id: run.id });
      });

      it("refuses another run's token and another tenant (404), and no credentials (401)", async () => {
        const wrong = await ctx.app.inject({
          method: 'POST',
          url: `/api/v1/runs/${run.id}/voice`,
          headers: other.headers,
        });
        expect(wrong.statusCode).toBe(404);
        const none = await ctx.app.inject({ method: 'POST', url: `/api/v1/runs/${run.id}/voice` });
        expect(none.statusCode).toBe(401);
        const otherTenant = await ctx.app.inject({
          method: 'POST',
          url: `/api/v1/runs/${run.id}/voice`,
          headers: stranger.headers,
        });
        expect(otherTenant.statusCode).toBe(404);
      });

      it('names the signed-in caller as the participant of their own run', async () => {
        const mine = await startRun(ctx.app, {}, owner.headers);
        const response = await ctx.app.inject({
          method: 'POST',
          url: `/api/v1/runs/${mine.id}/voice`,
          headers: owner.headers,
        });
        expect(response.statusCode, response.body).toBe(200);
        const claims = await new TokenVerifier(LIVEKIT.LIVEKIT_API_KEY, LIVEKIT.LIVEKIT_API_SECRET).verify(
          response.json<{ token: string }>().token,
        );
        expect(claims.sub).toBe(`user-${owner.userId}`);
      });

      it('refuses a run that is no longer active (409)', async () => {
        const done = await startRun(ctx.app);
        await ctx.app.inject({
          method: 'POST',
          url: `/api/v1/runs/${done.id}/abandon`,
          headers: done.headers,
          payload: {},
        });
        const response = await ctx.app.inject({
          method: 'POST',
          url: `/api/v1/runs/${done.id}/voice`,
          headers: done.headers,
        });
        expect(response.statusCode).toBe(409);
      });

      it("issues a sidekick call dispatching sidekick-agent; another tenant's sidekick is 404, no session 401", async () => {
        const list = await ctx.app.inject({ url: '/api/v1/sidekicks', headers: owner.headers });
        const sidekick = list.json<{ items: Array<{ id: string }> }>().items[0]!;
        const response = await ctx.app.inject({
          method: 'POST',
          url: `/api/v1/sidekicks/${sidekick.id}/voice`,
          headers: owner.headers,
        });
        expect(response.statusCode, response.body).toBe(200);
        const call = response.json<{ room_name: string; token: string }>();
        expect(call.room_name).toBe(`sidekick-${sidekick.id}-user-${owner.userId}`);
        const claims = await new TokenVerifier(LIVEKIT.LIVEKIT_API_KEY, LIVEKIT.LIVEKIT_API_SECRET).verify(
          call.token,
        );
        expect(claims.video).toMatchObject({ room: call.room_name, roomJoin: true });
        const agent = claims.roomConfig!.agents[0]!;
        expect(agent.agentName).toBe('sidekick-agent');
        expect(JSON.parse(agent.metadata)).toEqual({
          sidekick_id: sidekick.id,
          tenant_id: owner.tenantId,
          user_id: owner.userId,
        });

        const foreign = await ctx.app.inject({
          method: 'POST',
          url: `/api/v1/sidekicks/${sidekick.id}/voice`,
          headers: stranger.headers,
        });
        expect(foreign.statusCode).toBe(404);
        const anonymous = await ctx.app.inject({
          method: 'POST',
          url: `/api/v1/sidekicks/${sidekick.id}/voice`,
        });
        expect(anonymous.statusCode).toBe(401);
      });

      it('says LiveKit is configured on GET /voice', async () => {
        const response = await ctx.app.inject({ url: '/api/v1/voice' });
        expect(response.json()).toEqual({ livekit: true });
      });
    },
    LIVEKIT,
  );

  describeEachApp(
    'without LiveKit',
    (ctx) => {
      it('answers 503 problem+json naming the missing settings', async () => {
        const run = await startRun(ctx.app);
        const response = await ctx.app.inject({
          method: 'POST',
          url: `/api/v1/runs/${run.id}/voice`,
          headers: run.headers,
        });
        expect(response.statusCode).toBe(503);
        expect(response.headers['content-type']).toContain('application/problem+json');
        const problem = response.json<{ detail: string; missing_settings: string[] }>();
        expect(problem.detail).toContain('LIVEKIT_API_KEY');
        expect(problem.detail).toContain('LIVEKIT_API_SECRET');
        expect(problem.missing_settings).toEqual(['LIVEKIT_API_KEY', 'LIVEKIT_API_SECRET']);
        const status = await ctx.app.inject({ url: '/api/v1/voice' });
        expect(status.json()).toEqual({ livekit: false });
      });
    },
    { LIVEKIT_URL: 'ws://127.0.0.1:7880' },
  );
});
