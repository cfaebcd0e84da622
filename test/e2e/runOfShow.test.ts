import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plannedTotalMinutes } from '../../src/core/agenda/runViews.ts';
import { sessionPlanSchema, type SessionPlan } from '../../src/core/plan.ts';
import { DEMO_TEMPLATE, TEMPLATES } from '../../src/core/templates.ts';
import { screenshot, type Page } from '../support/browser.ts';
import { showPane } from '../support/cockpitPanes.ts';
import { e2eStage } from '../support/e2eStage.ts';
import { TEST_HOST_TOKEN } from '../support/testServer.ts';

/**
 * The seed round table end to end, in Debian's Chromium: a host who types the plan into the
 * form (not the template) and gets the links; the moderator and online moderator consoles,
 * the projector, and participants in the room and online. The moderator runs the whole
 * agenda item by item — each round’s poll opened from the run panel, floor turns from both
 * consoles — and switches the big screen between its modes. Screenshots of every role.
 */

/** The seed round table, as a host would type it. */
const SEED: SessionPlan = sessionPlanSchema.parse(TEMPLATES[DEMO_TEMPLATE]);

const field = (path: string) => `field-${path.replace(/\./g, '-')}`;

/** Types the seed plan into the host form, field by field. */
async function typePlan(host: Page, plan: SessionPlan): Promise<void> {
  const fill = (path: string, value: string | number | undefined) => (value === undefined ? Promise.resolve() : host.getByTestId(field(path)).fill(String(value)));
  /** Chooses in a select, unless the form's default already is that value. */
  const pick = async (path: string, value: string | number | undefined) => {
    const select = host.getByTestId(field(path));
    if (value !== undefined && (await select.inputValue()) !== String(value)) await select.selectOption(String(value));
  };
  await fill('plan.title', plan.title);
  await fill('plan.subtitle', plan.subtitle);
  await fill('plan.durationMinutes', plan.durationMinutes);
  await fill('plan.roles.moderator', plan.roles.moderator);
  await fill('plan.roles.onlineModerator', plan.roles.onlineModerator);
  await fill('plan.roles.rapporteur', plan.roles.rapporteur);
  await fill('plan.guidelines.onsite', plan.guidelines.onsite);
  await fill('plan.guidelines.online', plan.guidelines.online);
  await fill('plan.codeOfConduct', plan.codeOfConduct);
  for (const [i, item] of plan.agenda.entries()) {
    await host.getByTestId('host-add-agenda').click();
    const p = `plan.agenda.${i}`;
    await fill(`${p}.title`, item.title);
    await pick(`${p}.kind`, item.kind);
    await fill(`${p}.policyQuestion`, item.policyQuestion);
    await fill(`${p}.plannedMinutes`, item.plannedMinutes);
    await fill(`${p}.speakingLimitSeconds`, item.speakingLimitSeconds);
  }
  for (const [i, speaker] of plan.speakers.entries()) {
    await host.getByTestId('host-add-speaker').click();
    const p = `plan.speakers.${i}`;
    await fill(`${p}.label`, speaker.label);
    await pick(`${p}.stakeholderGroup`, speaker.stakeholderGroup);
    await pick(`${p}.regionalGroup`, speaker.regionalGroup);
    await pick(`${p}.channel`, speaker.channel);
  }
  for (const [i, poll] of plan.polls.entries()) {
    await host.getByTestId('host-add-poll').click();
    const p = `plan.polls.${i}`;
    await fill(`${p}.question`, poll.question);
    await fill(`${p}.options`, poll.options.join('\n'));
    await pick(`${p}.kind`, poll.kind);
    await pick(`${p}.resultsVisibility`, poll.resultsVisibility);
    await pick(`${p}.agendaItem`, poll.agendaItem);
  }
}

