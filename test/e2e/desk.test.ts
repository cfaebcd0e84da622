import { beforeAll, describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser.ts';
import { showPane } from '../support/cockpitPanes.ts';
import { e2eStage } from '../support/e2eStage.ts';
import { createInvite, createSession, type CreatedSessionResponse } from '../support/testServer.ts';

/**
 * The rapporteur's desk end to end in Debian's Chromium (REPORT-6..REPORT-10): the rapporteur follows
 * the running item with its planned and actual time, writes a takeaway and pulls in the floor's
 * balance; the moderator's cockpit shows both live, without a reload.
 */
describe('the rapporteur desk end to end', () => {
  const stage = e2eStage('e2e-desk.db', { TALLY_INTERVAL_MS: '50' });
  const { errors, open } = stage;
  let session: CreatedSessionResponse;
  let rapporteurLink: string;

  beforeAll(async () => {
    session = await createSession(stage.server.baseUrl);
    rapporteurLink = (await createInvite(stage.server.baseUrl, session.id, { role: 'rapporteur', label: 'Rapporteur' })).link;
  });

  it('REPORT-6, REPORT-7, REPORT-8: the rapporteur writes a takeaway and pulls in the balance; the moderator cockpit sees both live', async () => {
    const moderator = await open(session.links.moderator, { width: 1440, height: 900 });
    await moderator.getByTestId('cockpit-run-start').click();
    await showPane(moderator, 'notes');
    await moderator.getByTestId('cockpit-desk-notes-empty').waitFor();

    const desk = await open(rapporteurLink, { width: 1280, height: 900 });
    await desk.getByTestId('desk-now-title').waitFor({ timeout: 15_000 });
    expect(await desk.getByTestId('desk-now').textContent()).toMatch(/Planned \d+ min/);
    await desk.getByTestId('desk-text').fill('Age assurance must not cost children their privacy');
    await desk.getByTestId('desk-add').click();
    await expect.poll(() => desk.getByTestId('desk-notes').textContent(), { timeout: 15_000 }).toContain('Age assurance must not cost children their privacy');
    expect(await desk.getByTestId('desk-text').inputValue()).toBe('');

    await desk.locator('#desk-tag').selectOption('callToAction');
    await desk.getByTestId('desk-text').fill('Balance the floor between the rooms');
    await desk.getByTestId('desk-pull-balance').click();

    const pane = moderator.getByTestId('cockpit-desk-notes');
    await expect.poll(() => pane.textContent(), { timeout: 15_000 }).toContain('Age assurance must not cost children their privacy');
    await expect.poll(() => pane.locator('[data-testid="desk-note"]').count(), { timeout: 15_000 }).toBe(2);
    expect(await pane.textContent()).toContain('Floor balance at');
    expect(await pane.locator('[data-tag="callToAction"]').count()).toBeGreaterThan(0);
    // Read-only in the cockpit: no edit or remove buttons.
    expect(await pane.getByTestId('desk-note-remove').count()).toBe(0);
    await screenshot(desk, 'desk-rapporteur');
    await screenshot(moderator, 'desk-cockpit-notes');
    expect(errors).toEqual([]);
  });
});
