import { afterAll, describe, expect, it } from 'vitest';
import type { OpenFloorClient } from '../../src/client/openFloorClient.ts';
import { en } from '../../src/web/i18n/en.ts';
import { screenshot } from '../support/browser.ts';
import { e2eStage } from '../support/e2eStage.ts';
import { describeFocus, focusIndicatorDrawn, focusOnBody, markRegion, readRegion, tabTo } from '../support/keyboardWalk.ts';
import { publishQuestion, startSession } from '../support/startedSession.ts';

/**
 * Issue 18, part 2: the participant's and the moderator's main tasks by keyboard alone, with a
 * focus indicator at every stop (A11Y-5); focus never falls to <body> when the control that
 * had it goes away (A11Y-2); what matters to a participant is said in polite live regions that
 * were in the page before their text changed (A11Y-3); the console's skip links reach the
 * questions waiting in a few presses instead of 24 (A11Y-4).
 */
describe('keyboard only, focus and live regions', () => {
  const stage = e2eStage('e2e-keyboard.db');
  const { errors, open } = stage;
  const clients: OpenFloorClient[] = [];
  afterAll(() => clients.forEach((c) => c.close()));

  it('A11Y-2, A11Y-3, A11Y-5: a participant joins, accepts the code of conduct, reads the guidelines, votes, raises a hand, asks and upvotes by keyboard; focus stays on the page; the news is announced', async () => {
    const base = stage.server.baseUrl;
    const { session, moderator, participant: other } = await startSession(base, clients);
    await publishQuestion(moderator, other, 'How do we keep age checks private?');

    const page = await open(`${base}/j/${session.joinCode}`, { width: 375, height: 667 });
    await page.getByTestId('channel-online').waitFor();
    await tabTo(page, '[data-testid="channel-online"]');
    await page.keyboard.press('Enter');
    await page.getByTestId('conduct-gate').waitFor();
    // A11Y-2: the code of conduct, not <body>, has the focus once the room is chosen.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('conduct-gate-title');

    await tabTo(page, '[data-testid="conduct-accept"]');
    await page.keyboard.press('Enter');
    await page.getByTestId('conduct-gate').waitFor({ state: 'detached' });
    await expect.poll(() => focusOnBody(page), { message: 'A11Y-2: focus after accepting the code of conduct' }).toBe(false);
    expect(await page.evaluate(() => document.getElementById('main')?.contains(document.activeElement))).toBe(true);

    await markRegion(page, '[data-testid="participant-announcer"]', 'announcer');
    await tabTo(page, '[data-testid="guidelines-toggle"]');
    await page.keyboard.press('Enter');
    await page.getByTestId('guidelines-sheet').waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('guidelines-sheet').waitFor({ state: 'detached' });

    await moderator.send({ type: 'poll.open', pollId: moderator.state.polls[0]?.id ?? '' });
    await page.getByTestId('poll-option').first().waitFor();
    await tabTo(page, '[data-testid="poll-option"]', { backwards: true });
    await page.keyboard.press('Space');
    await tabTo(page, '[data-testid="vote-submit"]');
    await page.keyboard.press('Enter');
    await page.getByTestId('vote-confirmed').waitFor();
    // A11Y-2: the Vote button keeps the focus (it was disabled, and focus fell to <body>).
    expect(await describeFocus(page)).toContain('vote-submit');
    await expect.poll(() => readRegion(page, 'announcer')).toEqual({ text: en['poll.confirmed'], live: 'polite' });

    await tabTo(page, '[data-testid="floor-raise"]');
    await page.keyboard.press('Enter');
    await page.getByTestId('floor-position').waitFor();
    expect(await focusOnBody(page)).toBe(false);
    await expect.poll(() => readRegion(page, 'announcer')).toEqual({ text: en['floor.youAreNext'], live: 'polite' });

    await markRegion(page, '[data-testid="qa-sent-region"]', 'sent');
    expect(await readRegion(page, 'sent')).toEqual({ text: '', live: 'polite' });
    await tabTo(page, '[data-testid="qa-text"]');
    await page.keyboard.type('Will the report name the schools?');
    await tabTo(page, '[data-testid="qa-send"]');
    await page.keyboard.press('Enter');
    // A11Y-3: the same region, in the page before, now holds "Sent".
    await expect.poll(() => readRegion(page, 'sent')).toEqual({ text: en['qa.sentModerated'], live: 'polite' });
    await moderator.waitFor((s) => s.qa.questions.some((q) => q.status === 'pending'));
    const mine = moderator.state.qa.questions.find((q) => q.status === 'pending');
    if (mine) await moderator.send({ type: 'qa.approve', questionId: mine.id, version: mine.version });
    await expect.poll(() => readRegion(page, 'announcer')).toEqual({ text: en['a11y.questionPublished'], live: 'polite' });

    await tabTo(page, '[data-testid="qa-upvote"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('qa-upvote').first().getAttribute('aria-pressed')).toBe('true');
    expect(await focusOnBody(page)).toBe(false);

    await moderator.send({ type: 'floor.give', handId: null });
    await page.getByTestId('floor-speaking').waitFor();
    await expect.poll(() => readRegion(page, 'announcer')).toEqual({ text: en['floor.youHaveTheFloor'], live: 'polite' });
    await screenshot(page, 'a11y-keyboard-participant');
    await page.context().close();
    expect(errors).toEqual([]);
  });

  it("A11Y-2, A11Y-4, A11Y-5, A11Y-9: the moderator reaches the questions by skip link, approves, opens and closes a poll and gives the floor by keyboard; focus stays on the page after Approve; the one-key shortcuts turn off", async () => {
    const base = stage.server.baseUrl;
    const { session, moderator, participant: asker } = await startSession(base, clients);
    await asker.send({ type: 'qa.ask', text: 'What should schools teach about privacy?' });
    await asker.send({ type: 'qa.ask', text: 'Who pays for the helplines?' });
    await asker.send({ type: 'floor.raise', intent: 'comment', label: null });
    await moderator.waitFor((s) => s.qa.questions.length === 2 && (s.floor?.queue.length ?? 0) === 1);

    const page = await open(session.links.moderator, { width: 1366, height: 768 });
    await page.getByTestId('cockpit-now-floor').waitFor();
    await page.getByTestId('qa-queue-item').nth(1).waitFor();
    // A11Y-4: three presses to the skip link, Enter, one to Approve (24 Tabs before).
    const toLink = await tabTo(page, `a.skip-link[href="#qa-queue-title"]`, { max: 5 });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('qa-queue-title');
    const toApprove = await tabTo(page, '[data-testid="qa-approve"]', { max: 3 });
    expect(toLink + toApprove).toBeLessThanOrEqual(6);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('qa-queue-item').count()).toBe(1);
    // A11Y-2: focus goes on to the next question's Approve, not to <body>.
    await expect.poll(() => describeFocus(page)).toContain('qa-approve');
    expect(await focusIndicatorDrawn(page)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('qa-queue-item').count()).toBe(0);
    expect(await focusOnBody(page)).toBe(false);

    await tabTo(page, '[data-testid="cockpit-poll-open"]', { backwards: true, max: 60 });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('cockpit-poll').getAttribute('data-status')).toBe('open');
    expect(await focusOnBody(page)).toBe(false);
    await tabTo(page, '[data-testid="cockpit-poll-close"]', { max: 10 });
    await page.keyboard.press('Enter');
    await expect.poll(() => moderator.state.polls.some((p) => p.status === 'closed')).toBe(true);
    expect(await focusOnBody(page)).toBe(false);

    await tabTo(page, '[data-testid="floor-give-next"]', { backwards: true, max: 60 });
    await page.keyboard.press('Enter');
    await expect.poll(() => moderator.state.floor?.current !== null).toBe(true);
    expect(await focusOnBody(page)).toBe(false);

    // A11Y-9: the one-key shortcuts can be turned off in their help; E then ends no turn.
    await page.keyboard.press('?');
    await page.getByTestId('shortcut-help').waitFor();
    await tabTo(page, '[data-testid="shortcut-toggle"]', { backwards: true, max: 5 });
    await page.keyboard.press('Space');
    await page.keyboard.press('Escape');
    await page.getByTestId('shortcut-help').waitFor({ state: 'hidden' });
    await page.keyboard.press('e');
    await page.waitForTimeout(500);
    expect(moderator.state.floor?.current).not.toBeNull();
    await screenshot(page, 'a11y-keyboard-cockpit');
    await page.context().close();
    expect(errors).toEqual([]);
  });
});