describe('the seed round table, run from the form to the closing', () => {
  const stage = e2eStage('e2e-run.db', { TALLY_INTERVAL_MS: '50' });
  const { errors, open } = stage;

  // One story told in steps; each step starts where the one before left the session.
  let links: { moderator: string; onlineModerator: string; projector: string; participant: string };
  let moderator: Page;
  let online: Page;
  let projector: Page;
  let inRoom: Page;
  let remote: Page;
  let rapporteurLink: string;
  let speakerLink: string;
  let rapporteur: Page;
  let speaker: Page;
  const onScreen = () => projector.getByTestId('projector-agenda-title').textContent();
  /** Moves the run to item `index` and shows it on the big screen. */
  async function goToItem(index: number): Promise<void> {
    const item = SEED.agenda[index];
    await showPane(moderator, 'agenda');
    await moderator.getByTestId('run-next').click();
    await expect.poll(() => moderator.getByTestId('run-current').getAttribute('data-index')).toBe(String(index));
    await showPane(moderator, 'screen');
    await moderator.getByTestId('projector-mode-agenda').click();
    await expect.poll(onScreen).toBe(item?.title);
    if (item?.policyQuestion) expect(await projector.getByTestId('projector-policy-question').textContent()).toBe(item.policyQuestion);
    // The phones follow the same item, online as in the room (RUN-8).
    for (const phone of [inRoom, remote]) await expect.poll(() => phone.getByTestId('participant-agenda-title').textContent()).toBe(item?.title);
  }

  it('SESS-5, SESS-6: a host types the seed round table into the form, exports it, gets the links and finds the session again', async () => {
    expect(plannedTotalMinutes(SEED.agenda)).toBe(60);

    // The host: token once, a refused plan names its field, then the seed round table typed in.
    const host = await open(`${stage.server.baseUrl}/host`, { width: 1280, height: 900 });
    await host.getByTestId('host-token').fill(TEST_HOST_TOKEN);
    await host.getByTestId('host-token-submit').click();
    // The server's demo session is there to open again (SESS-6).
    await expect.poll(() => host.getByTestId('host-session').count()).toBe(1);
    await host.getByTestId('host-submit').click();
    await expect.poll(() => host.getByTestId('host-feedback').textContent()).toContain('plan.title');
    expect(await host.getByTestId(field('plan.title')).getAttribute('aria-invalid')).toBe('true');
    await typePlan(host, SEED);
    await screenshot(host, 'run-host-form');

    // Exported JSON is the seed plan itself: the form holds every field of it.
    const [download] = await Promise.all([host.waitForEvent('download'), host.getByTestId('host-export').click()]);
    const exported = sessionPlanSchema.parse(JSON.parse(readFileSync(await download.path(), 'utf8')));
    expect(exported).toEqual(SEED);

    await host.getByTestId('host-submit').click();
    await host.getByTestId('host-links').waitFor();
    const link = (key: string) => host.getByTestId(`host-link-${key}`).inputValue();
    links = { moderator: await link('moderator'), onlineModerator: await link('onlineModerator'), projector: await link('projector'), participant: await link('participant') };
    await host.getByTestId('host-links').scrollIntoViewIfNeeded();
    await screenshot(host, 'run-host-links');
    // Links per person, from the host's access page (ROLE-1): the rapporteur and the first panel speaker.
    await host.getByTestId('host-access-link').click();
    await host.getByTestId('invite-table').waitFor();
    const invite = async (role: 'rapporteur' | 'speaker', label: string, panelSpeaker?: string): Promise<string> => {
      await host.getByTestId('invite-role').selectOption(role);
      if (panelSpeaker !== undefined) await host.getByTestId('invite-speaker').selectOption(panelSpeaker);
      await host.getByTestId('invite-label').fill(label);
      await host.getByTestId('invite-create').click();
      await expect.poll(() => host.getByTestId('invite-link').textContent()).toContain(`/${role}#`);
      return (await host.getByTestId('invite-link').textContent()) ?? '';
    };
    rapporteurLink = await invite('rapporteur', 'Rapporteur laptop');
    speakerLink = await invite('speaker', 'Speaker 1 lectern', '0');
    await screenshot(host, 'run-host-access');
    // Back on /host, the new session is listed first and opens with its plan (SESS-6).
    await host.goto(`${stage.server.baseUrl}/host`);
    await expect.poll(() => host.getByTestId('host-session').count()).toBe(2);
    await screenshot(host, 'run-host-sessions');
    await host.getByTestId('host-session-open').first().click();
    await expect.poll(() => host.getByTestId(field('plan.title')).inputValue()).toBe(SEED.title);
    await host.getByTestId('host-access-link').waitFor();
    expect(await host.getByTestId('host-link-moderator').count()).toBe(0);
    // The one refusal on purpose: the empty plan at the start.
    expect(errors.filter((e) => /\/host: .* 400/.test(e))).toHaveLength(1);
    errors.length = 0;
  }, 180_000);

  it('RUN-1, RUN-5, PROJ-1: every role’s screen; the run starts with the opening and a panel speaker on the big screen', async () => {

    // Every role's screen.
    const phone = async (channel: 'onsite' | 'online') => {
      const page = await open(links.participant, { width: 390, height: 844 }, true);
      await page.getByTestId(`channel-${channel}`).click();
      // The seed's code of conduct, typed into the form, is accepted before a first vote (GUIDE-3).
      await page.getByTestId('conduct-accept').click();
      await page.getByTestId('conduct-gate').waitFor({ state: 'detached' });
      await page.getByTestId('floor-raise').waitFor();
      return page;
    };
    [moderator, online, projector, inRoom, remote, rapporteur, speaker] = await Promise.all([
      open(links.moderator, { width: 1440, height: 1000 }),
      open(links.onlineModerator, { width: 1280, height: 900 }),
      open(links.projector, { width: 1280, height: 720 }),
      phone('onsite'),
      phone('online'),
      open(rapporteurLink, { width: 1280, height: 800 }),
      open(speakerLink, { width: 1280, height: 800 }),
    ]);
    await expect.poll(() => speaker.getByTestId('speaker-who').textContent()).toBe(`You are ${SEED.speakers[0]?.label ?? ''}`);
    await rapporteur.getByTestId('rapporteur-heading').waitFor();
    await showPane(moderator, 'agenda');
    await moderator.getByTestId('run-panel').waitFor();
    await screenshot(projector, 'run-projector-before');

    // The run starts; the big screen shows the agenda item.
    await moderator.getByTestId('run-start').click();
    await showPane(moderator, 'screen');
    await moderator.getByTestId('projector-mode-agenda').click();
    await expect.poll(onScreen).toBe(SEED.agenda[0]?.title);
    await expect.poll(() => online.getByTestId('run-current-title').textContent()).toBe(SEED.agenda[0]?.title);

    // Opening: a panel speaker has the floor with the opening's own limit; the projector shows speaker and timer.
    await showPane(moderator, 'panel');
    await moderator.getByTestId('floor-panel-speaker-give').first().click();
    await showPane(moderator, 'screen');
    await moderator.getByTestId('projector-mode-speaker').click();
    await projector.getByTestId('projector-timer').waitFor();
    await expect.poll(() => projector.getByTestId('projector-timer').textContent()).toMatch(/^[01]:\d\d$/);
    await screenshot(projector, 'run-projector-speaker');
    // The panel speaker sees their own timer, and a private note from the moderator (SPEAK-1, SPEAK-2).
    await speaker.getByTestId('speaker-timer').waitFor();
    expect(await speaker.getByTestId('speaker-floor').getAttribute('data-mine')).toBe('true');
    await showPane(moderator, 'panel');
    await moderator.getByTestId('note-speaker').selectOption('0');
    await moderator.getByTestId('note-text').fill('One minute left');
    await moderator.getByTestId('note-send').click();
    await expect.poll(() => speaker.getByTestId('speaker-note').textContent()).toBe('One minute left');
    expect(await inRoom.content()).not.toContain('One minute left');
    await screenshot(speaker, 'run-speaker');
    await screenshot(rapporteur, 'run-rapporteur');
    await moderator.getByTestId('floor-end').click();
    expect(errors).toEqual([]);
  }, 180_000);

  it('RUN-2, RUN-6, RUN-8, PROJ-1: each round’s poll opens from the run panel; floor turns from both channels; the rest of the agenda', async () => {
    let pollsRun = 0;
    for (let index = 1; index < SEED.agenda.length; index++) {
      const item = SEED.agenda[index];
      await goToItem(index);

      const itemPolls = moderator.getByTestId('run-poll');
      if (item?.kind === 'discussion') {
        // The round's poll opens from the run panel; both phones vote; the projector shows it.
        expect(await itemPolls.count()).toBe(1);
        await showPane(moderator, 'agenda');
        await moderator.getByTestId('run-poll-open').click();
        await showPane(moderator, 'screen');
        await moderator.getByTestId('projector-mode-poll').click();
        await projector.getByTestId('projector-question').waitFor();
        for (const page of [inRoom, remote]) {
          const card = page.getByTestId('participant-poll').first();
          await card.getByTestId('poll-option').first().click();
          await card.getByTestId('vote-submit').click();
          await card.getByTestId('vote-confirmed').waitFor();
        }
        await expect.poll(() => projector.getByTestId('projector-total').textContent()).toContain('2');
        if (index === 1) {
          await screenshot(projector, 'run-projector-poll');
          await screenshot(inRoom, 'run-participant-onsite-voted');
        }
        await showPane(moderator, 'agenda');
        await moderator.getByTestId('run-poll-close').click();

        pollsRun++;
      }
      if (index === 1) {
        // Floor turns from the phones: the online participant first (alternate), given by the online moderator.
        await remote.getByTestId('floor-raise').click();
        await remote.getByTestId('floor-position').waitFor();
        await inRoom.getByTestId('floor-raise').click();
        await showPane(moderator, 'screen');
        await moderator.getByTestId('projector-mode-queue').click();
        await expect.poll(() => projector.getByTestId('projector-queue-item').count()).toBe(2);
        await screenshot(projector, 'run-projector-queue');
        await online.getByTestId('floor-give-next').click();
        await remote.getByTestId('floor-speaking').waitFor();
        await online.getByTestId('floor-give-next').click();
        await inRoom.getByTestId('floor-speaking').waitFor();
        await screenshot(remote, 'run-participant-online');
        await screenshot(online, 'run-online-moderator');
        await online.getByTestId('floor-end').click();
        await expect.poll(() => moderator.getByTestId('floor-current').count()).toBe(0);
      }
      if (item?.kind !== 'discussion') expect(await itemPolls.count()).toBe(0);

      if (item?.kind === 'qa') {
        // Before a question is pinned, the question mode shows the agenda item.
        await showPane(moderator, 'screen');
        await moderator.getByTestId('projector-mode-question').click();
        await expect.poll(() => projector.locator('.projector').getAttribute('data-mode')).toBe('question');
        await expect.poll(onScreen).toBe(item.title);
        // The Q&A round: a question from each channel; youth mode holds them for a moderator (QA-3).
        const fromRoom = 'How can schools and platforms share what works?';
        const fromOnline = 'Which principle should come first for the youngest children?';
        for (const [page, text] of [[inRoom, fromRoom], [remote, fromOnline]] as const) {
          await page.getByTestId('qa-text').fill(text);
          await page.getByTestId('qa-send').click();
        }
        await expect.poll(() => moderator.getByTestId('qa-queue-item').count()).toBe(2);
        expect(await projector.content()).not.toContain(fromRoom);
        await showPane(moderator, 'questions');
        // One at a time, as a moderator does: the second click waits until the first question has left the queue.
        for (let left = 1; left >= 0; left--) {
          await moderator.getByTestId('qa-queue-item').first().getByTestId('qa-approve').click();
          await expect.poll(() => moderator.getByTestId('qa-queue-item').count()).toBe(left);
        }
        await expect.poll(() => inRoom.getByTestId('qa-published-item').count()).toBe(2);
        // The room upvotes the online question; the online moderator forwards it; next by policy pins it.
        await inRoom.locator('[data-testid="qa-published-item"]', { hasText: fromOnline }).getByTestId('qa-upvote').click();
        await expect.poll(() => moderator.locator('[data-testid="qa-published-mod-item"]', { hasText: fromOnline }).textContent()).toContain('1 upvote');
        await online.getByTestId('qa-relay').getByTestId('qa-forward').click();
        await moderator.getByTestId('qa-next').click();
        await expect.poll(() => projector.getByTestId('projector-question-text').textContent()).toBe(fromOnline);
        await expect.poll(() => speaker.getByTestId('speaker-pinned').textContent()).toContain(fromOnline);
        await screenshot(projector, 'run-projector-question');
        await screenshot(speaker, 'run-speaker-pinned');
        await moderator.locator('[data-testid="qa-published-mod-item"][data-now="true"]').getByTestId('qa-answer').click();
        await expect.poll(() => projector.getByTestId('projector-question').count()).toBe(0);
        // The balance meter on the big screen, then the join code for latecomers.
        await showPane(moderator, 'screen');
        await moderator.getByTestId('projector-mode-balance').click();
        await projector.getByTestId('projector-balance').waitFor();
        await screenshot(projector, 'run-projector-balance');
        await moderator.getByTestId('projector-mode-join').click();
        await projector.getByTestId('projector-qr').locator('svg').waitFor();
        await expect.poll(() => projector.getByTestId('projector-balance').count()).toBe(0);
        await screenshot(projector, 'run-projector-join');
      }
      if (index === 3) {
        await screenshot(moderator, 'run-moderator-console');
        await projector.setViewportSize({ width: 1024, height: 768 });
        await showPane(moderator, 'screen');
        await moderator.getByTestId('projector-mode-agenda').click();
        await screenshot(projector, 'run-projector-agenda-4x3');
        await projector.setViewportSize({ width: 1280, height: 720 });
        await screenshot(projector, 'run-projector-agenda-720p');
        // An earlier round's results, chosen by name.
        await moderator.getByTestId('projector-poll-pick').selectOption({ index: 1 });
        await expect.poll(() => projector.getByTestId('projector-question').textContent()).toBe(SEED.polls[0]?.question);
      }
    }
    expect(pollsRun).toBe(3);
    expect(errors).toEqual([]);
  }, 240_000);

  it('RUN-1, RUN-3: the end of the run; every item has its actual time', async () => {
    await showPane(moderator, 'agenda');
    await moderator.getByTestId('run-end').click();
    await moderator.getByTestId('run-ended').waitFor();
    expect(await moderator.locator('[data-testid="run-agenda-item"][data-status="done"]').count()).toBe(SEED.agenda.length);
    await screenshot(moderator, 'run-moderator-ended');
    await screenshot(inRoom, 'run-participant-onsite-end');
    expect(await inRoom.getByTestId('participant-agenda-now').count()).toBe(0);

    expect(errors).toEqual([]);
  }, 120_000);
});
