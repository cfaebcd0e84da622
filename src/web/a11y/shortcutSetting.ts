import { signal } from '@preact/signals';

const KEY = 'openfloor.singleKeyShortcuts';

function stored(): boolean {
  try {
    return localStorage.getItem(KEY) !== 'off';
  } catch {
    return true;
  }
}

/**
 * Whether the console's one-letter shortcuts act (WCAG 2.1.4, A11Y-9). A speech-input user
 * whose words reach the page as letters can turn them off; the choice is kept on this device.
 */
export const singleKeyShortcuts = signal(stored());

export function setSingleKeyShortcuts(on: boolean): void {
  singleKeyShortcuts.value = on;
  try {
    localStorage.setItem(KEY, on ? 'on' : 'off');
  } catch {
    // Private mode without storage: the choice lasts until the page closes.
  }
}
