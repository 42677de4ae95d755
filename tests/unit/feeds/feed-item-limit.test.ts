import { describe, expect, it } from 'vitest';
import { DEFAULT_FEED_ITEM_LIMIT, readConfig } from '../../../src/lib/config.ts';
import { ConfigError } from '../../../src/lib/errors.ts';

describe('FEED_ITEM_LIMIT', () => {
  it('defaults to 200 items', () => {
    expect(DEFAULT_FEED_ITEM_LIMIT).toBe(200);
    expect(readConfig({}).feedItemLimit).toBe(200);
    expect(readConfig({ FEED_ITEM_LIMIT: ' ' }).feedItemLimit).toBe(200);
  });

  it('reads a whole number', () => {
    expect(readConfig({ FEED_ITEM_LIMIT: '1' }).feedItemLimit).toBe(1);
    expect(readConfig({ FEED_ITEM_LIMIT: ' 5000 ' }).feedItemLimit).toBe(5000);
  });

  it.each(['0', '-3', '2.5', '1e3', 'all', '99999999999999999999'])('rejects %s', (value) => {
    expect(() => readConfig({ FEED_ITEM_LIMIT: value })).toThrow(ConfigError);
    expect(() => readConfig({ FEED_ITEM_LIMIT: value })).toThrow(`FEED_ITEM_LIMIT must be a whole number of at least 1, but it is "${value}"`);
  });
});
