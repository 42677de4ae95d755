import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSupportedNode } from '../../scripts/check-node.mjs';

describe('isSupportedNode', () => {
  it.each([
    ['20.20.2', false],
    ['22.12.0', false],
    ['22.23.3', false],
    ['22.23.4', true],
    ['22.24.0', true],
    ['23.11.0', false],
    ['24.0.0', true],
    ['24.21.0', true],
    ['25.2.0', false],
    ['26.10.0', true],
  ])('accepts %s: %s', (version, expected) => {
    expect(isSupportedNode(version)).toBe(expected);
  });

  it('passes on the pinned Node', () => {
    expect(() => execFileSync(process.execPath, [join(import.meta.dirname, '../../scripts/check-node.mjs')])).not.toThrow();
  });
});
