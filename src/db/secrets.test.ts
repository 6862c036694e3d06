import { describe, expect, it } from 'vitest';
import { SecretDecryptionError, secretBox } from './secrets.js';

const APP_SECRET = 'an-app-secret-of-at-least-32-characters';

describe('secretBox', () => {
  it('round-trips and never repeats a ciphertext', () => {
    const box = secretBox(APP_SECRET, 'webhook-endpoint');
    const a = box.seal('whsec_abc');
    const b = box.seal('whsec_abc');
    expect(a).not.toBe(b);
    expect(a).not.toContain('whsec_abc');
    expect(box.open(a)).toBe('whsec_abc');
    expect(box.open(b)).toBe('whsec_abc');
  });

  it('refuses another key, another purpose, a tampered value and garbage', () => {
    const sealed = secretBox(APP_SECRET, 'webhook-endpoint').seal('secret');
    expect(() => secretBox(`${APP_SECRET}x`, 'webhook-endpoint').open(sealed)).toThrow(SecretDecryptionError);
    expect(() => secretBox(APP_SECRET, 'action-credential').open(sealed)).toThrow(SecretDecryptionError);
    // Change one character inside the ciphertext (never a no-op: the replacement differs from the original).
    const at = Math.floor(sealed.length / 2);
    const flipped = sealed.slice(0, at) + (sealed[at] === 'A' ? 'B' : 'A') + sealed.slice(at + 1);
    expect(() => secretBox(APP_SECRET, 'webhook-endpoint').open(flipped)).toThrow(SecretDecryptionError);
    expect(() => secretBox(APP_SECRET, 'webhook-endpoint').open('plain')).toThrow(SecretDecryptionError);
  });
});
