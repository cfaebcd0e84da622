import { afterAll, describe, expect, it } from 'vitest';
import { screenshot, type Page } from '../support/browser.ts';
import { e2eStage } from '../support/e2eStage.ts';
import { longTextSession, type LongTextSession } from '../support/longTextFixture.ts';

/**
 * COCKPIT-6: the moderator's cockpit and the projector at a phone, a laptop and a projector's
 * size, with a session of long words, long labels and many items (test/support/longTextFixture):
 * nothing wider than its box, and on the cockpit at laptop and projector sizes everything a
 * moderator acts on in the next thirty seconds inside the first viewport, the page not scrolling.
 */

const SIZES = [
  { name: '375x667', width: 375, height: 667, mobile: true },
  { name: '1366x768', width: 1366, height: 768, mobile: false },
  { name: '1920x1080', width: 1920, height: 1080, mobile: false },
] as const;

/** The boxes checked for overflow on each page: the page itself is checked apart. */
const BOXES = '.card, .cockpit-column, .cockpit-pane, .cockpit-panes, .cockpit-header, .projector-stage, .projector-aside, .projector-main, .join-panel, .projector-poll, .projector-qa, .projector-floor-strip';

/** Elements wider inside than their box (`scrollWidth > clientWidth`), and whether the page itself is. */
async function overflow(page: Page): Promise<{ page: boolean; boxes: string[] }> {
  return page.evaluate((selector) => {
    const root = document.documentElement;
    const boxes = [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((e) => e.clientWidth > 0 && e.scrollWidth > e.clientWidth)
      .map((e) => `${e.className || e.tagName} (${String(e.scrollWidth)} > ${String(e.clientWidth)})`);
    return { page: root.scrollWidth > root.clientWidth, boxes };
  }, BOXES);
}

/** Whether the element is wholly inside the first viewport (not scrolled out of its column either). */
async function inFirstViewport(page: Page, testId: string): Promise<boolean> {
  return page.getByTestId(testId).first().evaluate((element) => {
    const r = element.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return false;
    if (r.top < 0 || r.left < 0 || r.bottom > window.innerHeight || r.right > window.innerWidth) return false;
    // Not hidden by a scrolling column: the middle of the element is the element (or inside it).
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 8));
    return hit !== null && (element === hit || element.contains(hit));
  });
}

describe('the cockpit and the projector with long texts and many items (COCKPIT-6)', () => {
  const stage = e2eStage('e2e-cockpit-layout.db', { TALLY_INTERVAL_MS: '50' });
  const { errors, open } = stage;
  let fixture: LongTextSession | undefined;

  afterAll(() => fixture?.close());

  it('COCKPIT-1, COCKPIT-6: no horizontal overflow at any size; at 1366×768 and 1920×1080 the timer, the speaker, the next speaker, the open poll, the question being answered, the agenda item and the balance are in the first viewport and the page does not scroll', async () => {
    fixture = await longTextSession(stage.server.baseUrl);
    const { links } = fixture.session;
    for (const size of SIZES) {
      const viewport = { width: size.width, height: size.height };
      const moderator = await open(links.moderator, viewport, size.mobile);
      await moderator.getByTestId('floor-timer').waitFor();
      await expect.poll(() => moderator.getByTestId('cockpit-poll').getAttribute('data-status')).toBe('open');
      await moderator.getByTestId('qa-now-text').waitFor();
      await expect.poll(() => moderator.getByTestId('cockpit-next-item').count()).toBeGreaterThan(2);
      expect(await overflow(moderator), `moderator at ${size.name}`).toEqual({ page: false, boxes: [] });
      if (!size.mobile) {
        const root = await moderator.evaluate(() => ({ scroll: document.documentElement.scrollHeight, client: document.documentElement.clientHeight }));
        expect(root.scroll, `the cockpit scrolls at ${size.name}`).toBeLessThanOrEqual(root.client);
        for (const testId of ['floor-timer', 'floor-current', 'cockpit-next-item', 'cockpit-poll', 'cockpit-poll-close', 'qa-now-text', 'cockpit-agenda-left', 'cockpit-balance-present']) {
          expect(await inFirstViewport(moderator, testId), `${testId} in the first viewport at ${size.name}`).toBe(true);
        }
      }
      // Every pane, one after the other: none is wider than the column.
      for (const tab of await moderator.locator('[role="tab"]').all()) {
        await tab.click();
        expect(await overflow(moderator), `moderator pane ${String(await tab.getAttribute('data-testid'))} at ${size.name}`).toEqual({ page: false, boxes: [] });
      }
      await moderator.getByTestId('cockpit-tab-questions').click();
      await screenshot(moderator, `cockpit-${size.name}`);

      const projector = await open(links.projector, viewport, size.mobile);
      await projector.getByTestId('projector-question-text').waitFor();
      await projector.getByTestId('projector-bar').first().waitFor();
      expect(await overflow(projector), `projector at ${size.name}`).toEqual({ page: false, boxes: [] });
      if (!size.mobile) {
        // All twelve options are on the screen, none cut off.
        for (const bar of await projector.getByTestId('projector-bar').all()) expect(await bar.evaluate((e) => e.getBoundingClientRect().bottom <= window.innerHeight)).toBe(true);
      }
      await screenshot(projector, `projector-${size.name}`);
      await moderator.context().close();
      await projector.context().close();
    }

    const online = await open(links.onlineModerator, { width: 1366, height: 768 });
    await online.getByTestId('online-room').waitFor();
    expect(await overflow(online)).toEqual({ page: false, boxes: [] });
    await screenshot(online, 'cockpit-online-1366x768');
    expect(errors).toEqual([]);
  });
});
