import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildEmbedScript } from '../../web/embed/build.js';

/** The widget loader is built as one classic script and stays within its 5 kB gzipped budget. */
describe('embed.js', () => {
  it('is a classic script (no import or export) of at most 5 kB gzipped', async () => {
    const code = await buildEmbedScript();
    const gzipped = gzipSync(code, { level: 9 }).length;
    console.log(`embed.js: ${code.length} bytes, ${gzipped} bytes gzipped`);
    expect(gzipped).toBeLessThanOrEqual(5_000);
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).toContain('guidepost:resize');
  });
});
