import { describe, expect, it } from 'vitest';
import { BUILD_ID_VARIABLE, ensureBuildId, readBuildId } from '../../../src/lib/search/build-id.ts';

describe('ensureBuildId', () => {
  it('creates one id and keeps it', () => {
    const env: Record<string, string | undefined> = {};
    const first = ensureBuildId(env, () => 'abc123');

    expect(first).toBe('abc123');
    expect(ensureBuildId(env, () => 'other')).toBe(first);
    expect(readBuildId(env)).toBe(first);
  });

  it('keeps an id set before the build', () => {
    expect(ensureBuildId({ [BUILD_ID_VARIABLE]: ' release-7 ' }, () => 'other')).toBe('release-7');
  });

  it('reads nothing outside a build', () => {
    expect(readBuildId({})).toBe('');
  });
});
