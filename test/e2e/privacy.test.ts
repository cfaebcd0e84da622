import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser.ts';
import { showPane } from '../support/cockpitPanes.ts';
import { e2eStage } from '../support/e2eStage.ts';

/**
 * Privacy in the pages (PRIV-7..PRIV-9): the join page links to the short privacy page, which
 * loads nothing from elsewhere; youth mode asks for no gender and keeps a moderator's label off
 * the big screen; and the stage's check of other origins (every e2e test has it) does see one.
 */
describe('privacy in the pages', () => {
  const stage = e2eStage('e2e-privacy.db');
  const { errors, open } = stage;
  const phone = { width: 390, height: 844 };

  it('PRIV-9: the join page links to /privacy, which reads in plain words and goes back to the join page', async () => {
    const joinUrl = `${stage.server.baseUrl}/j/${stage.server.demo.joinCode}`;
    const page = await open(joinUrl, phone, true);
    await page.getByTestId('channel-onsite').waitFor();
    const link = page.getByTestId('privacy-link');
    expect(await link.textContent()).toBe('How we use your data');
    expect(await link.getAttribute('href')).toBe('/privacy');
    await link.click();
    await page.getByRole('heading', { level: 1, name: 'Your privacy' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/privacy');
    const text = await page.locator('main').innerText();
    for (const heading of ['What we keep', 'What we never keep', 'Who sees what', 'How long we keep it', 'Your choices']) expect(text).toContain(heading);
    expect(text).toContain('30 days');
    expect(await page.title()).toBe('Your privacy · OpenFloor');
    await screenshot(page, 'privacy-page');
    await page.getByTestId('privacy-back').click();
    await page.getByTestId('channel-onsite').waitFor();
    expect(page.url()).toBe(joinUrl);

    // The page is served at its own address too (a link shared or opened in a new tab).
    const direct = await open(`${stage.server.baseUrl}/privacy`, phone, true);
    await direct.getByRole('heading', { level: 1, name: 'Your privacy' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('PRIV-7: in youth mode "About you" has no gender field, and a label a moderator types stays off the big screen', async () => {
    const participant = await open(stage.server.demo.participant, phone, true);
    await participant.getByTestId('channel-online').click();
    await participant.getByTestId('conduct-accept').click();
    await participant.getByTestId('about-you').click();
    await participant.getByTestId('declare-stakeholderGroup').waitFor();
    expect(await participant.getByTestId('declare-regionalGroup').count()).toBe(1);
    expect(await participant.getByTestId('declare-gender').count()).toBe(0);

    const moderator = await open(stage.server.demo.moderator, { width: 1440, height: 900 });
    const projector = await open(stage.server.demo.projector, { width: 1920, height: 1080 });
    // The add form lives in the cockpit's queue pane (COCKPIT-1).
    await showPane(moderator, 'queue');
    await moderator.getByTestId('floor-add-youth').waitFor();
    await moderator.getByTestId('floor-add-label').fill('Amira, red jumper');
    await moderator.getByTestId('floor-add-submit').click();
    await expect.poll(() => moderator.getByTestId('floor-queue-item').first().textContent()).toContain('Amira, red jumper');
    await moderator.getByTestId('floor-give-next').click();
    const speaker = projector.getByTestId('projector-speaker');
    await speaker.waitFor();
    await expect.poll(() => speaker.textContent()).toContain('Participant');
    expect(await projector.locator('body').innerText()).not.toContain('Amira');
    await screenshot(projector, 'privacy-projector-youth-label');
    await moderator.getByTestId('floor-end').click();
    expect(errors).toEqual([]);
  });

  it('PRIV-8: the check of other origins sees a request to one (here the same server under another name)', async () => {
    const page = await open(`${stage.server.baseUrl}/privacy`, phone, true);
    await page.getByRole('heading', { level: 1, name: 'Your privacy' }).waitFor();
    expect(stage.takeThirdPartyRequests()).toEqual([]);
    // localhost and 127.0.0.1 are two origins: to the check, a font or a script from another host.
    const elsewhere = `http://localhost:${String(stage.server.port)}/privacy`;
    await page.goto(elsewhere);
    await page.getByRole('heading', { level: 1, name: 'Your privacy' }).waitFor();
    const found = stage.takeThirdPartyRequests();
    expect(found.some((r) => r.includes(elsewhere))).toBe(true);
    expect(found.every((r) => r.includes('localhost'))).toBe(true);
  });
});
