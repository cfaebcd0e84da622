import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser.ts';
import { e2eStage } from '../support/e2eStage.ts';
import { createSession, TEST_HOST_TOKEN } from '../support/testServer.ts';

/**
 * Organisers end to end in Debian's Chromium (ORG-1, ORG-3, ORG-5): the deployment's admin
 * makes an organiser link for one session on /host/organisers; the organiser opens it and the
 * host page shows only that session.
 */
describe('organiser links end to end', () => {
  const stage = e2eStage('e2e-organisers.db');
  const { errors, open } = stage;

  it('ORG-5, ORG-3: the admin makes an organiser link; the organiser opens the host page and sees only their session', async () => {
    const agenda = [{ title: 'Opening', plannedMinutes: 5, kind: 'opening' }];
    await createSession(stage.server.baseUrl, { plan: { title: 'Room A: child online safety', agenda } });
    await createSession(stage.server.baseUrl, { plan: { title: 'Room B: data governance', agenda } });

    const admin = await open(`${stage.server.baseUrl}/host`, { width: 1280, height: 900 });
    await admin.getByTestId('host-token').fill(TEST_HOST_TOKEN);
    await admin.getByTestId('host-token-submit').click();
    await admin.getByTestId('host-organisers').click();
    await admin.waitForURL(/\/host\/organisers$/);
    await admin.getByTestId('organiser-label').fill('Room A team');
    await admin.locator('label', { hasText: 'Room A: child online safety' }).getByTestId('organiser-session').check();
    await admin.getByTestId('organiser-create').click();
    const link = (await admin.getByTestId('organiser-link').textContent({ timeout: 15_000 })) ?? '';
    expect(link).toMatch(/\/host#organiser=[A-Za-z0-9_-]+$/);
    await expect.poll(() => admin.getByTestId('organiser-row').filter({ hasText: 'Room A team' }).count(), { timeout: 15_000 }).toBe(1);
    await screenshot(admin, 'organisers-admin-link');

    // Another person's browser: the link alone opens the host page, for their session only.
    const organiser = await open(link, { width: 1280, height: 900 });
    await expect.poll(() => organiser.getByTestId('host-identity').textContent(), { timeout: 15_000 }).toContain('Room A team');
    await expect.poll(() => organiser.getByTestId('host-session').count(), { timeout: 15_000 }).toBe(1);
    expect(await organiser.getByTestId('host-sessions').textContent()).toContain('Room A: child online safety');
    expect(await organiser.getByTestId('host-sessions').textContent()).not.toContain('Room B');
    // The token leaves the address bar; the admin's page is not offered.
    expect(new URL(organiser.url()).hash).toBe('');
    expect(await organiser.getByTestId('host-organisers').count()).toBe(0);
    await screenshot(organiser, 'organisers-organiser-host-page');

    // The admin revokes it: the row says when, in place of the button.
    admin.once('dialog', (dialog) => void dialog.accept());
    const row = admin.getByTestId('organiser-row').filter({ hasText: 'Room A team' });
    await row.getByTestId('organiser-revoke').click();
    await expect.poll(() => row.getAttribute('data-revoked'), { timeout: 15_000 }).toBe('true');
    expect(await row.getByTestId('organiser-revoke').count()).toBe(0);
    expect(await row.locator('td').last().textContent()).toMatch(/^Revoked /);
    await screenshot(admin, 'organisers-admin-revoked');
    expect(errors).toEqual([]);
  });
});
