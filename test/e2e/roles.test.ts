import { beforeAll, describe, expect, it } from 'vitest';
import type { SessionPlan } from '../../src/core/plan.ts';
import { DEMO_TEMPLATE, TEMPLATES } from '../../src/core/templates.ts';
import { screenshot } from '../support/browser.ts';
import { showPane } from '../support/cockpitPanes.ts';
import { e2eStage } from '../support/e2eStage.ts';
import { TEST_HOST_TOKEN, createInvite, createSession, type CreatedSessionResponse } from '../support/testServer.ts';
import { englishTexts as en } from '../support/englishTexts.ts';

/**
 * Roles end to end in Debian's Chromium: the host makes a speaker link, the speaker sees the
 * moderator's note and their own timer, the host revokes the link and the speaker's page is
 * told; a participant reads the guidelines and must accept the code of conduct before voting.
 */
describe('roles, guidelines and the speaker view end to end', () => {
  const stage = e2eStage('e2e-roles.db', { TALLY_INTERVAL_MS: '50' });
  const { errors, open } = stage;

  let session: CreatedSessionResponse;

  beforeAll(async () => {
    session = await createSession(stage.server.baseUrl);
  });

  it('ROLE-1..3, SPEAK-1, SPEAK-2, AUDIT-2, AUDIT-3, AUDIT-4: host creates a speaker link; the speaker sees the note and own timer; revoking tells the page', async () => {
    const host = await open(`${stage.server.baseUrl}/host/access#${session.id}`, { width: 1280, height: 900 });
    await host.getByTestId('host-token-input').fill(TEST_HOST_TOKEN);
    await host.getByTestId('host-token-submit').click();
    await host.getByTestId('invite-table').waitFor();
    await host.getByTestId('invite-role').selectOption('speaker');
    await host.getByTestId('invite-speaker').selectOption('1');
    await host.getByTestId('invite-label').fill('Speaker 2 laptop');
    await host.getByTestId('invite-create').click();
    const link = (await host.getByTestId('invite-link').textContent()) ?? '';
    expect(link).toMatch(/\/speaker#/);
    await screenshot(host, 'roles-host-links');

    const speaker = await open(link, { width: 1280, height: 800 });
    await expect.poll(() => speaker.getByTestId('speaker-who').textContent(), { timeout: 15_000 }).toBe('You are Speaker 2');
    const row = host.getByTestId('invite-row-Speaker 2 laptop');
    await expect.poll(() => row.getByTestId('invite-connected').textContent(), { timeout: 15_000 }).toBe('1');

    const moderator = await open(session.links.moderator, { width: 1440, height: 900 });
    await showPane(moderator, 'panel');
    await moderator.getByTestId('note-speaker').selectOption('1');
    await moderator.getByTestId('note-text').fill('One minute left');
    await moderator.getByTestId('note-send').click();
    await expect.poll(() => speaker.getByTestId('speaker-note').textContent(), { timeout: 15_000 }).toBe('One minute left');
    await moderator.getByTestId('floor-panel-speaker-give').nth(1).click();
    await speaker.getByTestId('speaker-timer').waitFor();
    expect(await speaker.getByTestId('speaker-floor').getAttribute('data-mine')).toBe('true');
    await screenshot(speaker, 'roles-speaker-note-timer');

    // A change of the plan's settings, to be listed old → new (AUDIT-3).
    const planUrl = `${stage.server.baseUrl}/api/sessions/${session.id}/plan`;
    const hostAuth = { authorization: `Bearer ${TEST_HOST_TOKEN}`, 'content-type': 'application/json' };
    const { plan } = (await (await fetch(planUrl, { headers: hostAuth })).json()) as { plan: SessionPlan };
    const changed = { ...plan, floor: { ...plan.floor, warningSeconds: 20 }, retentionDays: 14 };
    expect((await fetch(planUrl, { method: 'PUT', headers: hostAuth, body: JSON.stringify({ plan: changed }) })).status).toBe(200);

    // The audit log says the moderator's actions in words, names panel speakers by their label,
    // quotes no note, and lists each changed setting under its name (AUDIT-3, AUDIT-4); a label
    // someone wrote sits between isolate marks, in its own direction (I18N-12).
    await host.getByRole('button', { name: 'Refresh' }).click();
    const audit = host.getByTestId('audit-table');
    await expect.poll(() => audit.textContent(), { timeout: 15_000 }).toContain('Sent a note to a speaker');
    expect(await audit.textContent()).not.toContain('One minute left');
    expect(await audit.locator('[data-action="floor.give"]').first().locator('xpath=..').textContent()).toContain(`Panel speaker: \u2068${TEMPLATES[DEMO_TEMPLATE].speakers?.[1]?.label ?? ''}\u2069`);
    expect(await audit.textContent()).not.toMatch(/panelSpeaker=|pollId=|handId=/);
    expect(await host.getByTestId('audit-changes').locator('li').allTextContents()).toEqual(['Warning before the end (seconds): 30 → 20', 'Keep contributions for (days): 30 → 14']);
    await screenshot(host, 'roles-host-audit');

    host.once('dialog', (dialog) => void dialog.accept());
    await row.getByTestId('invite-revoke').click();
    await expect.poll(() => host.getByTestId('revoke-notice').textContent(), { timeout: 15_000 }).toContain('1 open page');
    await expect.poll(() => speaker.getByTestId('speaker-refused').textContent(), { timeout: 15_000 }).toContain('revoked');
    await screenshot(speaker, 'roles-speaker-revoked');
    expect(errors).toEqual([]);
  });

  it('GUIDE-3: a participant sees the guidelines for their channel and must accept the code of conduct before voting; they stay one tap away', async () => {
    const moderator = await open(session.links.moderator, { width: 1440, height: 900 });
    await showPane(moderator, 'polls');
    const firstPoll = moderator.getByTestId('moderator-poll').first();
    await firstPoll.waitFor();
    await firstPoll.getByTestId('poll-open').click();

    const participant = await open(`${stage.server.baseUrl}/j/${session.joinCode}`, { width: 390, height: 844 }, true);
    await participant.getByTestId('channel-online').click();
    await participant.getByTestId('conduct-gate').waitFor();
    expect(await participant.getByTestId('guidelines-online').textContent()).toContain('online moderator');
    expect(await participant.getByTestId('guidelines-onsite').count()).toBe(0);
    await screenshot(participant, 'roles-participant-conduct');

    // Voting first is refused by the server (conduct_required), in plain words.
    await participant.locator('[data-testid="poll-option"][value="o1"]').check();
    await participant.getByTestId('vote-submit').click();
    await expect.poll(() => participant.getByTestId('participant-poll').textContent(), { timeout: 15_000 }).toContain(en['refusal.conduct.required']);

    await participant.getByTestId('conduct-accept').click();
    await participant.getByTestId('conduct-gate').waitFor({ state: 'detached' });
    await participant.getByTestId('vote-submit').click();
    await participant.getByTestId('vote-confirmed').waitFor();
    // The guidelines stay one tap away.
    await participant.getByTestId('guidelines-toggle').click();
    await participant.getByTestId('guidelines-sheet').waitFor();
    await participant.getByTestId('guidelines-sheet').scrollIntoViewIfNeeded();
    await screenshot(participant, 'roles-participant-guidelines');
    expect(errors).toEqual([]);
  });

  it('GUIDE-5: the pre-session page shows the agenda, both channels’ guidelines and the code of conduct; the rapporteur follows the session', async () => {
    const before = await open(`${stage.server.baseUrl}/before/${session.joinCode}`, { width: 1280, height: 900 });
    await before.getByTestId('before-conduct').waitFor();
    expect(await before.getByTestId('before-agenda').locator('li').count()).toBe(TEMPLATES[DEMO_TEMPLATE].agenda.length);
    expect(await before.getByTestId('before-onsite').textContent()).toContain('Raise hand');
    await screenshot(before, 'roles-before');

    // The rapporteur follows the agenda, the floor and the public results.
    const rapporteur = await open((await createInvite(stage.server.baseUrl, session.id, { role: 'rapporteur', label: 'Rapporteur' })).link, { width: 1280, height: 900 });
    await rapporteur.getByTestId('rapporteur-heading').waitFor();
    await expect.poll(() => rapporteur.locator('main').textContent(), { timeout: 15_000 }).toContain('Who should lead on keeping children safe online?');
    await screenshot(rapporteur, 'roles-rapporteur');
    expect(errors).toEqual([]);
  });
});
