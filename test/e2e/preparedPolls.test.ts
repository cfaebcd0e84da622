import { afterAll, describe, expect, it } from 'vitest';
import type { OpenFloorClient } from '../../src/client/openFloorClient.ts';
import { screenshot, type Page } from '../support/browser.ts';
import { showPane } from '../support/cockpitPanes.ts';
import { e2eStage } from '../support/e2eStage.ts';
import { connectClient, joinAsParticipant, tokenOf, TEST_HOST_TOKEN } from '../support/testServer.ts';

/**
 * Issue 15, prepared polls: the host writes a before-and-after pair into the plan on the host
 * page by keyboard (duplicate, edit, move: POLL-37, `repeats`: POLL-36); the session pairs them,
 * so the moderator launches each from the cockpit with its one button as its agenda item runs,
 * and the cockpit and the big screen show the shift by channel (POLL-35). Screenshots of the
 * shift go to test-results/screenshots like every other (a test run leaves the tree as it was).
 */

const field = (path: string) => `field-${path.replace(/\./g, '-')}`;
const BEFORE = 'Should platforms check the age of every user?';
const OTHER = 'Which age check do you prefer?';

/** The data-testid of the focused element, or its tag. */
const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.getAttribute('data-move') ?? document.activeElement?.tagName ?? null);

