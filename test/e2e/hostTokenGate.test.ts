import { describe, expect, it } from 'vitest';
import { enStaff } from '../../src/web/i18n/en.staff.ts';
import { screenshot, type Page } from '../support/browser.ts';
import { e2eStage } from '../support/e2eStage.ts';
import { createInvite, createSession, TEST_HOST_TOKEN, tokenOf } from '../support/testServer.ts';

/**
 * The host token's prompt on the staff pages that need it (/host/organisers, /host/access,
 * /report): asked for when the tab has none, asked again saying so when the server refuses it,
 * kept in the tab once accepted. A rapporteur's link on /report is never asked for the host token.
 */
describe('the host token prompt of the staff pages', () => {
  const stage = e2eStage('e2e-host-token-gate.db');
  const { errors, open } = stage;
  const laptop = { width: 1280, height: 900 };
  const storedToken = (page: Page) => page.evaluate(() => sessionStorage.getItem('openfloor.hostToken'));

  /** Opens `path`, gives a wrong token, then the right one; `ready` is a test id the page shows once let in. */
  const walk = async (path: string, frame: { page: string; header: string }, ready: string) => {
    const page = await open(`${stage.server.baseUrl}${path}`, laptop);
    const prompt = page.locator(`.page.${frame.page} > header.${frame.header} + main#main > form.host-token`);
    await prompt.waitFor();
    expect(await prompt.getByRole('heading', { level: 2 }).textContent()).toBe(enStaff['host.token.title']);
    expect(await prompt.textContent()).toContain(enStaff['host.token.intro']);
    expect(await prompt.getByRole('alert').count()).toBe(0);

    await page.getByTestId('host-token-input').fill('not-the-host-token-0123456789');
    await page.getByTestId('host-token-submit').click();
    await expect.poll(() => prompt.getByRole('alert').textContent()).toBe(enStaff['host.token.rejected']);
    expect(await page.getByTestId('host-token-input').inputValue()).toBe('');
    expect(await storedToken(page)).toBeNull();
    await screenshot(page, `host-token-refused-${path.replace(/#.*$/, '').replace(/\W+/g, '-').replace(/^-/, '')}`);

    await page.getByTestId('host-token-input').fill(TEST_HOST_TOKEN);
    await page.getByTestId('host-token-submit').click();
    await page.getByTestId(ready).waitFor();
    expect(await page.getByTestId('host-token-input').count()).toBe(0);
    expect(await storedToken(page)).toBe(TEST_HOST_TOKEN);
    await page.context().close();
  };

  it('ORG-5: /host/organisers asks for the token, again when refused, then shows the page', async () => {
    await walk('/host/organisers', { page: 'host-access', header: 'host-access-header' }, 'organiser-create');
  });

  it('ROLE-1: /host/access asks for the token, again when refused, then shows the links', async () => {
    const session = await createSession(stage.server.baseUrl);
    await walk(`/host/access#${session.id}`, { page: 'host-access', header: 'host-access-header' }, 'invite-table');
  });

  it('REPORT-3: /report asks the host for the token, again when refused; a rapporteur link is never asked', async () => {
    const session = await createSession(stage.server.baseUrl);
    await walk(`/report#${session.id}`, { page: 'report-page', header: 'report-header' }, 'report-summary');

    const rapporteur = await createInvite(stage.server.baseUrl, session.id, { role: 'rapporteur', label: 'Rapporteur' });
    const page = await open(`${stage.server.baseUrl}/report#${session.id}/${tokenOf(rapporteur.link)}`, laptop);
    await page.getByTestId('report-summary').waitFor();
    expect(await page.getByTestId('host-token-input').count()).toBe(0);
    await page.context().close();
    // The refused tokens answer 401: the browser logs those, nothing else may fail.
    expect(errors.filter((e) => !/status of 401/.test(e))).toEqual([]);
  });
});
