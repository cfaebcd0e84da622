import { describe, expect, it } from 'vitest';
import { ar } from '../../src/web/i18n/ar.ts';
import { arStaff } from '../../src/web/i18n/ar.staff.ts';
import { ru } from '../../src/web/i18n/ru.ts';
import { ruStaff } from '../../src/web/i18n/ru.staff.ts';
import { zh } from '../../src/web/i18n/zh.ts';
import { zhStaff } from '../../src/web/i18n/zh.staff.ts';
import { screenshot } from '../support/browser.ts';
import { e2eStage } from '../support/e2eStage.ts';
import { createSession } from '../support/testServer.ts';
import { TEMPLATES } from '../../src/core/templates.ts';

/**
 * I18N-1 in the browser: a page starts in the browser's language, Arabic right to left; the
 * picker switches the join page in place and the choice survives a reload; staff pages load
 * their texts in the chosen language (a missing text would be a console error, which fails
 * the stage). Screenshots of the participant's phone and the projector in Arabic and Chinese.
 */
describe('languages in the pages', () => {
  const stage = e2eStage('e2e-languages.db');
  const { errors, open } = stage;
  const phone = { width: 390, height: 844 };
  const bigScreen = { width: 1920, height: 1080 };

  it('I18N-1: a phone in Arabic gets the join page in Arabic, right to left, and votes in it', async () => {
    const page = await open(stage.server.demo.participant, phone, true, 'ar-EG');
    const onsite = page.getByTestId('channel-onsite');
    await onsite.waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    expect(await onsite.innerText()).toContain(ar['channel.onsite']);
    // Right to left: the brand sits at the right edge of the header, the picker at the left.
    const brand = await page.locator('.page-header > :first-child').boundingBox();
    const picker = await page.getByTestId('language-picker').boundingBox();
    expect(brand && picker && brand.x > picker.x).toBe(true);
    await screenshot(page, 'language-ar-participant-join');
    await onsite.click();
    const accept = page.getByTestId('conduct-accept');
    await accept.waitFor();
    expect(await accept.innerText()).toBe(ar['guidelines.accept']);
    await accept.click();
    await screenshot(page, 'language-ar-participant-session');
    expect(errors).toEqual([]);
  });

  it('I18N-1: the picker switches the page in place, names each language in itself, and the choice survives a reload', async () => {
    const page = await open(stage.server.demo.participant, phone, true, 'en-GB');
    const onsite = page.getByTestId('channel-onsite');
    await onsite.waitFor();
    expect(await onsite.innerText()).toContain('In the room');
    const picker = page.getByTestId('language-picker');
    expect(await picker.locator('option').allInnerTexts()).toEqual(['العربية', '中文', 'English', 'Français', 'Русский', 'Español']);
    await picker.selectOption('zh');
    await expect.poll(() => onsite.innerText()).toContain(zh['channel.onsite']);
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['zh', 'ltr']);
    await screenshot(page, 'language-zh-participant-join');
    await page.reload();
    await expect.poll(() => page.getByTestId('channel-onsite').innerText()).toContain(zh['channel.onsite']);
    expect(errors).toEqual([]);
  });

  it('I18N-1, I18N-4: the projector speaks the session\'s language (Arabic, Chinese), the pre-session page too, the cockpit the moderator\'s own (Russian)', async () => {
    // The demo session is in English: its projector stays English in an Arabic browser.
    const demo = await open(stage.server.demo.projector, bigScreen, false, 'ar');
    await expect.poll(() => demo.locator('body').innerText(), { timeout: 20_000 }).toContain('Join on your phone');
    for (const [language, staff] of [
      ['ar', arStaff],
      ['zh', zhStaff],
    ] as const) {
      const session = await createSession(stage.server.baseUrl, { plan: { ...TEMPLATES['child-online-safety-round-table'], language } });
      const projector = await open(session.links.projector, bigScreen, false, 'en-US');
      // A new session's projector: the socket, then its language's texts (a chunk each), on a busy machine.
      await expect.poll(() => projector.locator('body').innerText(), { timeout: 20_000 }).toContain(staff['projector.joinTitle']);
      expect(await projector.evaluate(() => document.documentElement.lang)).toBe(language);
      await screenshot(projector, `language-${language}-projector`);
      const before = await open(`${stage.server.baseUrl}/before/${session.joinCode}`, phone, true, 'en-US');
      await expect.poll(() => before.evaluate(() => document.documentElement.lang), { timeout: 20_000 }).toBe(language);
    }
    const moderator = await open(stage.server.demo.moderator, { width: 1366, height: 768 }, false, 'ru-RU');
    await expect.poll(() => moderator.locator('body').textContent(), { timeout: 20_000 }).toContain(ruStaff['moderator.console']);
    expect(await moderator.locator('body').textContent()).not.toContain('Moderator console');
    expect(ru['channel.onsite']).not.toBe('In the room');
    await screenshot(moderator, 'language-ru-cockpit');
    expect(errors).toEqual([]);
  });
});
