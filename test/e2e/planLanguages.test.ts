import { afterAll, describe, expect, it } from 'vitest';
import type { OpenFloorClient } from '../../src/client/openFloorClient.ts';
import { TEMPLATES } from '../../src/core/templates.ts';
import { screenshot } from '../support/browser.ts';
import { e2eStage } from '../support/e2eStage.ts';
import { connectClient, createSession, tokenOf } from '../support/testServer.ts';

/**
 * I18N-5 in the browser: a plan whose first agenda item and code of conduct the host also
 * wrote in Arabic. A phone in Arabic shows the Arabic title and code of conduct; a phone in
 * French (no French version) and the projector (session in English) show the English ones,
 * marked `lang="en"` on the phone (I18N-8). The pre-session page does the same (I18N-10).
 */
describe('plan texts per language', () => {
  const stage = e2eStage('e2e-plan-languages.db');
  const { errors, open } = stage;
  const clients: OpenFloorClient[] = [];
  afterAll(() => clients.forEach((c) => c.close()));
  const phone = { width: 390, height: 844 };

  it('I18N-5, I18N-10, I18N-11: an Arabic phone shows the Arabic agenda title and code of conduct; the projector and a French phone the session language\'s; so does the pre-session page', async () => {
    const base = stage.server.baseUrl;
    const template = TEMPLATES['child-online-safety-round-table'];
    const [first, ...rest] = template.agenda ?? [];
    if (!first) throw new Error('the template has an agenda');
    const arabicTitle = 'الافتتاح والترحيب';
    const arabicConduct = 'احترموا بعضكم بعضا.';
    const plan = {
      ...template,
      language: 'en',
      codeOfConduct: 'Respect each other.',
      agenda: [{ ...first, translations: { ar: { title: arabicTitle } } }, ...rest],
      translations: { ar: { codeOfConduct: arabicConduct } },
    };
    const session = await createSession(base, { plan });
    const moderator = connectClient(base, tokenOf(session.links.moderator));
    clients.push(moderator);
    await moderator.waitFor((_s, status) => status === 'live');
    await moderator.send({ type: 'agenda.start' });
    await moderator.send({ type: 'projector.show', mode: 'agenda' });

    const arabic = await open(`${base}/j/${session.joinCode}`, phone, true, 'ar-EG');
    await arabic.getByTestId('channel-onsite').click();
    await expect.poll(() => arabic.getByTestId('conduct-text').innerText()).toContain(arabicConduct);
    await arabic.getByTestId('conduct-accept').click();
    await expect.poll(() => arabic.getByTestId('participant-agenda-title').textContent()).toBe(arabicTitle);
    // I18N-8: the Arabic version is in the page's language, so it carries no lang of its own.
    expect(await arabic.getByTestId('participant-agenda-title').getAttribute('lang')).toBeNull();
    await screenshot(arabic, 'plan-language-ar-phone');

    const french = await open(`${base}/j/${session.joinCode}`, phone, true, 'fr-FR');
    await french.getByTestId('channel-online').click();
    await expect.poll(() => french.getByTestId('conduct-text').innerText()).toContain('Respect each other.');
    await french.getByTestId('conduct-accept').click();
    await expect.poll(() => french.getByTestId('participant-agenda-title').textContent()).toBe(first.title);
    expect(await french.getByTestId('participant-agenda-title').getAttribute('lang')).toBe('en');
    // I18N-10: the session's title, shown in English on the French phone, says so too.
    expect(await french.getByTestId('session-title').getAttribute('lang')).toBe('en');

    // I18N-10: the pre-session page, for a reader who chose Arabic, shows the Arabic versions;
    // the texts the host wrote only in English are marked lang="en".
    const before = await open(`${base}/before/${session.joinCode}`, phone, true, 'ar-EG');
    await before.evaluate(() => localStorage.setItem('openfloor.locale', 'ar'));
    await before.reload();
    await expect.poll(() => before.getByTestId('before-agenda').locator('.before-agenda-title').first().textContent()).toBe(arabicTitle);
    expect(await before.getByTestId('before-agenda').locator('.before-agenda-title').first().getAttribute('lang')).toBeNull();
    expect(await before.getByTestId('before-conduct').innerText()).toContain(arabicConduct);
    expect(await before.getByTestId('before-conduct').getAttribute('lang')).toBeNull();
    expect(await before.getByTestId('before-title').getAttribute('lang')).toBe('en');
    expect(await before.getByTestId('before-agenda').locator('.before-agenda-title').nth(1).getAttribute('lang')).toBe('en');

    const projector = await open(session.links.projector, { width: 1920, height: 1080 }, false, 'ar-EG');
    await expect.poll(() => projector.getByTestId('projector-agenda-title').textContent()).toBe(first.title);
    expect(await projector.locator('body').innerText()).not.toContain(arabicTitle);

    // I18N-11: in an Arabic sentence the join code still reads left to right, the sentence right to left.
    const wrong = session.joinCode.startsWith('0') ? '1'.repeat(session.joinCode.length) : '0'.repeat(session.joinCode.length);
    const missing = await open(`${base}/j/${wrong}`, phone, true, 'ar-EG');
    const code = missing.getByTestId('join-not-found').locator('bdi[dir="ltr"]');
    await code.waitFor();
    expect((await code.textContent())?.replace(/\s/g, '')).toBe(wrong);
    expect(await missing.evaluate(() => getComputedStyle(document.querySelector('[data-testid="join-not-found"]') as Element).direction)).toBe('rtl');
    // The wrong code's look-up is the only console error (Chromium logs every 4xx).
    expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
  });
});
