import { afterAll, describe, expect, it } from 'vitest';
import { ARABIC_DISPLAY_NAME, ARABIC_HAND_LABELS, ARABIC_QUESTIONS, ARABIC_STAFF_TEXTS, ARABIC_TEXT_PLAN, arabicTextSession, type ArabicTextSession } from '../support/arabicTextFixture.ts';
import { screenshot, type Page } from '../support/browser.ts';
import { showPane, type CockpitPane } from '../support/cockpitPanes.ts';
import { e2eStage } from '../support/e2eStage.ts';
import { HAND_LABELS, LONG_TEXT_PLAN, QUESTIONS, longTextSession, type LongTextSession } from '../support/longTextFixture.ts';
import { connectClient, createInvite, TEST_HOST_TOKEN, tokenOf } from '../support/testServer.ts';
import { misdirectedTexts, type MisdirectedText } from '../support/textDirection.ts';
import { arStaff } from '../../src/web/i18n/ar.staff.ts';

/** Every string of a value, however deep. */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

const ENGLISH_TEXTS = [...stringsOf(LONG_TEXT_PLAN), ...QUESTIONS, ...HAND_LABELS];
const ARABIC_TEXTS = [...stringsOf(ARABIC_TEXT_PLAN), ...ARABIC_QUESTIONS, ...ARABIC_HAND_LABELS, ARABIC_DISPLAY_NAME, ...Object.values(ARABIC_STAFF_TEXTS)];
/** The rapporteur's link label and note on the long-text session. */
const DESK_LABEL = 'Rapporteur laptop, room B';
const DESK_NOTE = 'Age assurance must respect children\'s privacy (3 proposals)';
/** What the phone asks itself, to be seen in its own questions. */
const PHONE_QUESTION = 'هل ستكون التوصيات متاحة باللغة العربية؟';

