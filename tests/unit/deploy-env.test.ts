import { describe, expect, test } from 'vitest';
import { parseDeployEnv } from '../../src/config/env.ts';

describe('parseDeployEnv', () => {
  test('defaults to production when DISPATCH_ENV is unset or empty', () => {
    expect(parseDeployEnv(undefined)).toBe('production');
    expect(parseDeployEnv('')).toBe('production');
  });

  test('reads production and preview', () => {
    expect(parseDeployEnv('production')).toBe('production');
    expect(parseDeployEnv('preview')).toBe('preview');
  });

  test('rejects any other value, naming the variable and the choices', () => {
    expect(() => parseDeployEnv('staging')).toThrow(
      'DISPATCH_ENV: expected one of production, preview, got "staging"',
    );
  });
});
