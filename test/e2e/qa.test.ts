import { describe, expect, it } from 'vitest';
import { screenshot, type Page } from '../support/browser.ts';
import { e2eStage } from '../support/e2eStage.ts';

/**
 * The Q&A end to end, in Debian's Chromium, on the demo round table (youth mode: questions are
 * pre-moderated, filters on): an onsite and an online participant ask, the filters hold the one
 * with an e-mail address, the moderator edits it then approves, participants upvote, the online
 * moderator forwards the online question, and "Next question" puts it on the projector.
 */
describe('the Q&A end to end', () => {
  const stage = e2eStage('e2e-qa.db', { TALLY_INTERVAL_MS: '50' });
  const { errors, open } = stage;

  async function participant(channel: 'onsite' | 'online'): Promise<Page> {
    const page = await open(stage.server.demo.participant, { width: 390, height: 844 }, true);
    await page.getByTestId(`channel-${channel}`).click();
    // The demo session has a code of conduct, accepted before a first question (GUIDE-3).
    await page.getByTestId('conduct-accept').click();
    await page.getByTestId('conduct-gate').waitFor({ state: 'detached' });
    await page.getByTestId('qa-text').waitFor();
    return page;
  }

  async function ask(page: Page, text: string): Promise<void> {
    await page.getByTestId('qa-text').fill(text);
    await expect.poll(() => page.getByTestId('qa-counter').textContent()).toContain(`${String([...text].length)} / 280`);
    await page.getByTestId('qa-send').click();
  }

  it('QA-1, QA-3, QA-4, QA-6, QA-7, QA-9, QA-11: ask from the room and online, moderate, upvote, relay, now answering on the projector', async () => {
    const moderator = await open(stage.server.demo.moderator, { width: 1440, height: 900 });
    const onlineModerator = await open(stage.server.demo.onlineModerator, { width: 1440, height: 900 });
    const projector = await open(stage.server.demo.projector, { width: 1920, height: 1080 });
    await moderator.getByTestId('qa-panel').waitFor();

    const onsite = await participant('onsite');
    const online = await participant('online');
    const roomQuestion = 'How can schools and parents work together on online safety?';
    const heldQuestion = 'I am 13 and my email is sam.k@example.org: who can I talk to if a stranger bothers me online?';
    const cleanedQuestion = 'Who can a child talk to if a stranger bothers them online?';
    await ask(onsite, roomQuestion);
    await expect.poll(() => onsite.getByTestId('qa-mine-status').first().textContent()).toBe('Waiting for a moderator');
    await screenshot(onsite, 'qa-participant-pending');
    await ask(online, heldQuestion);
    await expect.poll(() => online.getByTestId('qa-mine-status').first().textContent()).toBe('Held for review');
    await screenshot(online, 'qa-participant-held');

    // Both moderators see the same queue, live; the held one with what the filters found.
    for (const page of [moderator, onlineModerator]) await expect.poll(() => page.getByTestId('qa-queue-item').count()).toBe(2);
    const held = moderator.locator('[data-testid="qa-queue-item"][data-status="held"]');
    await expect.poll(() => held.getByTestId('qa-flag').allTextContents()).toContain('E-mail address');
    await screenshot(moderator, 'qa-moderator-queue');

    // Nothing is published yet: neither participant nor the projector shows either question.
    expect(await onsite.getByTestId('qa-published-item').count()).toBe(0);
    expect(await onsite.content()).not.toContain('sam.k@example.org');
    expect(await projector.content()).not.toContain(roomQuestion);

    // Edit out the personal data, then approve; approve the other as it is.
    await held.getByTestId('qa-mod-edit').click();
    await held.getByTestId('qa-mod-edit-text').fill(cleanedQuestion);
    await held.getByTestId('qa-mod-save-approve').click();
    await moderator.locator('[data-testid="qa-queue-item"]').getByTestId('qa-approve').click();
    await expect.poll(() => moderator.getByTestId('qa-queue-item').count()).toBe(0);
    await expect.poll(() => onlineModerator.getByTestId('qa-queue-item').count()).toBe(0);
    for (const page of [onsite, online]) await expect.poll(() => page.getByTestId('qa-published-item').count()).toBe(2);
    await expect.poll(() => online.getByTestId('qa-mine-status').first().textContent()).toBe('Published');
    expect(await onsite.content()).not.toContain('sam.k@example.org');

    // Upvotes: the room upvotes the online question; toggling twice leaves one.
    const onlineItem = onsite.locator('[data-testid="qa-published-item"]', { hasText: cleanedQuestion });
    await onlineItem.getByTestId('qa-upvote').click();
    await expect.poll(() => onlineItem.getByTestId('qa-upvote').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => onlineItem.getByTestId('qa-upvotes').textContent()).toBe('1 upvote');
    // QA-15: its author sees the count of their own question, without a button to upvote it.
    const fromOnline = online.locator('[data-testid="qa-published-item"]', { hasText: cleanedQuestion });
    await expect.poll(() => fromOnline.getByTestId('qa-upvotes').textContent()).toBe('1 upvote');
    expect(await fromOnline.getByTestId('qa-upvote').count()).toBe(0);
    await onlineItem.getByTestId('qa-upvote').click();
    await expect.poll(() => onlineItem.getByTestId('qa-upvotes').textContent()).toBe('0 upvotes');
    await onlineItem.getByTestId('qa-upvote').click();
    await expect.poll(() => onlineItem.getByTestId('qa-upvotes').textContent()).toBe('1 upvote');
    await expect.poll(() => fromOnline.getByTestId('qa-upvotes').textContent()).toBe('1 upvote');
    await onsite.getByTestId('qa-sort-recent').check();
    await expect.poll(() => onsite.getByTestId('qa-published-item').first().textContent()).toContain(cleanedQuestion);
    await screenshot(onsite, 'qa-participant-published');

    // The online moderator relays the online question to the room; the counts follow.
    const relay = onlineModerator.getByTestId('qa-relay');
    await relay.getByTestId('qa-forward').click();
    await expect.poll(() => relay.getByTestId('qa-relay-row-online').textContent()).toBe('Online110');
    await relay.scrollIntoViewIfNeeded();
    await screenshot(onlineModerator, 'qa-online-moderator-relay');

    // Next question by the policy (most upvoted) puts it on the big screen, large.
    await moderator.getByTestId('qa-next').click();
    await expect.poll(() => projector.getByTestId('projector-question-text').textContent()).toBe(cleanedQuestion);
    await expect.poll(() => moderator.getByTestId('qa-now-text').textContent()).toBe(cleanedQuestion);
    await screenshot(projector, 'qa-projector-now-answering');
    await screenshot(moderator, 'qa-moderator-now-answering');
    await expect.poll(() => onsite.locator('[data-testid="qa-published-item"][data-now="true"]').count()).toBe(1);

    await moderator.locator('[data-testid="qa-published-mod-item"][data-now="true"]').getByTestId('qa-answer').click();
    await expect.poll(() => projector.getByTestId('projector-question').count()).toBe(0);
    await expect.poll(() => online.getByTestId('qa-mine-status').first().textContent()).toBe('Answered');
    await expect.poll(() => relay.getByTestId('qa-relay-row-online').textContent()).toBe('Online111');
    expect(errors).toEqual([]);
  });

  it('QA-14: an author changes a question while the moderator reads it: the console marks it, shows both texts, and approves only once the new one is read', async () => {
    const moderator = await open(stage.server.demo.moderator, { width: 1440, height: 900 });
    await moderator.getByTestId('qa-panel').waitFor();
    const author = await participant('online');
    const readText = 'Should phones stay in lockers during school hours?';
    const swapText = 'Should phones stay in lockers, and who checks the lockers?';
    await ask(author, readText);
    const item = moderator.locator('[data-testid="qa-queue-item"]', { hasText: readText });
    await expect.poll(() => item.getByTestId('qa-approve').count()).toBe(1);

    await author.getByTestId('qa-edit').first().click();
    await author.getByTestId('qa-edit-text').fill(swapText);
    await author.getByTestId('qa-edit-save').click();

    // The item keeps the text read beside the new one; Approve waits until the new one is read.
    const changed = moderator.locator('[data-testid="qa-queue-item"][data-changed="true"]');
    await expect.poll(() => changed.getByTestId('qa-queue-text').textContent()).toBe(swapText);
    expect(await changed.getByTestId('qa-changed-before').textContent()).toBe(`You read: ${readText}`);
    expect(await changed.getByTestId('qa-approve').count()).toBe(0);
    await changed.scrollIntoViewIfNeeded();
    await screenshot(moderator, 'qa-moderator-changed-while-reading');
    await changed.getByTestId('qa-changed-read').click();
    await expect.poll(() => moderator.locator('[data-testid="qa-queue-item"][data-changed="true"]').count()).toBe(0);
    await moderator.locator('[data-testid="qa-queue-item"]', { hasText: swapText }).getByTestId('qa-approve').click();
    await expect.poll(() => author.getByTestId('qa-mine-status').first().textContent()).toBe('Published');
    expect(await moderator.getByTestId('command-error').textContent()).toBe('');
    expect(errors).toEqual([]);
  });
});