describe('I18N-12: people\'s texts in a page of the other direction', () => {
  const stage = e2eStage('e2e-user-text-direction.db');
  const { errors, open } = stage;
  let filled: LongTextSession | undefined;
  let arabic: ArabicTextSession | undefined;
  afterAll(() => {
    filled?.close();
    arabic?.close();
  });

  it('I18N-12: the Arabic cockpit, in every pane, an Arabic phone, the rapporteur\'s desk and the host\'s links lay out every English text people wrote left to right', async () => {
    filled = await longTextSession(stage.server.baseUrl);
    const page = await open(filled.session.links.moderator, { width: 1366, height: 768 }, false, 'ar');
    await page.getByTestId('qa-now-text').waitFor();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    const wrong: Record<string, MisdirectedText[]> = {};
    const main = await misdirectedTexts(page, ENGLISH_TEXTS);
    if (main.length > 0) wrong.main = main;
    await screenshot(page, 'user-text-cockpit-ar');
    // The screen reader's "Next: …" line sets the next person's English label apart in a
    // first-strong isolate, so in the Arabic sentence neither pulls the other's punctuation.
    const nextWho = (await page.locator('#floor-next-who').textContent()) ?? '';
    const isolated = new RegExp(`^${arStaff['moderator.floor.nextIs']} \u2068(.+)\u2069$`, 'u').exec(nextWho);
    expect(HAND_LABELS, nextWho).toContain(isolated?.[1]);
    // The cut texts start at their left edge (their beginning shown), so the ellipsis is at their right, logical, end.
    for (const testId of ['cockpit-agenda-current', 'cockpit-next-item']) {
      const cut = await page.getByTestId(testId).first().locator('[data-user-text]').evaluate((element) => {
        const range = document.createRange();
        const text = element.firstChild;
        if (!text) return null;
        range.setStart(text, 0);
        range.setEnd(text, 1);
        const first = range.getBoundingClientRect();
        const box = element.getBoundingClientRect();
        return { truncated: element.scrollWidth > element.clientWidth || element.scrollHeight > element.clientHeight, firstLetterAtLeftEdge: Math.abs(first.left - box.left) < 2 };
      });
      expect(cut, testId).toEqual({ truncated: true, firstLetterAtLeftEdge: true });
    }
    for (const pane of ['questions', 'queue', 'polls', 'agenda', 'screen', 'balance', 'panel', 'notes'] satisfies CockpitPane[]) {
      await showPane(page, pane);
      const found = await misdirectedTexts(page, ENGLISH_TEXTS);
      if (found.length > 0) wrong[pane] = found;
      await screenshot(page, `user-text-cockpit-ar-${pane}`);
    }
    expect(wrong).toEqual({});
    await page.context().close();

    const phone = await open(`${stage.server.baseUrl}/j/${filled.session.joinCode}`, { width: 375, height: 667 }, true, 'ar-EG');
    await phone.getByTestId('channel-online').click();
    // The code of conduct and the online guidelines, written in English, before they are accepted.
    await phone.getByTestId('conduct-text').waitFor();
    expect(await misdirectedTexts(phone, ENGLISH_TEXTS)).toEqual([]);
    await phone.getByTestId('conduct-accept').click();
    // Polls and questions show under the gate while the acceptance travels: wait for it to go.
    await phone.getByTestId('conduct-gate').waitFor({ state: 'detached' });
    await phone.getByTestId('poll-option').first().waitFor();
    await phone.locator('.qa-text-shown').first().waitFor();
    expect(await misdirectedTexts(phone, ENGLISH_TEXTS)).toEqual([]);
    await screenshot(phone, 'user-text-participant-ar');
    await phone.context().close();

    // The rapporteur's desk and the host's links in Arabic, with a note and link labels in English.
    const rapporteurLink = (await createInvite(stage.server.baseUrl, filled.session.id, { role: 'rapporteur', label: DESK_LABEL })).link;
    const rapporteur = connectClient(stage.server.baseUrl, tokenOf(rapporteurLink));
    await rapporteur.waitFor((_s, status) => status === 'live');
    const question = filled.moderator.state.qa.questions.find((q) => q.status === 'published');
    await rapporteur.send({ type: 'desk.note', agendaItem: 1, tag: 'takeaway', text: DESK_NOTE, attach: question ? { kind: 'question', questionId: question.id } : null });
    rapporteur.close();
    const desk = await open(rapporteurLink, { width: 1280, height: 900 }, false, 'ar');
    await desk.getByTestId('desk-note-text').waitFor();
    expect(await desk.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await misdirectedTexts(desk, [...ENGLISH_TEXTS, DESK_NOTE])).toEqual([]);
    await screenshot(desk, 'user-text-rapporteur-ar');
    await desk.context().close();
    const host = await open(`${stage.server.baseUrl}/host/access#${filled.session.id}`, { width: 1280, height: 900 }, false, 'ar');
    await host.getByTestId('host-token-input').fill(TEST_HOST_TOKEN);
    await host.getByTestId('host-token-submit').click();
    await host.getByTestId('invite-table').waitFor();
    await host.getByTestId('audit-table').waitFor();
    expect(await misdirectedTexts(host, [...ENGLISH_TEXTS, DESK_LABEL])).toEqual([]);
    await screenshot(host, 'user-text-host-access-ar');
    expect(errors).toEqual([]);
  });

  it('I18N-12: English pages (projector in every mode and strip, cockpit in every pane, phone and its own questions, pre-session page, speaker, rapporteur desk, host links, audit log and organisers) lay out every Arabic text people wrote right to left', async () => {
    arabic = await arabicTextSession(stage.server.baseUrl);
    const { session } = arabic;
    const wrong: Record<string, MisdirectedText[]> = {};
    const look = async (page: Page, where: string) => {
      const found = await misdirectedTexts(page, [...ARABIC_TEXTS, PHONE_QUESTION]);
      if (found.length > 0) wrong[where] = found;
      await screenshot(page, `user-text-en-${where}`);
    };

    const projector = await open(session.links.projector, { width: 1920, height: 1080 });
    await projector.locator('.projector').waitFor();
    expect(await projector.evaluate(() => document.documentElement.dir)).not.toBe('rtl');
    // The poll while someone speaks: the poll with the floor strip above it.
    await arabic.moderator.send({ type: 'projector.show', mode: 'poll', pollId: null });
    await projector.locator('.floor-strip .floor-strip-chip').first().waitFor();
    await projector.locator('h1.projector-question').waitFor();
    await look(projector, 'projector-poll-strip');
    // COCKPIT-6: under the strip the chart still fits its box (its first percentage was drawn
    // above the box, under the question, and its last bar cut off at the bottom).
    await expect.poll(() => projector.evaluate(barsOutsideTheirBox), { timeout: 5_000 }).toEqual([]);
    const moderator = await open(session.links.moderator, { width: 1366, height: 768 }, false, 'en');
    await moderator.getByTestId('qa-now-text').waitFor();
    await look(moderator, 'cockpit');
    for (const pane of ['questions', 'queue', 'polls', 'agenda', 'screen', 'balance', 'panel', 'notes'] satisfies CockpitPane[]) {
      await showPane(moderator, pane);
      await look(moderator, `cockpit-${pane}`);
    }
    // The projector in each of its modes: agenda, the floor, the queue, the question.
    for (const [mode, shown] of [['agenda', 'projector-agenda-title'], ['speaker', 'projector-speaker'], ['queue', 'projector-queue'], ['question', 'projector-question-text']] as const) {
      await arabic.moderator.send({ type: 'projector.show', mode, pollId: null });
      await projector.locator(`.projector[data-mode="${mode}"]`).getByTestId(shown).first().waitFor();
      await look(projector, `projector-${mode}`);
    }
    await projector.context().close();
    await moderator.context().close();

    const phone = await open(`${stage.server.baseUrl}/j/${session.joinCode}`, { width: 375, height: 667 }, true, 'en');
    await phone.getByTestId('channel-online').click();
    // The code of conduct and the online guidelines, written in English, before they are accepted.
    await phone.getByTestId('conduct-text').waitFor();
    expect(await misdirectedTexts(phone, ENGLISH_TEXTS)).toEqual([]);
    await phone.getByTestId('conduct-accept').click();
    // Polls and questions show under the gate while the acceptance travels: wait for it to go.
    await phone.getByTestId('conduct-gate').waitFor({ state: 'detached' });
    await phone.getByTestId('qa-text').fill(PHONE_QUESTION);
    await phone.getByTestId('qa-send').click();
    await phone.getByTestId('qa-mine-item').waitFor();
    await phone.locator('.qa-text-shown').first().waitFor();
    await look(phone, 'phone');
    await phone.context().close();

    const before = await open(`${stage.server.baseUrl}/before/${session.joinCode}`, { width: 1280, height: 900 }, false, 'en');
    await before.getByTestId('before-agenda').waitFor();
    await look(before, 'before');
    await before.context().close();

    const desk = await open(arabic.rapporteurLink, { width: 1280, height: 900 }, false, 'en');
    await desk.getByTestId('desk-note-text').waitFor();
    await look(desk, 'rapporteur');
    await desk.context().close();

    const speaker = await open(arabic.speakerLink, { width: 1280, height: 900 }, false, 'en');
    await speaker.getByTestId('speaker-floor').waitFor();
    await speaker.getByTestId('speaker-queue').waitFor();
    await look(speaker, 'speaker');
    await speaker.context().close();

    const host = await open(`${stage.server.baseUrl}/host/access#${session.id}`, { width: 1280, height: 900 }, false, 'en');
    await host.getByTestId('host-token-input').fill(TEST_HOST_TOKEN);
    await host.getByTestId('host-token-submit').click();
    await host.getByTestId('invite-table').waitFor();
    await host.getByTestId('audit-table').waitFor();
    await host.getByTestId('invite-role').selectOption('speaker');
    await look(host, 'host-access');
    // The audit log names the rapporteur's link by its label, isolated after the role's name.
    const auditLabel = host.getByTestId('audit-table').locator('bdi[data-user-text]', { hasText: ARABIC_STAFF_TEXTS.rapporteurLink });
    expect(await auditLabel.count()).toBeGreaterThan(0);
    expect(await auditLabel.first().evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
    await host.goto(`${stage.server.baseUrl}/host/organisers`);
    await host.getByTestId('organiser-table').waitFor();
    await look(host, 'host-organisers');
    await host.context().close();

    expect(wrong).toEqual({});
    expect(errors).toEqual([]);
  });
});

/** The projector's result bars (by label) that reach outside the chart's box, above or below it. */
function barsOutsideTheirBox(): string[] {
  const box = document.querySelector('.projector-poll .result-bars')?.getBoundingClientRect();
  if (!box) return ['no chart'];
  return [...document.querySelectorAll('.projector-poll .result-bars .result-bar')]
    .filter((bar) => {
      const r = bar.getBoundingClientRect();
      return r.top < box.top - 1 || r.bottom > box.bottom + 1;
    })
    .map((bar) => (bar.textContent ?? '').trim().slice(0, 30));
}
