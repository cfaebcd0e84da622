import { afterAll, describe, expect, it } from 'vitest';
import { ar } from '../../src/web/i18n/ar.ts';
import { arStaff } from '../../src/web/i18n/ar.staff.ts';
import { ru } from '../../src/web/i18n/ru.ts';
import { ruStaff } from '../../src/web/i18n/ru.staff.ts';
import { zh } from '../../src/web/i18n/zh.ts';
import { zhStaff } from '../../src/web/i18n/zh.staff.ts';
import { screenshot } from '../support/browser.ts';
import { e2eStage } from '../support/e2eStage.ts';
import type { OpenFloorClient } from '../../src/client/openFloorClient.ts';
import { connectClient, createSession, joinAsParticipant, tokenOf } from '../support/testServer.ts';
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
  const clients: OpenFloorClient[] = [];
  afterAll(() => clients.forEach((c) => c.close()));

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

  it('I18N-13: an Arabic session\'s charts are mirrored on the projector and the phone: labels from the right edge, values at the left, the scale from the right', async () => {
    const base = stage.server.baseUrl;
    const session = await createSession(base, {
      plan: {
        ...TEMPLATES['child-online-safety-round-table'],
        language: 'ar',
        polls: [
          { question: 'ما الأولوية؟', kind: 'ranking', options: ['خصوصية الأطفال على الإنترنت', 'التحقق من العمر', 'Helplines?'] },
          { question: 'ما مدى أمان الإنترنت للأطفال؟', kind: 'rating', scale: { min: 1, max: 5, minLabel: 'غير آمن أبدًا', maxLabel: 'آمن جدًا' } },
        ],
      },
    });
    const moderator = connectClient(base, tokenOf(session.links.moderator));
    clients.push(moderator);
    await moderator.waitFor((_s, status) => status === 'live');
    const [ranking, rating] = moderator.state.polls.map((p) => p.id);
    const voters = await Promise.all([0, 1, 2].map(() => joinAsParticipant(base, session.joinCode, 'onsite')));
    clients.push(...voters);
    await moderator.send({ type: 'poll.open', pollId: ranking ?? '' });
    await Promise.all(voters.map((v, i) => v.send({ type: 'poll.vote', pollId: ranking ?? '', optionIds: i === 2 ? ['o3', 'o1', 'o2'] : ['o1', 'o2', 'o3'] })));
    await moderator.waitFor((s) => s.tallies[ranking ?? '']?.total === 3);
    await moderator.send({ type: 'projector.show', mode: 'poll', pollId: ranking ?? '' });

    const projector = await open(session.links.projector, bigScreen, false, 'en-US');
    const projectorChart = projector.getByTestId('projector-chart');
    await projectorChart.waitFor({ timeout: 20_000 });
    // Polled: the first paint may come before the session's Arabic texts are in (a loaded machine).
    await expect.poll(() => projectorChart.evaluate(chartSides), { timeout: 20_000 }).toEqual({ labels: 'right', values: 'left' });
    await screenshot(projector, 'language-ar-projector-ranking');

    const mobile = await open(`${base}/j/${session.joinCode}`, phone, true, 'ar-EG');
    await mobile.getByTestId('channel-online').click();
    await mobile.getByTestId('conduct-accept').click();
    const phoneChart = mobile.getByTestId('participant-chart');
    await phoneChart.waitFor();
    await expect.poll(() => phoneChart.evaluate(chartSides), { timeout: 20_000 }).toEqual({ labels: 'right', values: 'left' });
    await phoneChart.scrollIntoViewIfNeeded();
    await screenshot(mobile, 'language-ar-participant-ranking');
    await mobile.context().close();

    await moderator.send({ type: 'poll.close', pollId: ranking ?? '' });
    await moderator.send({ type: 'poll.open', pollId: rating ?? '' });
    await Promise.all(voters.map((v, i) => v.send({ type: 'poll.vote', pollId: rating ?? '', optionIds: [i === 0 ? 'o1' : 'o4'] })));
    await moderator.waitFor((s) => s.tallies[rating ?? '']?.total === 3);
    await moderator.send({ type: 'projector.show', mode: 'poll', pollId: rating ?? '' });
    await expect.poll(() => projectorChart.evaluate(scaleOrder), { timeout: 20_000 }).toBe('right to left');
    await screenshot(projector, 'language-ar-projector-rating');
    expect(errors).toEqual([]);
  });
});

/**
 * The edge of a bar chart that its option labels (its larger texts) and its values (its smaller
 * ones) are drawn against: 'left' or 'right' when all of them are within the chart's margin of
 * that edge, else 'neither'.
 */
function chartSides(figure: HTMLElement): { labels: string; values: string } {
  const svg = figure.querySelector('svg');
  if (!svg) return { labels: 'no chart', values: 'no chart' };
  const box = svg.getBoundingClientRect();
  // The chart's margin is 8 of its 800 units; twice that for the glyphs' side bearings.
  const margin = (16 * box.width) / 800;
  const side = (font: string) => {
    const rects = [...svg.querySelectorAll(`text[font-size="${font}"]`)].map((text) => text.getBoundingClientRect());
    if (rects.length === 0) return 'none';
    if (rects.every((r) => r.right <= box.right + 1 && r.right >= box.right - margin)) return 'right';
    if (rects.every((r) => r.left >= box.left - 1 && r.left <= box.left + margin)) return 'left';
    return 'neither';
  };
  return { labels: side('22'), values: side('20') };
}

/** Which way a scale's columns run, by where its lowest and highest values' labels are drawn. */
function scaleOrder(figure: HTMLElement): string {
  const labels = [...figure.querySelectorAll('svg text[font-size="22"]')];
  const at = (value: string) => labels.find((text) => text.textContent?.replace(/[\u2066-\u2069]/gu, '') === value)?.getBoundingClientRect().left;
  const low = at('1');
  const high = at('5');
  if (low === undefined || high === undefined) return 'no scale';
  return low > high ? 'right to left' : 'left to right';
}
