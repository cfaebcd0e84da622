import { h, type ComponentChildren } from 'preact';
import { USER_TEXT } from '../components/userText.ts';
import { t, type MessageKey, type MessageParam } from './index.ts';

// A character no catalog text holds, standing in for the parameter while the sentence is split.
const MARK = '\u0000';

/** The message for `key` with the parameter `name` set apart in a `<bdi>` carrying `attributes`. */
function isolated(key: MessageKey, params: Readonly<Record<string, MessageParam>>, name: string, attributes: Readonly<Record<string, string>>): ComponentChildren[] {
  const value = params[name];
  const [before = '', ...after] = t(key, { ...params, [name]: MARK }).split(MARK);
  return [before, h('bdi', { ...attributes, key: name }, value), after.join(String(value))];
}

/**
 * The message for `key` with the parameter `name` set apart in a `<bdi dir="ltr">`, so that
 * a join code ("123 456") reads left to right inside an Arabic sentence instead of taking the
 * sentence's direction (its groups would swap places). The rest of the sentence keeps the
 * page's direction. `params[name]` must be a string.
 */
export function tLtr(key: MessageKey, params: Readonly<Record<string, MessageParam>>, name: string): ComponentChildren[] {
  return isolated(key, params, name, { dir: 'ltr' });
}

/**
 * I18N-12: the message for `key` with the parameter `name`, something a person wrote (a name,
 * a reply, a title), set apart in a `<bdi dir="auto">`: it takes the direction of its own first
 * letter, and the sentence's punctuation stays on the sentence's side ("Asked by Sam:" on an
 * Arabic page, not "Sam:" swapped into the Arabic words).
 */
export function tUserText(key: MessageKey, params: Readonly<Record<string, MessageParam>>, name: string): ComponentChildren[] {
  return isolated(key, params, name, USER_TEXT);
}
