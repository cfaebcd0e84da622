import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser.ts';
import { e2eStage } from '../support/e2eStage.ts';

/**
 * WEB-6: the room choice is in the HTML the server sends for a join link, in the browser's
 * language, and a tap on it works before the app's scripts have run.
 */
describe('the room choice before the app runs', () => {
  const stage = e2eStage('e2e-join-shell.db');
  const { open } = stage;

  it('WEB-6: with the scripts held back the French room choice shows; a tap on it joins once the app runs', async () => {
    const code = stage.server.demo.joinCode;
    const url = `${stage.server.baseUrl}/j/${code}`;
    const page = await open(`${stage.server.baseUrl}/privacy`, { width: 360, height: 640 }, true, 'fr-FR');
    // The app's scripts never arrive: what shows is the server's HTML alone.
    await page.route('**/assets/*.js', (route) => route.abort());
    await page.goto(url);
    const onsite = page.getByTestId('channel-onsite');
    await onsite.waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await onsite.textContent()).toContain('Dans la salle');
    expect(await page.locator('[data-shell="join"]').count()).toBe(1);
    await screenshot(page, 'join-shell-before-app');

    // The tap before the app: a plain form sends the choice in the address.
    await onsite.click();
    await page.waitForURL(/\?room=onsite$/);
    // Now the scripts come: the app joins in the room without asking again, and tidies the address.
    await page.unroute('**/assets/*.js');
    await page.reload();
    await page.getByTestId('conduct-accept').waitFor({ timeout: 20_000 });
    expect(new URL(page.url()).search).toBe('');
    expect(await page.locator('[data-shell]').count()).toBe(0);
    stage.errors.splice(0);
  }, 60_000);
});
