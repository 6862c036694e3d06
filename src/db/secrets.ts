import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Encryption at rest for secrets (webhook signing secrets, action credentials, provider keys): AES-256-GCM
 * with a 256-bit key derived from the app secret by HKDF-SHA-256 (RFC 5869) with a per-purpose `info`
 * string, so one app secret yields independent keys. A sealed value is the text
 * `v1.<base64url(iv ‖ tag ‖ ciphertext)>` with a 96-bit random IV and a 128-bit tag.
 */

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const SALT = 'guidepost/secrets';

/** Thrown when a sealed value is malformed, was sealed with another key, or was tampered with. */
export class SecretDecryptionError extends Error {
  constructor(reason: string) {
    super(`cannot decrypt the stored secret: ${reason}`);
    this.name = 'SecretDecryptionError';
  }
}

/** Derives the 32-byte key for `purpose` (e.g. `webhook-endpoint`) from the app secret. */
function deriveKey(appSecret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', appSecret, SALT, `guidepost:${purpose}`, 32));
}

/** A sealer bound to one app secret and one purpose: `seal(plaintext)` and `open(sealed)`. */
export interface SecretBox {
  /** Encrypts UTF-8 `plaintext`; every call uses a fresh IV, so equal inputs give different outputs. */
  seal(plaintext: string): string;
  /** Decrypts a value from `seal`. Throws SecretDecryptionError when it is malformed or forged. */
  open(sealed: string): string;
}

/** Creates a SecretBox for `purpose` keyed from `appSecret` (the app's APP_SECRET or generated secret). */
export function secretBox(appSecret: string, purpose: string): SecretBox {
  const key = deriveKey(appSecret, purpose);
  return {
    seal(plaintext) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
    },
    open(sealed) {
      const [version, data] = sealed.split('.', 2);
      if (version !== VERSION || !data) throw new SecretDecryptionError('unknown format');
      const bytes = Buffer.from(data, 'base64url');
      if (bytes.length < IV_BYTES + TAG_BYTES) throw new SecretDecryptionError('too short');
      const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES));
      decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      try {
        return Buffer.concat([
          decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)),
          decipher.final(),
        ]).toString('utf8');
      } catch {
        throw new SecretDecryptionError('wrong key or tampered value');
      }
    },
  };
}
