import { describe, expect, it } from 'vitest';
import { refusal } from '../../core/errors.ts';
import { REFUSALS } from '../../core/refusals.ts';
import { ApiError, CommandRefused, refusalFrom } from '../../client/refusal.ts';
import { refusalMessage, refusalText } from '../refusalMessage.ts';
import { en } from './en.ts';
import { OFFERED_LOCALES, TEXT_SOURCES, loadTexts } from './index.ts';

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}

/** The main part of every offered language, where refusals live: each must pass the same checks. */
async function mainCatalogs(): Promise<[string, Readonly<Record<string, string>>][]> {
  return Promise.all(OFFERED_LOCALES.map(async (locale) => [locale, await (TEXT_SOURCES[locale]?.main() ?? Promise.resolve({}))] as [string, Readonly<Record<string, string>>]));
}

describe('refusals in the message catalog (PROTO-8)', () => {
  it('PROTO-8: every catalog has a text for every reason, with the placeholders of the reason', async () => {
    for (const [locale, catalog] of await mainCatalogs()) {
      for (const [reason, { text }] of Object.entries(REFUSALS)) {
        const translated = catalog[`refusal.${reason}`];
        expect(translated, `${locale}: refusal.${reason}`).toBeTypeOf('string');
        expect(placeholders(translated ?? ''), `${locale}: refusal.${reason}`).toEqual(placeholders(text));
      }
      const extra = Object.keys(catalog).filter((key) => key.startsWith('refusal.') && !(key.slice('refusal.'.length) in REFUSALS));
      expect(extra, locale).toEqual([]);
    }
  });

  it('PROTO-8: a page shows a refusal from its reason and params, not from the server text', () => {
    const wire = { type: 'error', id: 'c1', ...refusal('floor.panelSpeaking', { name: 'Youth representative' }), message: 'whatever the server said' };
    const refused = new CommandRefused(refusalFrom(wire, 'x'));
    expect(refused.reason).toBe('floor.panelSpeaking');
    expect(refusalMessage(refused)).toBe('Youth representative has the floor already');
  });

  it('PROTO-8: an unknown reason (a newer server) falls back to the code, then to the message', () => {
    const newer = refusalFrom({ code: 'invalid_state', reason: 'floor.somethingNew', params: { a: 1 }, message: 'new rule' }, 'x');
    expect(newer.reason).toBeNull();
    expect(refusalText(newer)).toBe(en['error.invalidState']);
    const odd = refusalFrom({ code: 'frame_too_large', reason: 42, params: 'nope' }, 'HTTP 413');
    expect(odd).toEqual({ code: 'frame_too_large', reason: null, params: {}, message: 'HTTP 413' });
    expect(refusalText(odd)).toBe('HTTP 413');
    expect(refusalFrom(null, 'HTTP 500').code).toBe('internal');
  });

  it('PROTO-8: a role, a setting or a status in a refusal is said in the reader\'s words, not as its id', async () => {
    const setting = refusalFrom(refusal('plan.protectedSetting', { setting: 'youthMode' }), 'x');
    const role = refusalFrom(refusal('command.forbidden', { role: 'rapporteur', command: 'poll.open' }), 'x');
    // Before the staff texts are loaded (a participant's page), the id is shown as sent.
    expect(refusalText(setting)).toContain('youthMode');
    await loadTexts(['public', 'staff']);
    expect(refusalText(setting)).toBe('only the host may change Youth mode: it protects participants');
    expect(refusalText(role)).toBe('a Rapporteur may not poll.open');
    expect(refusalText(refusalFrom(refusal('qa.alreadyDecided', { status: 'published' }), 'x'))).toBe(`the question is already ${en['qa.status.published']}`);
  });

  it('PROTO-8: an HTTP refusal renders like a command refusal', () => {
    const body = refusal('qa.tooLong', { max: 280 });
    expect(refusalMessage(new ApiError(400, refusalFrom(body, 'x')))).toBe('a question has at most 280 characters');
    expect(refusalMessage(new TypeError('Failed to fetch'))).toBe(en['error.network']);
  });
});
