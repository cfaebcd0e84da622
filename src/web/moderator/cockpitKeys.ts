import type { MessageKey } from '../i18n/index.ts';

/**
 * The cockpit's keyboard shortcuts (COCKPIT-3): one key per frequent move, listed in the help
 * overlay. They never act while someone types in a field, nor with Ctrl, Alt or Meta held
 * (those belong to the browser and the screen reader).
 */

export type CockpitAction =
  | 'giveNext'
  | 'endTurn'
  | 'togglePoll'
  | 'nextQuestion'
  | 'selectNext'
  | 'selectPrevious'
  | 'approve'
  | 'reject'
  | 'help'
  | { readonly pane: number };

export interface Shortcut {
  /** What the help overlay shows in the key cap. */
  readonly keys: string;
  readonly label: MessageKey;
}

/** The keys, in the order the help overlay lists them. */
export const SHORTCUTS: readonly Shortcut[] = [
  { keys: 'N', label: 'cockpit.key.giveNext' },
  { keys: 'E', label: 'cockpit.key.endTurn' },
  { keys: 'P', label: 'cockpit.key.togglePoll' },
  { keys: 'Q', label: 'cockpit.key.nextQuestion' },
  { keys: 'J', label: 'cockpit.key.selectNext' },
  { keys: 'K', label: 'cockpit.key.selectPrevious' },
  { keys: 'A', label: 'cockpit.key.approve' },
  { keys: 'R', label: 'cockpit.key.reject' },
  { keys: '1–9', label: 'cockpit.key.panes' },
  { keys: '?', label: 'cockpit.key.help' },
];

const BY_KEY: Readonly<Record<string, CockpitAction>> = {
  n: 'giveNext',
  e: 'endTurn',
  p: 'togglePoll',
  q: 'nextQuestion',
  j: 'selectNext',
  k: 'selectPrevious',
  a: 'approve',
  r: 'reject',
  '?': 'help',
};

/** What the handler needs of a keyboard event: a DOM `KeyboardEvent` fits. */
export interface KeyPress {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly altKey: boolean;
  readonly metaKey: boolean;
  readonly repeat?: boolean;
  readonly target: unknown;
}

/** Fields where a letter is text, not a command. */
function isTyping(target: unknown): boolean {
  if (typeof target !== 'object' || target === null) return false;
  const element = target as { tagName?: unknown; isContentEditable?: unknown; type?: unknown };
  if (element.isContentEditable === true) return true;
  const tag = typeof element.tagName === 'string' ? element.tagName.toUpperCase() : '';
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  // Check boxes and radio buttons take no text: the keys still work beside them.
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color'].includes(typeof element.type === 'string' ? element.type : 'text');
}

/** The action a key press asks for, or null when it is not a shortcut here. */
export function shortcutFor(press: KeyPress): CockpitAction | null {
  if (press.ctrlKey || press.altKey || press.metaKey || press.repeat === true) return null;
  if (isTyping(press.target)) return null;
  if (/^[1-9]$/.test(press.key)) return { pane: Number(press.key) - 1 };
  return BY_KEY[press.key.length === 1 ? press.key.toLowerCase() : press.key] ?? null;
}
