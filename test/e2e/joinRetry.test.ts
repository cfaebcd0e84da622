import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser.ts';
import { e2eStage } from '../support/e2eStage.ts';

/**
 * A refused join page waits out the server's Retry-After by itself (LIMIT-5): a real server
 * whose wrong-code limit is one miss per three seconds, so that the wait is short.
 */
describe('join page retries by itself after a 429', () => {
  const stage = e2eStage('e2e-join-retry.db', { JOIN_CODE_MISSES_PER_IP: '1', JOIN_CODE_MISS_WINDOW_SECONDS: '3' });
  const { errors, open } = stage;

  it('LIMIT-5: after a wrong code the right one first shows a countdown, then the session, without a reload', async () => {
    const code = stage.server.demo.joinCode;
    const wrong = code === '111111111' ? '222222222' : '111111111';
    const page = await open(`${stage.server.baseUrl}/j/${wrong}`, { width: 390, height: 844 }, true);
    await page.getByText(/No session uses the code/).waitFor();

    // The same phone (the same address) opens the right code while the miss still counts.
    await page.goto(`${stage.server.baseUrl}/j/${code}`);
    const countdown = page.getByTestId('retry-countdown');
    await countdown.waitFor();
    expect(await countdown.textContent()).toMatch(/trying again in \d+ s/);
    await screenshot(page, 'join-retry-countdown');
    // It counts down (or has already finished counting).
    const first = await countdown.textContent();
    await expect.poll(async () => ((await countdown.count()) === 0 ? 'gone' : await countdown.textContent()), { timeout: 10_000 }).not.toBe(first);

    // No click, no reload: the page looks the code up again and asks the join question.
    await page.getByTestId('channel-onsite').waitFor({ timeout: 15_000 });
    await page.getByTestId('channel-onsite').click();
    await page.getByTestId('conduct-accept').waitFor();
    // The refused requests are the only console errors (Chromium logs every 4xx).
    expect(errors.filter((e) => !/status of (404|429)/.test(e))).toEqual([]);
  }, 60_000);
});
