import { afterAll, describe, expect, it } from 'vitest';
import type { OpenFloorClient } from '../../src/client/openFloorClient.ts';
import { ar } from '../../src/web/i18n/ar.ts';
import { arStaff } from '../../src/web/i18n/ar.staff.ts';
import { axeViolations, type AxeFinding } from '../support/a11yChecks.ts';
import { screenshot, type Page } from '../support/browser.ts';
import { e2eStage } from '../support/e2eStage.ts';
import { describeFocus, focusIndicatorDrawn, focusOnBody, markRegion, readRegion, tabTo } from '../support/keyboardWalk.ts';
import { publishQuestion, startSession } from '../support/startedSession.ts';

/**
 * A11Y-10: the keyboard walks of A11Y-5 in Arabic, right to left: a participant whose browser
 * speaks Arabic joins, accepts the code of conduct, reads the guidelines, votes, raises a hand,
 * asks and upvotes by keyboard; a moderator in Arabic approves, opens and closes a poll and
 * gives the floor, and moves along the detail tabs with the arrow pointing their way. At every state axe-core finds no WCAG 2.2 A/AA violation, and the news is
 * announced in Arabic.
 */
describe('keyboard only in Arabic (right to left)', () => {
  const stage = e2eStage('e2e-arabic-keyboard.db');
  const { errors, open } = stage;
  const clients: OpenFloorClient[] = [];
  afterAll(() => clients.forEach((c) => c.close()));

  /** Checks the page as it is now: right to left in Arabic, and no axe violation, under `state`'s name. */
  const checked = async (page: Page, state: string, violations: Record<string, AxeFinding[]>) => {
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), state).toEqual(['ar', 'rtl']);
    const found = await axeViolations(page);
    if (found.length > 0) violations[state] = found;
  };

  it('A11Y-10: a participant in Arabic joins, accepts, reads, votes, raises a hand, asks and upvotes by keyboard, with no axe violation', async () => {
    const base = stage.server.baseUrl;
    const violations: Record<string, AxeFinding[]> = {};
    const { session, moderator, participant: other } = await startSession(base, clients);
    await publishQuestion(moderator, other, 'How do we keep age checks private?');

    const page = await open(`${base}/j/${session.joinCode}`, { width: 375, height: 667 }, true, 'ar-EG');
    await page.getByTestId('channel-online').waitFor();
    await checked(page, 'room choice', violations);
    await tabTo(page, '[data-testid="channel-online"]');
    expect(await focusIndicatorDrawn(page)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByTestId('conduct-gate').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('conduct-gate-title');
    await checked(page, 'code of conduct', violations);

    await tabTo(page, '[data-testid="conduct-accept"]');
    expect(await page.getByTestId('conduct-accept').innerText()).toBe(ar['guidelines.accept']);
    await page.keyboard.press('Enter');
    await page.getByTestId('conduct-gate').waitFor({ state: 'detached' });
    await expect.poll(() => focusOnBody(page)).toBe(false);

    await markRegion(page, '[data-testid="participant-announcer"]', 'announcer');
    await tabTo(page, '[data-testid="guidelines-toggle"]');
    await page.keyboard.press('Enter');
    await page.getByTestId('guidelines-sheet').waitFor();
    await checked(page, 'guidelines', violations);
    await page.keyboard.press('Enter');
    await page.getByTestId('guidelines-sheet').waitFor({ state: 'detached' });

    await moderator.send({ type: 'poll.open', pollId: moderator.state.polls[0]?.id ?? '' });
    await page.getByTestId('poll-option').first().waitFor();
    await checked(page, 'open poll', violations);
    await tabTo(page, '[data-testid="poll-option"]', { backwards: true });
    expect(await focusIndicatorDrawn(page)).toBe(true);
    await page.keyboard.press('Space');
    await tabTo(page, '[data-testid="vote-submit"]');
    await page.keyboard.press('Enter');
    await page.getByTestId('vote-confirmed').waitFor();
    expect(await describeFocus(page)).toContain('vote-submit');
    await expect.poll(() => readRegion(page, 'announcer')).toEqual({ text: ar['poll.confirmed'], live: 'polite' });
    await checked(page, 'voted', violations);

    await tabTo(page, '[data-testid="floor-raise"]');
    await page.keyboard.press('Enter');
    await page.getByTestId('floor-position').waitFor();
    expect(await focusOnBody(page)).toBe(false);
    await expect.poll(() => readRegion(page, 'announcer')).toEqual({ text: ar['floor.youAreNext'], live: 'polite' });
    await checked(page, 'hand raised', violations);

    await markRegion(page, '[data-testid="qa-sent-region"]', 'sent');
    await tabTo(page, '[data-testid="qa-text"]');
    await page.keyboard.type('هل سيذكر التقرير أسماء المدارس؟');
    await tabTo(page, '[data-testid="qa-send"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => readRegion(page, 'sent')).toEqual({ text: ar['qa.sentModerated'], live: 'polite' });
    await checked(page, 'question asked', violations);
    await moderator.waitFor((s) => s.qa.questions.some((q) => q.status === 'pending'));
    const mine = moderator.state.qa.questions.find((q) => q.status === 'pending');
    if (mine) await moderator.send({ type: 'qa.approve', questionId: mine.id, version: mine.version });
    await expect.poll(() => readRegion(page, 'announcer')).toEqual({ text: ar['a11y.questionPublished'], live: 'polite' });

    await tabTo(page, '[data-testid="qa-upvote"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('qa-upvote').first().getAttribute('aria-pressed')).toBe('true');
    expect(await focusOnBody(page)).toBe(false);

    await moderator.send({ type: 'floor.give', handId: null });
    await page.getByTestId('floor-speaking').waitFor();
    await expect.poll(() => readRegion(page, 'announcer')).toEqual({ text: ar['floor.youHaveTheFloor'], live: 'polite' });
    await checked(page, 'has the floor', violations);
    await screenshot(page, 'a11y-keyboard-participant-ar');
    await page.context().close();
    expect(violations).toEqual({});
    expect(errors).toEqual([]);
  });

  it('A11Y-10: a moderator in Arabic approves, opens and closes a poll and gives the floor by keyboard, with no axe violation', async () => {
    const base = stage.server.baseUrl;
    const violations: Record<string, AxeFinding[]> = {};
    const { session, moderator, participant: asker } = await startSession(base, clients);
    await asker.send({ type: 'qa.ask', text: 'ما الذي ينبغي أن تعلّمه المدارس عن الخصوصية؟' });
    await asker.send({ type: 'qa.ask', text: 'Who pays for the helplines?' });
    await asker.send({ type: 'floor.raise', intent: 'comment', label: null });
    await moderator.waitFor((s) => s.qa.questions.length === 2 && (s.floor?.queue.length ?? 0) === 1);

    const page = await open(session.links.moderator, { width: 1366, height: 768 }, false, 'ar');
    await page.getByTestId('cockpit-now-floor').waitFor();
    await page.getByTestId('qa-queue-item').nth(1).waitFor();
    await expect.poll(() => page.locator('body').textContent()).toContain(arStaff['moderator.console']);
    await checked(page, 'cockpit', violations);
    await screenshot(page, 'a11y-keyboard-cockpit-ar');

    await tabTo(page, `a.skip-link[href="#qa-queue-title"]`, { max: 5 });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('qa-queue-title');
    await tabTo(page, '[data-testid="qa-approve"]', { max: 3 });
    expect(await focusIndicatorDrawn(page)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('qa-queue-item').count()).toBe(1);
    await expect.poll(() => describeFocus(page)).toContain('qa-approve');
    await checked(page, 'approved one', violations);

    await tabTo(page, '[data-testid="cockpit-poll-open"]', { backwards: true, max: 60 });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('cockpit-poll').getAttribute('data-status')).toBe('open');
    expect(await focusOnBody(page)).toBe(false);
    await checked(page, 'poll open', violations);
    await tabTo(page, '[data-testid="cockpit-poll-close"]', { max: 10 });
    await page.keyboard.press('Enter');
    await expect.poll(() => moderator.state.polls.some((p) => p.status === 'closed')).toBe(true);
    expect(await focusOnBody(page)).toBe(false);

    await tabTo(page, '[data-testid="floor-give-next"]', { backwards: true, max: 60 });
    await page.keyboard.press('Enter');
    await expect.poll(() => moderator.state.floor?.current !== null).toBe(true);
    expect(await focusOnBody(page)).toBe(false);
    await checked(page, 'floor given', violations);

    await page.keyboard.press('?');
    await page.getByTestId('shortcut-help').waitFor();
    await checked(page, 'shortcut help', violations);
    await page.keyboard.press('Escape');

    // Right to left the detail tabs run from the right: Left goes on to the next one, Right back.
    const tabs = page.getByRole('tab');
    const selected = () => page.evaluate(() => document.querySelector('[role="tab"][aria-selected="true"]')?.id);
    const first = await tabs.first().getAttribute('id');
    const second = await tabs.nth(1).getAttribute('id');
    await tabs.first().click();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(selected).toBe(second);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(second);
    await page.keyboard.press('ArrowRight');
    await expect.poll(selected).toBe(first);
    await page.context().close();
    expect(violations).toEqual({});
    expect(errors).toEqual([]);
  });
});
