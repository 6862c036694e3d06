import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The secret that keys encryption at rest and session signing: APP_SECRET when set; otherwise the one in
 * `<dataDir>/app-secret`, created (48 random bytes, base64, mode 0600) on first start. Losing it makes
 * stored secrets unreadable and signs everyone out, so keep it with the data.
 */
export async function resolveAppSecret(appSecret: string | undefined, dataDir: string): Promise<string> {
  if (appSecret) return appSecret;
  const file = join(dataDir, 'app-secret');
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64');
  try {
    await writeFile(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return (await readFile(file, 'utf8')).trim();
    throw error;
  }
}
