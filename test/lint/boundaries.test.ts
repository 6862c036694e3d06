import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: `${ROOT}eslint.config.js` });

/**
 * The messages of the import-boundary rule for `code` linted as if it were the file `path` (relative to the
 * repository; the file need not exist, the modules it imports must).
 */
async function boundaryMessages(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${path}` });
  return result!.messages.filter((m) => m.ruleId === 'boundaries/dependencies').map((m) => m.message);
}

describe('the import-boundary lint rule (DESIGN.md, "Dependencies point inward")', () => {
  it('reports core importing db', async () => {
    const messages = await boundaryMessages(
      'src/core/boundary-probe.ts',
      "import { openDatabase } from '../db/client.js';\nexport const probe = openDatabase;\n",
    );
    expect(messages).toEqual([
      expect.stringMatching(/from elements of type "core" to elements of type "db"/),
    ]);
  });

  it('reports a route importing db, type-only imports included', async () => {
    const messages = await boundaryMessages(
      'src/server/routes/probe/index.ts',
      "import type { Db } from '../../../db/client.js';\nexport type Probe = Db;\n",
    );
    expect(messages).toEqual([
      expect.stringMatching(/from elements of type "routes" to elements of type "db"/),
    ]);
  });

  it('reports jobs importing the server', async () => {
    const messages = await boundaryMessages(
      'src/jobs/boundary-probe.ts',
      "import { buildApp } from '../server/app.js';\nexport const probe = buildApp;\n",
    );
    expect(messages).toEqual([
      expect.stringMatching(/from elements of type "jobs" to elements of type "server"/),
    ]);
  });

  it('reports the web app importing db (extensionless, as the web app imports)', async () => {
    const messages = await boundaryMessages(
      'web/src/boundary-probe.ts',
      "import { openDatabase } from '../../src/db/client';\nexport const probe = openDatabase;\n",
    );
    expect(messages).toEqual([expect.stringMatching(/from elements of type "web" to elements of type "db"/)]);
  });

  it('allows inward imports: the run service importing core and db, a route importing core', async () => {
    expect(
      await boundaryMessages(
        'src/runs/boundary-probe.ts',
        "import { WizardDefinitionBaseSchema } from '../core/wizard/definition.js';\n" +
          "import { openDatabase } from '../db/client.js';\n" +
          'export const probe = [WizardDefinitionBaseSchema, openDatabase];\n',
      ),
    ).toEqual([]);
    expect(
      await boundaryMessages(
        'src/server/routes/probe/index.ts',
        "import { WizardDefinitionBaseSchema } from '../../../core/wizard/definition.js';\n" +
          'export const probe = WizardDefinitionBaseSchema;\n',
      ),
    ).toEqual([]);
  });
});
