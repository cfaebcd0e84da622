import { describe, expect, it } from 'vitest';
import { englishTexts as en } from '../support/englishTexts.ts';
import { screenshot } from '../support/browser.ts';
import { e2eStage } from '../support/e2eStage.ts';
import { connectClient, createInvite, createSession, joinAsParticipant, TEST_HOST_TOKEN, tokenOf } from '../support/testServer.ts';

/**
 * Findings of the new-user walk-through (issue 14), end to end: a broken role link says so
 * within seconds and names the page's role (PROTO-3); a wrong address shows the app's "page
 * not found" with a way back (WEB-2); a speaker over time gets one signal, not two (SPEAK-3);
 * long words and links wrap on a phone instead of widening the page (WEB-3); a lost network
 * shows where the participant looks and the page is back as soon as the network is (PROTO-11).
 */
describe('walk-through findings end to end', () => {
  const stage = e2eStage('e2e-walk-through.db');
  const { errors, open } = stage;
  const phone = { width: 375, height: 667 };

  it('PROTO-3: a malformed or unknown rapporteur or speaker link is refused within seconds, naming the right role, with a way on to the join page', async () => {
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
      // Not a dead end: the page offers the join page, where the person can still take part.
      const wayOn = page.getByRole('link', { name: en['notFound.home'] });
      await wayOn.click();
      await expect.poll(() => new URL(page.url()).pathname).toBe('/');
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

  it('SPEAK-3: over time, the speaker page says it once: "+0:0N" beside "over time", not "+0:0N over" too', async () => {
    const session = await createSession(stage.server.baseUrl);
    const invite = await createInvite(stage.server.baseUrl, session.id, { role: 'speaker', label: 'Speaker 1 laptop', panelSpeaker: 0 });
    const moderator = connectClient(stage.server.baseUrl, tokenOf(session.links.moderator));
    try {
      await moderator.send({ type: 'floor.setLimit', limitSeconds: 10, warningSeconds: 5 });
      await moderator.send({ type: 'floor.give', handId: null, panelSpeaker: 0 });
      const speaker = await open(invite.link, { width: 1280, height: 800 });
      const floor = speaker.getByTestId('speaker-floor');
      await expect.poll(() => floor.getAttribute('data-phase'), { timeout: 20_000 }).toBe('over');
      await expect.poll(() => speaker.getByTestId('speaker-timer').textContent()).toMatch(/^\+0:0\d$/);
      expect(await floor.locator('.speaker-timer-caption').textContent()).toBe(en['timer.captionOver']);
      expect(((await floor.textContent()) ?? '').match(/over/g)).toHaveLength(1);
      await screenshot(speaker, 'speaker-over-time');
      await speaker.context().close();
    } finally {
      moderator.close();
    }
  });

  it('WEB-3: on a 375 px phone, long words, links and labels wrap: the page and every card keep to the screen', async () => {
    const longWord = 'Kinderschutzbeauftragtenweiterbildungsprogrammevaluierungsberichtszusammenfassungen';
    const longLink = `https://example.org/${'policy-brief-'.repeat(5)}final.pdf`;
    const session = await createSession(stage.server.baseUrl, {
      plan: {
        title: `Round table on ${longWord}`,
        subtitle: `Read first: ${longLink}`,
        format: 'round_table',
        durationMinutes: 60,
        youthMode: false,
        agenda: [{ title: `Opening: ${longWord}`, plannedMinutes: 5, kind: 'opening' }],
        polls: [{ question: `Which ${longWord} matters most?`, options: [longWord, `See ${longLink}`, 'Neither'] }],
      },
    });
    const moderator = connectClient(stage.server.baseUrl, tokenOf(session.links.moderator));
    const asker = await joinAsParticipant(stage.server.baseUrl, session.joinCode, 'online');
    try {
      await moderator.waitFor((_s, status) => status === 'live');
      await moderator.send({ type: 'agenda.start' });
      const pollId = moderator.state.polls[0]?.id ?? '';
      await moderator.send({ type: 'poll.open', pollId });
      await asker.send({ type: 'qa.ask', text: `What does ${longWord} mean for schools?` });
      // This plan has no pre-moderation: the question is published at once.
      await moderator.waitFor((s) => s.qa.questions.some((q) => q.status === 'published'));

      const phone = await open(`${stage.server.baseUrl}/j/${session.joinCode}`, { width: 375, height: 667 }, true);
      await phone.getByTestId('channel-onsite').click();
      const accept = phone.getByTestId('conduct-accept');
      if (await accept.count()) await accept.click();
      await phone.getByTestId('qa-published-item').waitFor();
      await phone.locator('.poll-stack').waitFor();
      // The check: the page and every card no wider than they are; and, as a reader
      // sees it, no element reaching past either edge of the screen.
      const overflow = await phone.evaluate(() => {
        const page = document.documentElement;
        const name = (el: Element) => `${el.tagName.toLowerCase()}.${el.className} ${(el.textContent ?? '').slice(0, 30)}`;
        const cards = [...document.querySelectorAll('.card')].filter((el) => el.scrollWidth > el.clientWidth).map(name);
        const outside = [...document.querySelectorAll('body *')]
          .filter((el) => {
            const box = el.getBoundingClientRect();
            return box.width > 0 && (box.left < -1 || box.right > page.clientWidth + 1);
          })
          .map(name);
        return { page: page.scrollWidth, viewport: page.clientWidth, cards, outside };
      });
      await screenshot(phone, 'participant-long-words');
      expect(overflow.cards).toEqual([]);
      expect(overflow.outside).toEqual([]);
      expect(overflow.page).toBeLessThanOrEqual(overflow.viewport);
      await phone.context().close();
    } finally {
      moderator.close();
      asker.close();
    }
  });

  it('PROTO-11: the phone goes offline: "Reconnecting" shows at the bottom of the screen, scrolled or not, and goes once the network is back', async () => {
    const phone = await open(`${stage.server.baseUrl}/j/${stage.server.demo.joinCode}`, { width: 375, height: 667 }, true);
    await phone.getByTestId('channel-online').click();
    const accept = phone.getByTestId('conduct-accept');
    await accept.waitFor();
    await accept.click();
    await phone.getByTestId('floor-raise').waitFor();
    await phone.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const pill = phone.getByTestId('connection-status');
    expect(await pill.count()).toBe(0);

    await phone.context().setOffline(true);
    await pill.waitFor({ timeout: 12_000 });
    expect(await pill.getAttribute('data-status')).toBe('reconnecting');
    const box = await pill.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 667).toBe(true);
    await screenshot(phone, 'participant-reconnecting');

    await phone.context().setOffline(false);
    // The browser's online event reconnects at once instead of at the end of the backoff.
    await pill.waitFor({ state: 'detached', timeout: 5_000 });
    await phone.context().close();
  });

  it("GUIDE-6: on a 360×640 phone the code of conduct's accept button is in the first screen, however long the text", async () => {
    const phone = await open(`${stage.server.baseUrl}/j/${stage.server.demo.joinCode}`, { width: 360, height: 640 }, true);
    await phone.getByTestId('channel-onsite').click();
    const accept = phone.getByTestId('conduct-accept');
    await accept.waitFor();
    const box = await accept.boundingBox();
    expect(box && box.y + box.height <= 640).toBe(true);
    // The whole text is there, scrolling inside its box.
    expect((await phone.getByTestId('conduct-text').textContent())?.length ?? 0).toBeGreaterThan(200);
    await screenshot(phone, 'participant-conduct-gate');
    await phone.context().close();
  });

  it('QA-16: "Sent" and an error answer the last action only: typing a new question or the next action clears them', async () => {
    const phone = await open(`${stage.server.baseUrl}/j/${stage.server.demo.joinCode}`, { width: 375, height: 667 }, true);
    await phone.getByTestId('channel-online').click();
    await phone.getByTestId('conduct-accept').click();
    const card = phone.getByTestId('qa-card');
    const sent = card.locator('.qa-sent');
    const error = card.locator('.field-error');
    await phone.getByTestId('qa-text').fill('How will age assurance protect privacy?');
    await phone.getByTestId('qa-send').click();
    await sent.waitFor();
    await phone.getByTestId('qa-text').pressSequentially('And');
    expect(await sent.count()).toBe(0);

    // QA-12 allows 5 questions a minute: the sixth is refused, and the refusal shows.
    await phone.getByTestId('qa-text').fill('Question 2?');
    for (let n = 2; n <= 6; n++) {
      await phone.getByTestId('qa-text').fill(`Question ${String(n)}?`);
      await phone.getByTestId('qa-send').click();
      await expect.poll(async () => (await sent.count()) + (await error.count())).toBe(1);
    }
    expect(await error.count()).toBe(1);
    await phone.getByTestId('qa-text').fill('');
    await phone.getByTestId('qa-text').pressSequentially('Later');
    expect(await error.count()).toBe(0);
    await phone.context().close();
  });

  it('SESS-7: the host page has a map of its sections, moves agenda items with buttons (polls follow), and a way back to the list', async () => {
    const host = await open(`${stage.server.baseUrl}/host`, { width: 1366, height: 768 });
    await host.getByTestId('host-token').fill(TEST_HOST_TOKEN);
    await host.getByTestId('host-token-submit').click();
    await host.getByTestId('host-template').click();
    await expect.poll(() => host.getByTestId('field-plan-agenda-1-title').inputValue()).not.toBe('');
    const nav = host.getByTestId('host-nav');
    expect(await nav.isVisible()).toBe(true);

    // The map leads to a section far down the form.
    await nav.getByRole('link', { name: /Prepared polls/ }).click();
    await expect.poll(async () => (await host.getByTestId('host-polls').boundingBox())?.y ?? 9_999).toBeLessThan(768);
    // The map and the create button stay in view while scrolled.
    expect(((await nav.boundingBox())?.y ?? -1) >= 0).toBe(true);
    expect(await host.getByTestId('host-submit-aside').isVisible()).toBe(true);

    // Agenda item 2 moves up; the polls of items 1 and 2 follow their items.
    const titles = async () => Promise.all([0, 1, 2].map((i) => host.getByTestId(`field-plan-agenda-${String(i)}-title`).inputValue()));
    const pollItem = (i: number) => host.getByTestId(`field-plan-polls-${String(i)}-agendaItem`).inputValue();
    const before = await titles();
    const pollItemsBefore = await Promise.all([0, 1, 2].map(pollItem));
    await host.getByRole('button', { name: 'Move Item 2 up' }).click();
    expect(await titles()).toEqual([before[1], before[0], before[2]]);
    const swap = (v: string) => (v === '0' ? '1' : v === '1' ? '0' : v);
    expect(await Promise.all([0, 1, 2].map(pollItem))).toEqual(pollItemsBefore.map(swap));
    // Focus stays on the moving item's button, at its new place.
    expect(await host.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Move Item 1 (up|down)$/);
    await screenshot(host, 'host-form-map');

    // Create it, then go back to the list of sessions.
    await host.getByTestId('host-submit').click();
    await host.getByTestId('host-links').waitFor();
    expect(await host.getByTestId('host-header-access').getAttribute('href')).toMatch(/^\/host\/access#/);
    await host.getByTestId('host-back').click();
    await expect.poll(() => host.getByTestId('host-session').count()).toBeGreaterThanOrEqual(2);
    await host.context().close();
  });
});
