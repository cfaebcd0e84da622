import { afterAll, describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser.ts';
import { showPane, type CockpitPane } from '../support/cockpitPanes.ts';
import { e2eStage } from '../support/e2eStage.ts';
import { HAND_LABELS, LONG_TEXT_PLAN, QUESTIONS, longTextSession, type LongTextSession } from '../support/longTextFixture.ts';
import { misdirectedTexts, type MisdirectedText } from '../support/textDirection.ts';

/** Every string of a value, however deep. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

const ENGLISH_TEXTS = [...stringsOf(LONG_TEXT_PLAN), ...QUESTIONS, ...HAND_LABELS];

describe('I18N-12: people\'s texts in a page of the other direction', () => {
  const stage = e2eStage('e2e-user-text-direction.db');
  const { errors, open } = stage;
  let filled: LongTextSession | undefined;
  afterAll(() => filled?.close());

  it('I18N-12: the Arabic cockpit, in every pane, and an Arabic phone lay out every English text people wrote left to right', async () => {
    filled = await longTextSession(stage.server.baseUrl);
    const page = await open(filled.session.links.moderator, { width: 1366, height: 768 }, false, 'ar');
    await page.getByTestId('qa-now-text').waitFor();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    const wrong: Record<string, MisdirectedText[]> = {};
    const main = await misdirectedTexts(page, ENGLISH_TEXTS);
    if (main.length > 0) wrong.main = main;
    await screenshot(page, 'user-text-cockpit-ar');
    // The cut texts start at their left edge (their beginning shown), so the ellipsis is at their right, logical, end.
    for (const testId of ['cockpit-agenda-current', 'cockpit-next-item']) {
      const cut = await page.getByTestId(testId).first().locator('[data-user-text]').evaluate((element) => {
        const range = document.createRange();
        const text = element.firstChild;
        if (!text) return null;
        range.setStart(text, 0);
        range.setEnd(text, 1);
        const first = range.getBoundingClientRect();
        const box = element.getBoundingClientRect();
        return { truncated: element.scrollWidth > element.clientWidth || element.scrollHeight > element.clientHeight, firstLetterAtLeftEdge: Math.abs(first.left - box.left) < 2 };
      });
      expect(cut, testId).toEqual({ truncated: true, firstLetterAtLeftEdge: true });
    }
    for (const pane of ['questions', 'queue', 'polls', 'agenda', 'screen', 'balance', 'panel', 'notes'] satisfies CockpitPane[]) {
      await showPane(page, pane);
      const found = await misdirectedTexts(page, ENGLISH_TEXTS);
      if (found.length > 0) wrong[pane] = found;
      await screenshot(page, `user-text-cockpit-ar-${pane}`);
    }
    expect(wrong).toEqual({});
    await page.context().close();

    const phone = await open(`${stage.server.baseUrl}/j/${filled.session.joinCode}`, { width: 375, height: 667 }, true, 'ar-EG');
    await phone.getByTestId('channel-online').click();
    await phone.getByTestId('conduct-accept').click();
    await phone.getByTestId('poll-option').first().waitFor();
    await phone.locator('.qa-text-shown').first().waitFor();
    expect(await misdirectedTexts(phone, ENGLISH_TEXTS)).toEqual([]);
    await screenshot(phone, 'user-text-participant-ar');
    expect(errors).toEqual([]);
  });
});
