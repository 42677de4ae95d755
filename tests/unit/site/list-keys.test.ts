import { describe, expect, it } from 'vitest';
import { listStep, targetIndex, type ListKey } from '../../../src/lib/site/list-keys.ts';

function key(name: string, modifiers: Partial<ListKey> = {}): ListKey {
  return { key: name, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...modifiers };
}

describe('listStep', () => {
  it.each([
    ['j', true, 1],
    ['j', false, 1],
    ['k', true, -1],
    ['k', false, -1],
    ['ArrowDown', true, 1],
    ['ArrowUp', true, -1],
    ['ArrowDown', false, 0],
    ['ArrowUp', false, 0],
    ['J', true, 0],
    ['/', true, 0],
    ['Enter', true, 0],
  ] as const)('maps %s with focus in list %s to %i', (name, focusInList, step) => {
    expect(listStep(key(name), focusInList)).toBe(step);
  });

  it.each(['ctrlKey', 'metaKey', 'altKey', 'shiftKey'] as const)('ignores j with %s', (modifier) => {
    expect(listStep(key('j', { [modifier]: true }), true)).toBe(0);
  });
});

describe('targetIndex', () => {
  it('moves one paper down and up', () => {
    expect(targetIndex(2, 1, 5, 0)).toBe(3);
    expect(targetIndex(2, -1, 5, 0)).toBe(1);
  });

  it('stops at both ends of the list', () => {
    expect(targetIndex(4, 1, 5, 0)).toBeUndefined();
    expect(targetIndex(0, -1, 5, 0)).toBeUndefined();
  });

  it('starts at the first visible paper when none has focus', () => {
    expect(targetIndex(-1, 1, 5, 3)).toBe(3);
    expect(targetIndex(-1, -1, 5, 3)).toBe(3);
  });

  it('clamps the first visible paper to the list', () => {
    expect(targetIndex(-1, 1, 5, 9)).toBe(4);
    expect(targetIndex(-1, 1, 5, -1)).toBe(0);
  });

  it('returns nothing for an empty list', () => {
    expect(targetIndex(-1, 1, 0, 0)).toBeUndefined();
  });
});
