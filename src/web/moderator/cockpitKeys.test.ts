import { describe, expect, it } from 'vitest';
import { SHORTCUTS, shortcutFor, type KeyPress } from './cockpitKeys.ts';

const press = (key: string, over: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, altKey: false, metaKey: false, target: { tagName: 'BODY' }, ...over });

describe('cockpit shortcuts (COCKPIT-3)', () => {
  it('COCKPIT-3: each frequent move has its key, upper or lower case', () => {
    expect(['n', 'e', 'p', 'q', 'j', 'k', 'a', 'r', '?'].map((key) => shortcutFor(press(key)))).toEqual(['giveNext', 'endTurn', 'togglePoll', 'nextQuestion', 'selectNext', 'selectPrevious', 'approve', 'reject', 'help']);
    expect(shortcutFor(press('N'))).toBe('giveNext');
    expect(shortcutFor(press('3'))).toEqual({ pane: 2 });
    expect(shortcutFor(press('0'))).toBeNull();
    expect(shortcutFor(press('x'))).toBeNull();
  });

  it('COCKPIT-3: nothing fires while typing in a field, with a modifier held, or on a held key', () => {
    for (const tagName of ['INPUT', 'TEXTAREA', 'SELECT', 'input']) expect(shortcutFor(press('a', { target: { tagName } }))).toBeNull();
    expect(shortcutFor(press('a', { target: { tagName: 'DIV', isContentEditable: true } }))).toBeNull();
    expect(shortcutFor(press('a', { target: { tagName: 'INPUT', type: 'search' } }))).toBeNull();
    // A check box takes no text.
    expect(shortcutFor(press('e', { target: { tagName: 'INPUT', type: 'checkbox' } }))).toBe('endTurn');
    expect(shortcutFor(press('e', { target: { tagName: 'BUTTON' } }))).toBe('endTurn');
    for (const modifier of ['ctrlKey', 'altKey', 'metaKey'] as const) expect(shortcutFor(press('n', { [modifier]: true }))).toBeNull();
    expect(shortcutFor(press('n', { repeat: true }))).toBeNull();
  });

  it('COCKPIT-3: the help overlay lists every key once', () => {
    const keys = SHORTCUTS.map((s) => s.keys);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(['N', 'E', 'P', 'Q', 'J', 'K', 'A', 'R', '1–9', '?']);
  });
});
