import { describe, expect, it } from 'vitest';
import type { Page } from '../support/browser.ts';
import { screenshot } from '../support/browser.ts';
import { e2eStage } from '../support/e2eStage.ts';
import { connectClient, createInvite, createSession, joinAsParticipant, TEST_HOST_TOKEN, tokenOf } from '../support/testServer.ts';

/**
 * WEB-4: every page fits its screen at a phone's, a laptop's and a big screen's size with
 * content that pushes: long words and links, long labels, many agenda items and questions.
 * No horizontal overflow of the page or of any card, nothing past the screen's edges (except
 * inside a box that scrolls on purpose, such as a wide table). Each page at each size is
 * screenshotted to test-results/screenshots/layout-*.png for people to look at.
 * (The moderator console and the projector have their own, stricter checks.)
 */

const SIZES = [
  { name: 'phone', width: 375, height: 667 },
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'big', width: 1920, height: 1080 },
] as const;

const LONG_WORD = 'Kinderschutzbeauftragtenweiterbildungsprogrammevaluierungsberichte';
const LONG_LINK = `https://example.org/${'policy-brief-'.repeat(5)}final.pdf`;

interface Overflow {
  readonly page: { readonly scrollWidth: number; readonly clientWidth: number };
  readonly cards: string[];
  readonly outside: string[];
  /** The brand's name is one line: a long title beside it must not squeeze it letter by letter. */
  readonly brandLines: number;
}

/** What sticks out, as a reader sees it. */
function overflowOf(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const name = (el: Element) => `${el.tagName.toLowerCase()}.${String(el.className)} “${(el.textContent ?? '').trim().slice(0, 40)}”`;
    const scrollsOnPurpose = (el: Element): boolean => {
      for (let up = el.parentElement; up; up = up.parentElement) {
        const style = getComputedStyle(up);
        if (style.overflowX === 'auto' || style.overflowX === 'scroll' || style.overflowX === 'hidden' || style.overflowX === 'clip') return true;
      }
      return false;
    };
    const cards = [...document.querySelectorAll('.card')].filter((el) => el.scrollWidth > el.clientWidth + 1).map(name);
    const outside = [...document.querySelectorAll('body *')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) return false;
        if (box.left >= -1 && box.right <= root.clientWidth + 1) return false;
        return !scrollsOnPurpose(el);
      })
      .map(name);
    const brand = document.querySelector('.brand-mark');
    const style = brand ? getComputedStyle(brand) : null;
    // "normal" line height is about 1.2 em.
    const lineHeight = style ? parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.25 : 1;
    // The logo is taller than a line of text: one line is the logo's height at most.
    const brandLines = brand ? Math.floor(brand.getBoundingClientRect().height / Math.max(lineHeight * 1.5, (brand.querySelector('svg')?.getBoundingClientRect().height ?? 0) + 1)) + 1 : 1;
    return { page: { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth }, cards, outside, brandLines };
  });
}

describe('WEB-4: every page fits phone, laptop and big screen', () => {
  const stage = e2eStage('e2e-layout.db');
  const { errors, open } = stage;

  it('WEB-4: no page overflows sideways at 375×667, 1366×768 or 1920×1080, with long content', async () => {
    const base = stage.server.baseUrl;
    const agenda = Array.from({ length: 8 }, (_, i) => ({ title: `Round ${String(i + 1)}: ${LONG_WORD}`, plannedMinutes: 5, kind: 'discussion', policyQuestion: `What about ${LONG_LINK}?` }));
    const session = await createSession(base, {
      plan: {
        title: `Round table on ${LONG_WORD}`,
        subtitle: `Read first: ${LONG_LINK}`,
        format: 'round_table',
        durationMinutes: 60,
        youthMode: false,
        agenda,
        speakers: [{ label: `Dr ${LONG_WORD.slice(0, 38)}`, stakeholderGroup: 'Government' }],
        polls: [{ question: `Which ${LONG_WORD} matters most?`, options: [LONG_WORD, `See ${LONG_LINK}`, 'Neither'] }],
        guidelines: { onsite: `Read ${LONG_LINK} first. ${LONG_WORD}.`, online: `Use the chat: ${LONG_LINK}` },
        codeOfConduct: `Be kind. ${LONG_WORD} ${LONG_LINK}`,
      },
    });
    const moderator = connectClient(base, tokenOf(session.links.moderator));
    const asker = await joinAsParticipant(base, session.joinCode, 'online');
    const speaker = await createInvite(base, session.id, { role: 'speaker', label: 'Speaker laptop', panelSpeaker: 0 });
    const rapporteur = await createInvite(base, session.id, { role: 'rapporteur', label: 'Rapporteur' });
    try {
      await moderator.waitFor((_s, status) => status === 'live');
      await moderator.send({ type: 'agenda.start' });
      await moderator.send({ type: 'poll.open', pollId: moderator.state.polls[0]?.id ?? '' });
      for (let i = 0; i < 4; i++) await asker.send({ type: 'qa.ask', text: `Question ${String(i + 1)}: what does ${LONG_WORD} mean for schools?` });
      await moderator.waitFor((s) => s.qa.questions.filter((q) => q.status === 'published').length === 4);

      const pages: { name: string; url: string; ready: (page: Page) => Promise<void> }[] = [
        { name: 'landing', url: `${base}/`, ready: (p) => p.getByTestId('join-code-input').waitFor() },
        { name: 'join', url: `${base}/j/${session.joinCode}`, ready: (p) => p.getByTestId('channel-onsite').waitFor() },
        {
          name: 'participant',
          url: `${base}/j/${session.joinCode}`,
          ready: async (p) => {
            await p.getByTestId('channel-onsite').click();
            await p.getByTestId('conduct-accept').click();
            await p.getByTestId('qa-published-item').first().waitFor();
          },
        },
        { name: 'before', url: `${base}/before/${session.joinCode}`, ready: (p) => p.getByTestId('before-agenda').waitFor() },
        { name: 'speaker', url: speaker.link, ready: (p) => p.getByTestId('speaker-who').waitFor() },
        { name: 'rapporteur', url: rapporteur.link, ready: (p) => p.getByTestId('rapporteur-heading').waitFor() },
        {
          name: 'host',
          url: `${base}/host`,
          ready: async (p) => {
            await p.getByTestId('host-token').fill(TEST_HOST_TOKEN);
            await p.getByTestId('host-token-submit').click();
            await p.getByTestId('host-session-open').first().waitFor();
          },
        },
        {
          name: 'host-access',
          url: `${base}/host/access#${session.id}`,
          ready: async (p) => {
            await p.getByTestId('host-token-input').fill(TEST_HOST_TOKEN);
            await p.getByTestId('host-token-submit').click();
            await p.getByTestId('invite-table').waitFor();
          },
        },
        { name: 'not-found', url: `${base}/no/such/page`, ready: (p) => p.getByRole('heading', { level: 1 }).waitFor() },
      ];

      const problems: Record<string, Overflow> = {};
      for (const size of SIZES) {
        for (const { name, url, ready } of pages) {
          const page = await open(url, { width: size.width, height: size.height }, size.name === 'phone');
          await ready(page);
          const found = await overflowOf(page);
          await screenshot(page, `layout-${name}-${size.name}`);
          if (found.page.scrollWidth > found.page.clientWidth || found.cards.length > 0 || found.outside.length > 0 || found.brandLines > 1) problems[`${name} at ${size.name}`] = found;
          await page.context().close();
        }
      }
      expect(problems).toEqual({});
      expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
    } finally {
      moderator.close();
      asker.close();
    }
  });
});
