import { h, type ComponentChildren } from 'preact';
import { t, type MessageKey, type MessageParam } from './index.ts';

// A character no catalog text holds, standing in for the parameter while the sentence is split.
const MARK = '\u0000';

/**
 * The message for `key` with the parameter `name` set apart in a `<bdi dir="ltr">`, so that
 * a join code ("123 456") reads left to right inside an Arabic sentence instead of taking the
 * sentence's direction (its groups would swap places). The rest of the sentence keeps the
 * page's direction. `params[name]` must be a string.
 */
export function tLtr(key: MessageKey, params: Readonly<Record<string, MessageParam>>, name: string): ComponentChildren[] {
  const value = params[name];
  const [before = '', ...after] = t(key, { ...params, [name]: MARK }).split(MARK);
  return [before, h('bdi', { dir: 'ltr', key: name }, value), after.join(String(value))];
}
