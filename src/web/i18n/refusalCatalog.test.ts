import { beforeAll, describe, expect, it, vi } from 'vitest';
import { refusal } from '../../core/errors.ts';
import { REFUSALS } from '../../core/refusals.ts';
import { ApiError, CommandRefused, refusalFrom } from '../../client/refusal.ts';
import { refusalMessage, refusalText } from '../refusalMessage.ts';
import { en } from './en.ts';
import { OFFERED_LOCALES, TEXT_SOURCES, loadTexts, setLocale } from './index.ts';

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}

/** The later part (the refusals' texts among them) of every offered language: each must pass the same checks. */
async function mainCatalogs(): Promise<[string, Readonly<Record<string, string>>][]> {
  return Promise.all(OFFERED_LOCALES.map(async (locale) => [locale, await (TEXT_SOURCES[locale]?.later() ?? Promise.resolve({}))] as [string, Readonly<Record<string, string>>]));
}

describe('refusals in the message catalog (PROTO-8)', () => {
  // setLocale sets the page's lang and dir; the unit project has no page.
  beforeAll(() => vi.stubGlobal('document', { documentElement: {} }));

  it('WEB-7: before the refusals\' texts are in, a refusal shows the server\'s English, or a text of its code in another language', async () => {
    const tooMany = refusalFrom(refusal('qa.tooMany', { max: 1 }), 'x');
    await setLocale('fr');
    try {
      expect(refusalText(tooMany)).toBe('Ce n’est pas possible pour le moment.');
      expect(refusalText(refusalFrom(refusal('poll.tooManyWords', { max: 3 }), 'x'))).toBe('Ceci n’a pas été accepté. Vérifiez ce que vous avez saisi et réessayez.');
      // Showing one fetched them: the next is said in full.
      await expect.poll(() => refusalText(tooMany)).toBe('une session compte au plus 1 question');
    } finally {
      await setLocale('en');
    }
    expect(refusalText(tooMany)).toBe('a session holds at most 1 question');
  });

  it('I18N-6: a refusal that counts things takes the plural form of its count, in English, Russian and Arabic', async () => {
    const shown = (max: number) => refusalText(refusalFrom(refusal('poll.tooManyChoices', { max }), 'x'));
    expect([shown(1), shown(5)]).toEqual(['choose at most 1 option', 'choose at most 5 options']);
    await setLocale('ru');
    expect([shown(1), shown(2), shown(5)]).toEqual(['выберите не более 1 варианта', 'выберите не более 2 вариантов', 'выберите не более 5 вариантов']);
    await setLocale('ar');
    try {
      // The noun agrees with the count: one and two said by the noun alone, few (3–10), many (11–99).
      expect([shown(1), shown(2), shown(5), shown(11)]).toEqual(['اختر خيارًا واحدًا على الأكثر', 'اختر خيارين على الأكثر', 'اختر 5 خيارات على الأكثر', 'اختر 11 خيارًا على الأكثر']);
    } finally {
      await setLocale('en');
    }
  });

  it('PROTO-8: every catalog has a text for every reason, with the placeholders of the reason', async () => {
    for (const [locale, catalog] of await mainCatalogs()) {
      for (const [reason, { text }] of Object.entries(REFUSALS)) {
        const translated = catalog[`refusal.${reason}`] ?? catalog[`refusal.${reason}.other`];
        expect(translated, `${locale}: refusal.${reason}`).toBeTypeOf('string');
        expect(placeholders(translated ?? ''), `${locale}: refusal.${reason}`).toEqual(placeholders(text));
      }
      const extra = Object.keys(catalog).filter((key) => key.startsWith('refusal.') && !(key.slice('refusal.'.length).replace(/\.(zero|one|two|few|many|other)$/, '') in REFUSALS));
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
    expect(newer.reason).toBe('floor.somethingNew');
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
