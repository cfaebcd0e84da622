import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { screenshot, type Page } from '../support/browser.ts';
import { showPane } from '../support/cockpitPanes.ts';
import { e2eStage } from '../support/e2eStage.ts';

/**
 * The poll kinds of issue 15 end to end in Chromium: each created and launched from the
 * cockpit, answered from an onsite and an online phone, and shown on the projector as the
 * shared SVG chart (a screenshot of each is written to test-results/screenshots/).
 */
describe('poll kinds end to end (POLL-20..POLL-31)', () => {
  const stage = e2eStage('e2e-poll-kinds.db');
  const { errors, open } = stage;

  async function joinAs(channel: 'onsite' | 'online'): Promise<Page> {
    const page = await open(`${stage.server.baseUrl}/`, { width: 390, height: 844 }, true);
    await page.getByTestId('join-code-input').fill(stage.server.demo.joinCode);
    await page.getByTestId('join-submit').click();
    await page.getByTestId(`channel-${channel}`).click();
    await page.getByTestId('conduct-accept').click();
    await page.getByTestId('conduct-gate').waitFor({ state: 'detached' });
    return page;
  }

  /** Creates a poll from the cockpit's form and opens it; returns its id. */
  async function createAndOpen(moderator: Page, fill: () => Promise<void>): Promise<string> {
    const before = await moderator.getByTestId('moderator-poll').count();
    await fill();
    await moderator.getByTestId('new-poll-submit').click();
    await expect.poll(() => moderator.getByTestId('moderator-poll').count()).toBe(before + 1);
    const card = moderator.getByTestId('moderator-poll').last();
    const id = (await card.getAttribute('data-poll-id')) ?? '';
    await card.getByTestId('poll-open').click();
    await expect.poll(() => card.getAttribute('data-status')).toBe('open');
    return id;
  }

  async function close(moderator: Page, id: string): Promise<void> {
    const card = moderator.locator(`[data-testid="moderator-poll"][data-poll-id="${id}"]`);
    await card.getByTestId('poll-close').click();
    await expect.poll(() => card.getAttribute('data-status')).toBe('closed');
  }

  const card = (page: Page, id: string) => page.locator(`[data-testid="participant-poll"][data-poll-id="${id}"]`);
  const projectorChart = (projector: Page) => projector.getByTestId('projector-chart');

  async function send(page: Page, id: string): Promise<void> {
    const poll = card(page, id);
    await poll.getByTestId('vote-submit').click();
    await poll.getByTestId('vote-confirmed').waitFor();
  }

  it('POLL-22..POLL-26: rating, ranking, word cloud, open text and quiz from the cockpit to the phones to the projector', async () => {
    const moderator = await open(stage.server.demo.moderator, { width: 1440, height: 900 });
    const projector = await open(stage.server.demo.projector, { width: 1920, height: 1080 });
    const onsite = await joinAs('onsite');
    const online = await joinAs('online');
    await showPane(moderator, 'polls');
    const question = moderator.getByTestId('new-poll-question');
    const kind = moderator.getByTestId('new-poll-kind');

    // Rating: a 1–5 scale with labelled ends; 4 and 5 make a mean of 4.5 (POLL-22).
    const rating = await createAndOpen(moderator, async () => {
      await question.fill('How safe do children feel online?');
      await kind.selectOption('rating');
      await moderator.getByTestId('new-poll-min-label').fill('Not safe at all');
      await moderator.getByTestId('new-poll-max-label').fill('Completely safe');
    });
    for (const [page, option] of [[onsite, 'o4'], [online, 'o5']] as const) {
      await card(page, rating).locator(`[data-testid="poll-option"][value="${option}"]`).check();
      await send(page, rating);
    }
    await expect.poll(() => projectorChart(projector).textContent()).toContain('Mean 4.5 on a scale of 1 to 5');
    expect(await projectorChart(projector).textContent()).toContain('Completely safe');
    expect(await projectorChart(projector).locator('svg[role="img"] title').count()).toBe(1);
    await screenshot(projector, 'poll-kinds-rating');
    await screenshot(onsite, 'poll-kinds-rating-phone');
    await close(moderator, rating);

    // Ranking: onsite B, A, C; online A, C, B: A leads on Borda score (POLL-23).
    const ranking = await createAndOpen(moderator, async () => {
      await question.fill('Which matters most?');
      await kind.selectOption('ranking');
      const options = moderator.getByTestId('new-poll-option');
      await options.nth(0).fill('Alpha');
      await options.nth(1).fill('Beta');
      await moderator.getByTestId('new-poll-add-option').click();
      await options.nth(2).fill('Gamma');
    });
    await card(onsite, ranking).getByTestId('rank-down').first().click();
    await send(onsite, ranking);
    await card(online, ranking).getByTestId('rank-up').nth(2).click();
    await send(online, ranking);
    await expect.poll(() => projectorChart(projector).locator('tbody th').first().textContent()).toBe('Alpha');
    expect(await projectorChart(projector).locator('tbody tr').nth(0).textContent()).toContain('3');
    await screenshot(projector, 'poll-kinds-ranking');
    await screenshot(online, 'poll-kinds-ranking-phone');
    await close(moderator, ranking);

    // Word cloud: words normalised and stop words dropped; the moderator hides one (POLL-24).
    const cloud = await createAndOpen(moderator, async () => {
      await question.fill('One word for the internet you want');
      await kind.selectOption('wordcloud');
    });
    const onsiteWords = card(onsite, cloud).getByTestId('poll-entry');
    await onsiteWords.nth(0).fill('Safety!');
    await onsiteWords.nth(1).fill('the trust');
    await send(onsite, cloud);
    await card(online, cloud).getByTestId('poll-entry').nth(0).fill('safety');
    await send(online, cloud);
    await expect.poll(() => projectorChart(projector).locator('.poll-chart-word').allTextContents()).toEqual(['safety', 'trust']);
    await screenshot(projector, 'poll-kinds-wordcloud');
    const cockpitCard = moderator.locator(`[data-testid="moderator-poll"][data-poll-id="${cloud}"]`);
    await cockpitCard.locator('[data-testid="poll-entry-row"]', { hasText: 'trust' }).getByTestId('poll-entry-hide').click();
    await expect.poll(() => projectorChart(projector).locator('.poll-chart-word').allTextContents()).toEqual(['safety']);
    await close(moderator, cloud);

    // Open text: youth mode pre-moderates, so an answer shows only once approved (POLL-25).
    const text = await createAndOpen(moderator, async () => {
      await question.fill('What should platforms do first?');
      await kind.selectOption('open_text');
    });
    await card(onsite, text).getByTestId('poll-entry').fill('Listen to   children');
    await send(onsite, text);
    await card(online, text).getByTestId('poll-entry').fill('Safety by design');
    await send(online, text);
    const textCard = moderator.locator(`[data-testid="moderator-poll"][data-poll-id="${text}"]`);
    await expect.poll(() => textCard.getByTestId('poll-entry-row').count()).toBe(2);
    expect(await projectorChart(projector).textContent()).not.toContain('Safety by design');
    await textCard.locator('[data-testid="poll-entry-row"]', { hasText: 'Listen to children' }).getByTestId('poll-entry-approve').click();
    await expect.poll(() => projectorChart(projector).textContent()).toContain('Listen to children');
    expect(await projectorChart(projector).textContent()).not.toContain('Safety by design');
    await screenshot(projector, 'poll-kinds-open-text');
    await close(moderator, text);

    // Quiz: the correct answer shows once closed, with the class result only (POLL-26, POLL-27).
    const quiz = await createAndOpen(moderator, async () => {
      await question.fill('Minimum age on most social networks?');
      await kind.selectOption('quiz');
      const options = moderator.getByTestId('new-poll-option');
      await options.nth(0).fill('13');
      await options.nth(1).fill('18');
      await moderator.getByTestId('new-poll-correct').selectOption('0');
      // Long enough that the moderator, not the timer (POLL-50), closes it on a slow machine.
      await moderator.getByTestId('new-poll-timer').fill('600');
    });
    await expect.poll(() => card(onsite, quiz).getByTestId('quiz-timer').textContent()).toMatch(/s left/u);
    await card(onsite, quiz).locator('[data-testid="poll-option"][value="o1"]').check();
    await send(onsite, quiz);
    await card(online, quiz).locator('[data-testid="poll-option"][value="o2"]').check();
    await send(online, quiz);
    await expect.poll(() => projector.getByTestId('projector-total').textContent()).toContain('2');
    expect(await projectorChart(projector).textContent()).not.toContain('correct');
    await close(moderator, quiz);
    await expect.poll(() => projectorChart(projector).textContent()).toContain('✓ 13 (correct)');
    await screenshot(projector, 'poll-kinds-quiz');
    await screenshot(moderator, 'poll-kinds-cockpit');

    // POLL-51: the cockpit downloads the quiz's chart as a PNG that is not blank.
    const quizCard = moderator.locator(`[data-testid="moderator-poll"][data-poll-id="${quiz}"]`);
    const [download] = await Promise.all([moderator.waitForEvent('download'), quizCard.getByTestId('poll-download-png').click()]);
    expect(download.suggestedFilename()).toBe(`poll-${quiz.slice(0, 8)}.png`);
    const png = PNG.sync.read(readFileSync(await download.path()));
    expect(png.width).toBe(1600);
    let inked = 0;
    for (let i = 0; i < png.data.length; i += 4) if ((png.data[i] ?? 255) < 200 || (png.data[i + 1] ?? 255) < 200 || (png.data[i + 2] ?? 255) < 200) inked++;
    expect(inked).toBeGreaterThan(png.width * png.height * 0.02);

    expect(errors).toEqual([]);
  });
});
