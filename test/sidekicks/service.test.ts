import { beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '../../src/core/errors.js';
import { SidekickService } from '../../src/sidekicks/service.js';
import { slugFromName } from '../../src/sidekicks/input.js';
import { describeEachDatabase } from '../db/databases.js';

describe('slugFromName', () => {
  it('makes lowercase hyphenated words, at most 60 characters', () => {
    expect(slugFromName('Herman the Helper!')).toBe('herman-the-helper');
    expect(slugFromName('Ådа Lovelace')).toMatch(/^[a-z0-9-]+$/);
    expect(slugFromName('x'.repeat(80))).toHaveLength(60);
    expect(slugFromName('!!!')).toBe('sidekick');
  });
});

describeEachDatabase('SidekickService', (ctx) => {
  let service: SidekickService;
  beforeAll(() => {
    service = new SidekickService({ db: ctx.db });
  });

  it('creates a sidekick from the wizard field names, deriving the slug from the name', async () => {
    const created = await service.create('t1', {
      name: 'Herman the Helper',
      personality_description: 'Cheerful and patient',
      voice_id: 'pro-british-male',
      avatar_prompt: 'a purple robot',
      config_mode: 'advanced',
      temperature: 0.4,
      retrieval_depth: 6,
      citation_style: 'footnotes',
    });
    expect(created).toMatchObject({
      tenantId: 't1',
      slug: 'herman-the-helper',
      personalityDescription: 'Cheerful and patient',
      voiceId: 'pro-british-male',
      configMode: 'advanced',
      temperature: 0.4,
      retrievalDepth: 6,
      citationStyle: 'footnotes',
      status: 'active',
    });
    expect(await service.getBySlug('t1', 'herman-the-helper')).toMatchObject({ id: created.id });
    expect((await service.list('t1')).map((s) => s.id)).toEqual([created.id]);
  });

  it('refuses a slug taken in the tenant, allows it in another tenant', async () => {
    await expect(service.create('t1', { name: 'Herman the Helper' })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('herman-the-helper'),
    });
    expect(await service.slugProblem('t1', { name: 'Herman the helper' })).toContain('already taken');
    expect(await service.slugProblem('t2', { name: 'Herman the helper' })).toBeNull();
    const other = await service.create('t2', { name: 'Herman the Helper' });
    expect(other.tenantId).toBe('t2');
  });

  it('keeps tenants apart on get, update and delete', async () => {
    const mine = await service.getBySlug('t1', 'herman-the-helper');
    await expect(service.get('t2', mine.id)).rejects.toSatisfy(
      (e) => DomainError.isInstance(e) && e.code === 'not_found',
    );
    await expect(service.update('t2', mine.id, { name: 'Stolen' })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(service.delete('t2', mine.id)).rejects.toMatchObject({ code: 'not_found' });
    expect((await service.get('t1', mine.id)).name).toBe('Herman the Helper');
  });

  it('updates fields, clears with null, and refuses a slug of another sidekick', async () => {
    const ada = await service.create('t1', { name: 'Ada' });
    const updated = await service.update('t1', ada.id, { greeting: 'Hello!', voice_id: null, name: 'Ada L' });
    expect(updated).toMatchObject({ name: 'Ada L', slug: 'ada', greeting: 'Hello!', voiceId: null });
    await expect(service.update('t1', ada.id, { slug: 'herman-the-helper' })).rejects.toMatchObject({
      code: 'conflict',
    });
    await service.delete('t1', ada.id);
    await expect(service.get('t1', ada.id)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('creates at most one sidekick per run', async () => {
    const runId = '8c0b7a52-1d4e-4c59-9a57-4f4f0c5f7e11';
    const first = await service.create('t1', { name: 'From a run' }, { createdFromRunId: runId });
    expect((await service.findByRun('t1', runId))?.id).toBe(first.id);
    await expect(service.create('t1', { name: 'Again' }, { createdFromRunId: runId })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('already created'),
    });
  });

  it('refuses to delete a built-in sidekick', async () => {
    const farah = await service.create('t1', { name: 'Farah Qubit' }, { builtin: true });
    await expect(service.delete('t1', farah.id)).rejects.toMatchObject({ code: 'conflict' });
  });
});
