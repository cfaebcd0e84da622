import { describe, expect, it } from 'vitest';
import { en } from '../../src/web/i18n/en.ts';
import { screenshot } from '../support/browser.ts';
import { e2eStage } from '../support/e2eStage.ts';

/**
 * No dead ends (issue 14): a broken role link says so within seconds and names the page's
 * role (PROTO-3), and a wrong address shows the app's "page not found" with a way back (WEB-2).
 */
describe('dead ends end to end', () => {
  const stage = e2eStage('e2e-dead-ends.db');
  const { errors, open } = stage;
  const phone = { width: 375, height: 667 };

  it('PROTO-3: a malformed or unknown rapporteur or speaker link is refused within seconds, naming the right role', async () => {
    const cases = [
      { path: '/rapporteur#abc', testId: 'rapporteur-refused', text: en['rapporteur.invalid'] },
      { path: `/rapporteur#${'u'.repeat(43)}`, testId: 'rapporteur-refused', text: en['rapporteur.invalid'] },
      { path: '/speaker#abc', testId: 'speaker-refused', text: en['speaker.invalid'] },
      { path: `/speaker#${'x'.repeat(600)}`, testId: 'speaker-refused', text: en['speaker.invalid'] },
    ];
    for (const { path, testId, text } of cases) {
      const page = await open(`${stage.server.baseUrl}${path}`, phone);
      // Well before the hello deadline (5 s), after which the old page reconnected for ever.
      await expect.poll(() => page.getByTestId(testId).textContent(), { timeout: 4_000 }).toBe(text);
      if (path === '/rapporteur#abc') await screenshot(page, 'dead-end-rapporteur-link');
      await page.context().close();
    }
    expect(errors.filter((e) => !/status of 40[14]/.test(e))).toEqual([]);
  });

  it('WEB-2: a wrong address shows "page not found" (status 404) with a way back to the join page', async () => {
    const page = await open(`${stage.server.baseUrl}/moderator/old-link`, phone);
    const response = await page.goto(`${stage.server.baseUrl}/no/such/page`);
    expect(response?.status()).toBe(404);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(en['notFound.title']);
    await screenshot(page, 'dead-end-not-found');
    await page.getByRole('link', { name: en['notFound.home'] }).click();
    await page.getByTestId('join-code-input').waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await page.context().close();
  });
});
