import { describe, expect, it } from 'vitest';
import { screenshot, type Page } from '../support/browser.ts';
import { showPane } from '../support/cockpitPanes.ts';
import { e2eStage } from '../support/e2eStage.ts';

/**
 * The first slice end to end, in Debian's Chromium: a moderator, the projector and two
 * participants (one in the room, one online), each in their own browser context, against
 * the real server. A vote shows on the projector.
 */
describe('live poll end to end', () => {
  const stage = e2eStage('e2e.db');
  const { errors, open } = stage;

  async function joinAs(channel: 'onsite' | 'online'): Promise<Page> {
    const page = await open(`${stage.server.baseUrl}/`, { width: 390, height: 844 }, true);
    await page.getByTestId('join-code-input').fill(`${stage.server.demo.joinCode.slice(0, 3)} ${stage.server.demo.joinCode.slice(3)}`);
    await page.getByTestId('join-submit').click();
    await page.getByTestId(`channel-${channel}`).click();
    // The demo session has a code of conduct, accepted before a first vote (GUIDE-3).
    await page.getByTestId('conduct-accept').click();
    await page.getByTestId('conduct-gate').waitFor({ state: 'detached' });
    return page;
  }

  it('POLL-7, PRIV-2: moderator opens a poll, two participants vote, the projector shows it live', async () => {
    const moderator = await open(stage.server.demo.moderator, { width: 1440, height: 900 });
    const projector = await open(stage.server.demo.projector, { width: 1920, height: 1080 });
    await expect.poll(() => projector.getByTestId('projector-join-code').textContent()).toContain(stage.server.demo.joinCode.slice(0, 3));
    await projector.getByTestId('projector-qr').locator('svg').waitFor();
    await screenshot(projector, 'projector-waiting');

    const onsite = await joinAs('onsite');
    const online = await joinAs('online');
    await screenshot(onsite, 'participant-waiting');

    // The first prepared poll of the round table: single choice, live results.
    await showPane(moderator, 'polls');
    const firstPoll = moderator.getByTestId('moderator-poll').first();
    await firstPoll.waitFor();
    await screenshot(moderator, 'moderator-drafts');
    await firstPoll.getByTestId('poll-open').click();

    await projector.getByTestId('projector-question').waitFor();
    for (const [page, option] of [[onsite, 'o1'], [online, 'o4']] as const) {
      await page.locator(`[data-testid="poll-option"][value="${option}"]`).check();
      await page.getByTestId('vote-submit').click();
      await page.getByTestId('vote-confirmed').waitFor();
    }
    await expect.poll(() => projector.getByTestId('projector-total').textContent()).toContain('2');
    await expect.poll(() => projector.locator('[data-testid="projector-bar"][data-option-id="o1"]').getAttribute('data-count')).toBe('1');
    await expect.poll(() => projector.locator('[data-testid="projector-bar"][data-option-id="o4"]').getAttribute('data-count')).toBe('1');
    await expect.poll(() => online.getByTestId('participant-bar').count()).toBe(4);
    await screenshot(projector, 'projector-live-results');
    await screenshot(onsite, 'participant-voted');
    await screenshot(online, 'participant-online-voted');
    await screenshot(moderator, 'moderator-live');

    // The online participant changes their mind: the projector follows.
    await online.locator('[data-testid="poll-option"][value="o1"]').check();
    await online.getByTestId('vote-submit').click();
    await expect.poll(() => projector.locator('[data-testid="projector-bar"][data-option-id="o1"]').getAttribute('data-count')).toBe('2');
    await expect.poll(() => projector.getByTestId('projector-total').textContent()).toContain('2');

    // The moderator closes it and opens one whose results stay hidden until revealed: the
    // projector shows the number of votes, not the bars.
    await firstPoll.getByTestId('poll-close').click();
    const hidden = moderator.getByTestId('moderator-poll').nth(2);
    const hiddenId = await hidden.getAttribute('data-poll-id');
    await hidden.getByTestId('poll-open').click();
    const hiddenCard = onsite.locator(`[data-testid="participant-poll"][data-poll-id="${hiddenId}"]`);
    await hiddenCard.locator('[data-testid="poll-option"][value="o2"]').check();
    await hiddenCard.getByTestId('vote-submit').click();
    await hiddenCard.getByTestId('vote-confirmed').waitFor();
    await expect.poll(() => hiddenCard.getByTestId('participant-results').textContent()).toContain('1');
    expect(await hiddenCard.getByTestId('participant-bar').count()).toBe(0);
    await expect.poll(() => projector.getByTestId('projector-total').textContent()).toContain('1');
    expect(await projector.locator('[data-testid="projector-bar"][data-count]').count()).toBe(0);
    await screenshot(projector, 'projector-hidden-results');
    await hidden.getByTestId('poll-reveal').click();
    await expect.poll(() => projector.locator('[data-testid="projector-bar"][data-option-id="o2"]').getAttribute('data-count')).toBe('1');
    await screenshot(projector, 'projector-revealed');
    await expect.poll(() => hiddenCard.getByTestId('participant-bar').count()).toBe(4);
    await screenshot(onsite, 'participant-revealed');

    expect(errors).toEqual([]);
  });
});