describe('prepared polls on the host page, launched from the cockpit as a before-and-after pair', () => {
  const stage = e2eStage('e2e-prepared-polls.db', { TALLY_INTERVAL_MS: '50' });
  const { errors, open } = stage;
  const clients: OpenFloorClient[] = [];
  afterAll(() => clients.forEach((c) => c.close()));
  let links: { moderator: string; projector: string; participant: string };

  it('POLL-37, POLL-36: the host duplicates, edits and moves prepared polls by keyboard, and marks the copy as asking again', async () => {
    const host = await open(`${stage.server.baseUrl}/host`, { width: 1280, height: 900 });
    await host.getByTestId('host-token').fill(TEST_HOST_TOKEN);
    await host.getByTestId('host-token-submit').click();
    await host.getByTestId(field('plan.title')).fill('Age checks: before and after');
    for (const title of ['Opening', 'Closing']) {
      await host.getByTestId('host-add-agenda').click();
      await host.getByTestId(field(`plan.agenda.${title === 'Opening' ? 0 : 1}.title`)).fill(title);
    }
    await host.getByTestId('host-add-poll').click();
    await host.getByTestId(field('plan.polls.0.question')).fill(BEFORE);
    await host.getByTestId(field('plan.polls.0.options')).fill('Yes\nNo\nNot sure');
    await host.getByTestId(field('plan.polls.0.agendaItem')).selectOption('0');
    await host.getByTestId('host-add-poll').click();
    await host.getByTestId(field('plan.polls.1.question')).fill(OTHER);
    await host.getByTestId(field('plan.polls.1.options')).fill('An ID document\nA face estimate');
    const questions = () => host.locator('[data-testid^="field-plan-polls-"][data-testid$="-question"]').evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));

    // Duplicate by keyboard: the copy comes right after its original, with the focus in its question.
    await host.getByTestId('host-duplicate-poll').first().focus();
    await host.keyboard.press('Enter');
    await expect.poll(questions).toEqual([BEFORE, BEFORE, OTHER]);
    await expect.poll(() => focused(host)).toBe(field('plan.polls.1.question'));
    expect(await host.getByTestId(field('plan.polls.1.options')).inputValue()).toBe('Yes\nNo\nNot sure');

    // Move the copy down by keyboard: the focus follows it (Down is now disabled, so Up has it).
    await host.locator('[data-testid="host-polls"] ol > li').nth(1).locator('[data-move="down"]').focus();
    await host.keyboard.press('Enter');
    await expect.poll(questions).toEqual([BEFORE, OTHER, BEFORE]);
    await expect.poll(() => focused(host)).toBe('up');
    expect(await host.evaluate(() => document.activeElement?.closest('li')?.querySelector('input')?.value)).toBe(BEFORE);

    // Edit the copy: it runs in the closing and asks poll 1 again. Each earlier question sits between
    // isolate marks in its option, in its own direction (I18N-12).
    await host.getByTestId(field('plan.polls.2.agendaItem')).selectOption('1');
    const repeats = host.getByTestId(field('plan.polls.2.repeats'));
    expect(await repeats.locator('option').allTextContents()).toEqual(['No, a poll of its own', `Poll 1: \u2068${BEFORE}\u2069`, `Poll 2: \u2068${OTHER}\u2069`]);
    await repeats.selectOption('0');
    // A repeat with other options is named by the plan check on its field.
    await host.getByTestId(field('plan.polls.2.options')).fill('Yes\nNo');
    await host.getByTestId('host-submit').click();
    await expect.poll(() => repeats.getAttribute('aria-invalid')).toBe('true');
    await host.getByTestId(field('plan.polls.2.options')).fill('Yes\nNo\nNot sure');
    await screenshot(host, 'prepared-polls-host');

    await host.getByTestId('host-submit').click();
    await host.getByTestId('host-links').waitFor();
    const link = (key: string) => host.getByTestId(`host-link-${key}`).inputValue();
    links = { moderator: await link('moderator'), projector: await link('projector'), participant: await link('participant') };
    // The one refusal on purpose: the repeat with other options.
    expect(errors.filter((e) => /\/host: .* 400/.test(e))).toHaveLength(1);
    errors.length = 0;
  }, 120_000);

  it('POLL-36, POLL-35: launched from the cockpit as their items run, the repeat shows its shift by channel without a pair made by hand', async () => {
    const base = stage.server.baseUrl;
    const joinCode = /\/j\/(\w+)/.exec(links.participant)?.[1] ?? '';
    const moderator = connectClient(base, tokenOf(links.moderator));
    clients.push(moderator);
    await moderator.waitFor((_s, status) => status === 'live');
    await moderator.send({ type: 'agenda.start' });
    const people: { client: OpenFloorClient; channel: 'onsite' | 'online' }[] = [];
    for (let i = 0; i < 12; i++) {
      const channel = i % 2 === 0 ? 'onsite' : 'online';
      const client = await joinAsParticipant(base, joinCode, channel);
      clients.push(client);
      people.push({ client, channel });
    }
    const cockpit = await open(links.moderator, { width: 1366, height: 768 });
    const projector = await open(links.projector, { width: 1920, height: 1080 });
    await cockpit.getByTestId('cockpit-now-floor').waitFor();

    /** Opens the poll of the running item with the cockpit's one button; everyone votes; it is closed. */
    const launchAndVote = async (choose: (channel: 'onsite' | 'online', i: number) => string) => {
      await cockpit.getByTestId('cockpit-poll-open').click();
      const opened = await moderator.waitFor((s) => s.polls.some((p) => p.status === 'open'));
      const poll = opened.polls.find((p) => p.status === 'open');
      if (!poll) throw new Error('no poll opened');
      for (const [i, { client, channel }] of people.entries()) await client.send({ type: 'poll.vote', pollId: poll.id, optionIds: [choose(channel, i)] });
      await expect.poll(() => cockpit.getByTestId('cockpit-poll-total').textContent()).toContain('12 votes');
      await cockpit.getByTestId('cockpit-poll-close').click();
      await moderator.waitFor((s) => s.polls.find((p) => p.id === poll.id)?.status === 'closed');
      return poll;
    };

    const before = await launchAndVote((channel) => (channel === 'onsite' ? 'o1' : 'o2'));
    expect(before.question).toBe(BEFORE);
    await moderator.send({ type: 'agenda.next' });
    // In the room two in six change their mind; online everyone moves to "Not sure".
    const after = await launchAndVote((channel, i) => (channel === 'onsite' ? (i < 4 ? 'o2' : 'o1') : 'o3'));
    expect(after.question).toBe(BEFORE);
    expect(after.id).not.toBe(before.id);

    await showPane(cockpit, 'polls');
    const card = cockpit.locator(`[data-testid="moderator-poll"][data-poll-id="${after.id}"]`);
    const shift = card.getByTestId('poll-shift');
    await shift.waitFor();
    // Paired by the plan, not by hand: the pair picker already names the earlier poll.
    expect(await card.getByTestId('poll-pair').inputValue()).toBe(before.id);
    const rows = await shift.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-group'), (tr.querySelector('[data-testid="shift-points"]')?.textContent ?? '').trim()]));
    // Before: the room all "Yes", online all "No". After: 4 and 2 in the room, online all "Not sure".
    expect(rows).toEqual([
      ['all', '−16.7'], ['all', '−33.3'], ['all', '+50'],
      ['online', '0'], ['online', '−100'], ['online', '+100'],
      ['onsite', '−33.3'], ['onsite', '+33.3'], ['onsite', '0'],
    ]);
    await shift.scrollIntoViewIfNeeded();
    await screenshot(cockpit, 'prepared-polls-cockpit-shift');
    await projector.getByTestId('poll-shift').waitFor();
    await screenshot(projector, 'prepared-polls-projector-shift');
    expect(errors).toEqual([]);
  }, 180_000);
});
