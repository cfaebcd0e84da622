import { afterEach, describe, expect, it } from 'vitest';
import type { OpenFloorClient } from '../../src/client/openFloorClient.ts';
import { screenshot, type Page } from '../support/browser.ts';
import { e2eStage } from '../support/e2eStage.ts';
import { connectClient, createSession, joinAsParticipant, tokenOf, type CreatedSessionResponse } from '../support/testServer.ts';

/**
 * The cockpit at work, in Debian's Chromium against a real server: keyboard shortcuts (COCKPIT-3),
 * the safe choices (COCKPIT-5), the online moderator's console in sync with the onsite one
 * (COCKPIT-4), the projector following the moderator's intent (PROJ-4) and the balance meter
 * counting connected people (FLOOR-13). Participants and, where a test is about a page's reaction,
 * the moderator's commands run through protocol clients.
 */
describe('the moderator’s cockpit', () => {
  const stage = e2eStage('e2e-cockpit.db', { TALLY_INTERVAL_MS: '50' });
  const { errors, open } = stage;
  const clients: OpenFloorClient[] = [];

  afterEach(() => {
    for (const client of clients.splice(0)) client.close();
  });

  async function session(): Promise<CreatedSessionResponse> {
    return createSession(stage.server.baseUrl);
  }

  async function participant(s: CreatedSessionResponse, channel: 'onsite' | 'online'): Promise<OpenFloorClient> {
    const client = await joinAsParticipant(stage.server.baseUrl, s.joinCode, channel);
    clients.push(client);
    return client;
  }

  async function staff(link: string): Promise<OpenFloorClient> {
    const client = connectClient(stage.server.baseUrl, tokenOf(link));
    clients.push(client);
    await client.waitFor((_s, status) => status === 'live');
    return client;
  }

  async function cockpit(link: string, viewport = { width: 1366, height: 768 }): Promise<Page> {
    const page = await open(link, viewport);
    await page.getByTestId('cockpit-now-floor').waitFor();
    return page;
  }

  /** The focused element's data-testid. */
  const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);

  it('COCKPIT-1: the seed round table mid-session runs from the first viewport at 1366×768 (the README’s screenshots)', async () => {
    const s = await session();
    const moderator = await staff(s.links.moderator);
    const people = [] as OpenFloorClient[];
    for (let i = 0; i < 8; i++) people.push(await participant(s, i % 2 === 0 ? 'onsite' : 'online'));
    await moderator.send({ type: 'agenda.start' });
    await moderator.send({ type: 'agenda.next' });
    for (const [i, person] of people.slice(0, 5).entries()) await person.send({ type: 'floor.raise', intent: i === 2 ? 'question' : 'comment', label: null });
    await moderator.send({ type: 'floor.give', panelSpeaker: 1 });
    await moderator.send({ type: 'floor.add', label: 'Seat 14', channel: 'onsite', intent: 'reply', stakeholderGroup: 'Academia', regionalGroup: null });
    await people[7]?.send({ type: 'qa.ask', text: 'How can platforms check ages without collecting more data about children?', displayName: null });
    await people[6]?.send({ type: 'qa.ask', text: 'Who pays for digital literacy teachers in rural schools?', displayName: null });
    await people[5]?.send({ type: 'qa.ask', text: 'My school is Saint Mary in Lyon, can you call my teacher at 0612345678?', displayName: null });
    const asked = await moderator.waitFor((st) => st.qa.questions.length === 3);
    const clean = asked.qa.questions.filter((q) => q.status === 'pending');
    for (const q of clean) await moderator.send({ type: 'qa.approve', questionId: q.id, version: q.version });
    if (clean[0]) await moderator.send({ type: 'qa.pin', questionId: clean[0].id });
    await people[3]?.send({ type: 'qa.ask', text: 'Will the recommendations be published in plain language for young people?', displayName: null });
    const poll = moderator.state.polls[0];
    if (!poll) throw new Error('the template has polls');
    await moderator.send({ type: 'poll.open', pollId: poll.id });
    for (const [i, person] of people.entries()) await person.send({ type: 'poll.vote', pollId: poll.id, optionIds: [poll.options[[3, 3, 1, 0, 3, 2, 1, 3][i] ?? 0]?.id ?? ''] });

    const page = await cockpit(s.links.moderator);
    await page.getByTestId('floor-timer').waitFor();
    await expect.poll(() => page.getByTestId('cockpit-poll-total').textContent()).toContain('8 votes');
    await page.getByTestId('qa-now-text').waitFor();
    const root = await page.evaluate(() => ({ scroll: document.documentElement.scrollHeight, client: document.documentElement.clientHeight }));
    expect(root.scroll).toBeLessThanOrEqual(root.client);
    await page.waitForTimeout(1200);
    await screenshot(page, 'readme-cockpit-1366x768');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await screenshot(page, 'readme-cockpit-1920x1080');
    const online = await cockpit(s.links.onlineModerator);
    await online.getByTestId('online-hand').first().waitFor();
    await screenshot(online, 'readme-cockpit-online-1366x768');
    const projector = await open(s.links.projector, { width: 1920, height: 1080 });
    await projector.getByTestId('projector-question-text').waitFor();
    await expect.poll(() => projector.getByTestId('projector-total').textContent()).toContain('8');
    await screenshot(projector, 'readme-projector-1920x1080');
    expect(errors).toEqual([]);
  });

  it('COCKPIT-2, COCKPIT-3: the keys give the floor, end a turn, open and close the poll, walk and approve questions; a help overlay lists them; nothing fires while typing', async () => {
    const s = await session();
    const moderator = await cockpit(s.links.moderator);

    // The help overlay: `?` opens it, Escape closes it; the button opens it too.
    await moderator.keyboard.press('?');
    await moderator.getByTestId('shortcut-help').waitFor();
    expect(await moderator.getByTestId('shortcut-help').textContent()).toContain('Give the floor to the next speaker');
    await screenshot(moderator, 'cockpit-shortcut-help');
    await moderator.keyboard.press('Escape');
    await moderator.getByTestId('shortcut-help').waitFor({ state: 'hidden' });

    const people = [await participant(s, 'onsite'), await participant(s, 'online')];
    for (const person of people) await person.send({ type: 'floor.raise', intent: 'comment', label: null });
    await expect.poll(() => moderator.getByTestId('cockpit-next-item').count()).toBe(2);

    // Typing an N in a field gives nobody the floor.
    await moderator.getByTestId('cockpit-tab-polls').click();
    await moderator.getByTestId('new-poll-question').fill('');
    await moderator.getByTestId('new-poll-question').press('n');
    expect(await moderator.getByTestId('new-poll-question').inputValue()).toBe('n');
    await moderator.getByTestId('new-poll-question').press('e');
    await moderator.waitForTimeout(300);
    expect(await moderator.getByTestId('floor-current').count()).toBe(0);
    await moderator.getByTestId('new-poll-question').fill('');

    // N gives the floor to the next, E ends the turn; focus is anywhere but in a field.
    await moderator.getByTestId('cockpit-tab-questions').click();
    await moderator.keyboard.press('n');
    await moderator.getByTestId('floor-current').waitFor();
    await expect.poll(() => moderator.getByTestId('cockpit-next-item').count()).toBe(1);
    await moderator.keyboard.press('e');
    await expect.poll(() => moderator.getByTestId('floor-current').count()).toBe(0);

    // P opens the poll ready for the running item (none is running: the first draft), P closes it.
    await moderator.keyboard.press('p');
    await expect.poll(() => moderator.getByTestId('cockpit-poll').getAttribute('data-status')).toBe('open');
    await moderator.keyboard.press('p');
    await expect.poll(() => moderator.getByTestId('cockpit-poll').getAttribute('data-status')).toBe('none');

    // Questions: the flagged one is listed first. J selects it; A does not approve it but goes to "Approve anyway".
    await people[1]?.send({ type: 'qa.ask', text: 'I am 12, my email is kim.t@example.org, who can help me?', displayName: null });
    await people[0]?.send({ type: 'qa.ask', text: 'How do schools and parents work together?', displayName: null });
    const queue = moderator.getByTestId('qa-queue-item');
    await expect.poll(() => queue.count()).toBe(2);
    await moderator.keyboard.press('j');
    await expect.poll(() => queue.first().getAttribute('data-selected')).toBe('true');
    expect(await queue.first().getAttribute('data-flagged')).toBe('true');
    await moderator.keyboard.press('a');
    await expect.poll(() => focused(moderator)).toBe('qa-approve');
    expect(await moderator.getByTestId('cockpit-notice').textContent()).toContain('flagged');
    expect(await queue.count()).toBe(2);
    // Focus on a button does not stop the keys: J moves on, A approves the clean one.
    await moderator.keyboard.press('j');
    await expect.poll(() => queue.nth(1).getAttribute('data-selected')).toBe('true');
    await moderator.keyboard.press('a');
    await expect.poll(() => queue.count()).toBe(1);
    // The selection moved to what is left; R asks for the reason, in the reason field.
    await expect.poll(() => queue.first().getAttribute('data-selected')).toBe('true');
    await moderator.keyboard.press('r');
    await expect.poll(() => focused(moderator)).toBe('qa-reject-reason');
    await moderator.getByTestId('qa-reject-confirm').click();
    await expect.poll(() => queue.count()).toBe(0);

    // Keyboard focus is visible.
    await moderator.getByTestId('floor-give-next').focus();
    await moderator.keyboard.press('Tab');
    const outline = await moderator.evaluate(() => (document.activeElement ? getComputedStyle(document.activeElement).outlineStyle : 'none'));
    expect(outline).not.toBe('none');
    expect(errors).toEqual([]);
  });

  it('COCKPIT-5: a second poll opens only after a confirmation; a flagged question offers Reject first; the speaker note starts empty', async () => {
    const s = await session();
    const moderator = await cockpit(s.links.moderator);
    const [first, second, third] = (await staff(s.links.moderator)).state.polls;
    if (!first || !second || !third) throw new Error('the template has three polls');

    await moderator.getByTestId('cockpit-poll-open').click();
    await expect.poll(() => moderator.getByTestId('cockpit-poll').getAttribute('data-status')).toBe('open');
    await moderator.getByTestId('cockpit-tab-polls').click();
    const card = (id: string) => moderator.locator(`[data-testid="moderator-poll"][data-poll-id="${id}"]`);
    const status = (id: string) => card(id).getAttribute('data-status');

    // Cancel (focused first) changes nothing.
    await card(second.id).getByTestId('poll-open').click();
    await moderator.getByTestId('poll-confirm').waitFor();
    expect(await focused(moderator)).toBe('poll-confirm-cancel');
    expect(await moderator.getByTestId('poll-confirm').textContent()).toContain(first.question);
    await screenshot(moderator, 'cockpit-poll-confirm');
    await moderator.keyboard.press('Enter');
    await moderator.getByTestId('poll-confirm').waitFor({ state: 'hidden' });
    expect([await status(first.id), await status(second.id)]).toEqual(['open', 'draft']);

    // Close it and open this one.
    await card(second.id).getByTestId('poll-open').click();
    await moderator.getByTestId('poll-confirm-switch').click();
    await expect.poll(async () => [await status(first.id), await status(second.id)]).toEqual(['closed', 'open']);

    // Keep both open: the one case `alongside` is sent.
    await card(third.id).getByTestId('poll-open').click();
    await moderator.getByTestId('poll-confirm-both').click();
    await expect.poll(async () => [await status(second.id), await status(third.id)]).toEqual(['open', 'open']);

    // A flagged question: Reject is the primary button, approving says "Approve anyway".
    const asker = await participant(s, 'online');
    await asker.send({ type: 'qa.ask', text: 'Call me on 0612345678 about the helpline', displayName: null });
    await moderator.getByTestId('cockpit-tab-questions').click();
    const held = moderator.locator('[data-testid="qa-queue-item"][data-flagged="true"]');
    await held.waitFor();
    expect(await held.getByTestId('qa-reject').getAttribute('class')).toContain('button-primary');
    expect(await held.getByTestId('qa-approve').getAttribute('class')).not.toContain('button-primary');
    expect(await held.getByTestId('qa-approve').textContent()).toBe('Approve anyway');

    // The note to a speaker starts empty; the quick text is one click away.
    await moderator.getByTestId('cockpit-tab-panel').click();
    expect(await moderator.getByTestId('note-text').inputValue()).toBe('');
    await moderator.getByTestId('note-quick').click();
    expect(await moderator.getByTestId('note-text').inputValue()).toBe('One minute left');
    expect(errors).toEqual([]);
  });

  it('COCKPIT-4: the online moderator’s console opens on the online room; both consoles act and stay in sync', async () => {
    const s = await session();
    const moderator = await cockpit(s.links.moderator);
    const online = await cockpit(s.links.onlineModerator);
    expect(await online.getByTestId('cockpit-tab-online').getAttribute('aria-selected')).toBe('true');
    expect(await moderator.getByTestId('cockpit-tab-questions').getAttribute('aria-selected')).toBe('true');

    const inRoom = await participant(s, 'onsite');
    const fromCall = [await participant(s, 'online'), await participant(s, 'online')];
    await expect.poll(() => online.getByTestId('online-count').textContent()).toContain('2 participants online');
    await inRoom.send({ type: 'floor.raise', intent: 'comment', label: null });
    for (const person of fromCall) await person.send({ type: 'floor.raise', intent: 'question', label: null });
    await expect.poll(() => online.getByTestId('online-hand').count()).toBe(2);
    await expect.poll(() => online.getByTestId('cockpit-next-room').textContent()).toContain('2 waiting');

    // The online moderator gives the floor to an online hand; the onsite console shows it.
    await online.getByTestId('online-hand-give').first().click();
    await expect.poll(() => moderator.getByTestId('floor-current').getAttribute('data-channel')).toBe('online');
    await expect.poll(() => online.getByTestId('online-hand').count()).toBe(1);
    // The onsite moderator ends the turn by key; the online console follows.
    await moderator.keyboard.press('e');
    await expect.poll(() => online.getByTestId('floor-current').count()).toBe(0);

    // Questions: the online room's first on the online console; approved on one, gone from both.
    await inRoom.send({ type: 'qa.ask', text: 'What can schools do this year?', displayName: null });
    await fromCall[0]?.send({ type: 'qa.ask', text: 'How do we take part from home?', displayName: null });
    await online.getByTestId('cockpit-tab-questions').click();
    await expect.poll(() => online.getByTestId('qa-queue-item').count()).toBe(2);
    expect(await online.getByTestId('qa-queue-item').first().textContent()).toContain('from home');
    expect(await moderator.getByTestId('qa-queue-item').first().textContent()).toContain('schools');
    await online.keyboard.press('j');
    await online.keyboard.press('a');
    await expect.poll(() => moderator.getByTestId('qa-queue-item').count()).toBe(1);
    await moderator.getByTestId('qa-queue-item').getByTestId('qa-approve').click();
    await expect.poll(() => online.getByTestId('qa-queue-item').count()).toBe(0);
    await online.getByTestId('cockpit-tab-online').click();
    await screenshot(online, 'cockpit-online-room');
    expect(errors).toEqual([]);
  });

  it('PROJ-4: pinning a question puts it on the big screen: beside an open poll in Automatic, and from a mode that would hide it', async () => {
    const s = await session();
    const projector = await open(s.links.projector, { width: 1366, height: 768 });
    const moderator = await staff(s.links.moderator);
    const asker = await participant(s, 'online');
    for (const text of ['Who funds the helplines?', 'What do platforms publish about age checks?']) await asker.send({ type: 'qa.ask', text, displayName: null });
    const asked = await moderator.waitFor((st) => st.qa.questions.length === 2);
    for (const q of asked.qa.questions) if (q.status !== 'published') await moderator.send({ type: 'qa.approve', questionId: q.id, version: q.version });
    const [one, two] = (await moderator.waitFor((st) => st.qa.questions.every((q) => q.status === 'published'))).qa.questions;
    const poll = moderator.state.polls[0];
    if (!one || !two || !poll) throw new Error('two questions and a poll');

    // Automatic, a poll open: pinning shows the question beside the poll, neither hides the other.
    await moderator.send({ type: 'poll.open', pollId: poll.id });
    await expect.poll(() => projector.locator('h1[data-testid="projector-question"]').textContent()).toBe(poll.question);
    await moderator.send({ type: 'qa.pin', questionId: one.id });
    await expect.poll(() => projector.getByTestId('projector-question-text').textContent()).toBe(one.text);
    expect(await projector.locator('h1[data-testid="projector-question"]').textContent()).toBe(poll.question);
    await screenshot(projector, 'projector-question-beside-poll');

    // The screen on "Speaker and timer": the next pin switches it to the question.
    await moderator.send({ type: 'projector.show', mode: 'speaker' });
    await expect.poll(() => projector.getByTestId('projector-question-text').count()).toBe(0);
    await moderator.send({ type: 'qa.pin', questionId: two.id });
    await expect.poll(() => projector.getByTestId('projector-question-text').textContent()).toBe(two.text);
    expect(errors).toEqual([]);
  });

  it('FLOOR-13: the balance meter counts connected people: "2 present" with two connected, the seven panel speakers invited apart', async () => {
    const s = await session();
    const moderator = await open(s.links.moderator, { width: 1366, height: 768 });
    await participant(s, 'onsite');
    await participant(s, 'online');
    const meter = moderator.getByTestId('balance-meter');
    await expect.poll(() => meter.textContent()).toContain('2 people present');
    expect(await meter.textContent()).toContain('7 panel speakers invited, not connected');
    await expect.poll(() => moderator.getByTestId('cockpit-balance-present').textContent()).toBe('2 present');
    expect(errors).toEqual([]);
  });
});
