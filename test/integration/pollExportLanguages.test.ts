import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenFloorClient } from '../../src/client/openFloorClient.ts';
import { connectClient, createSession, joinAsParticipant, startInProcessServer, TEST_HOST_TOKEN, tokenOf, type CreatedSessionResponse, type InProcessServer } from '../support/testServer.ts';

/** The texts an SVG shows or gives a screen reader (its `<text>`, `<title>` and `<desc>`), without their bidi isolates. */
function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<(text|title|desc)\b[^>]*>([^<]*)<\/\1>/gu)].map((m) => (m[2] ?? '').replace(/[\u2066-\u2069]/gu, '').replace(/&amp;/gu, '&'));
}

/** The English words of the old exports: none may be left in another language's chart. */
const ENGLISH = /\b(votes?|Results|Chart of results|No ratings yet|Nothing to show|Mean|Participants)\b/u;

/**
 * I18N-14: a poll's exports speak the session's language: the SVG's and PNG's words are the
 * projector's (the main catalog's), its numbers written as the projector writes them; the CSV
 * keeps English headers for spreadsheets and scripts and says its row labels in that language.
 */
describe('poll exports in the session language', () => {
  let server: InProcessServer;
  const clients: OpenFloorClient[] = [];
  const asHost = { headers: { authorization: `Bearer ${TEST_HOST_TOKEN}` } };
  const sessions: Partial<Record<'ar' | 'zh', { session: CreatedSessionResponse; polls: Record<string, string> }>> = {};

  async function session(language: 'ar' | 'zh', choice: string, options: string[], rating: string, cloud: string) {
    const created = await createSession(server.baseUrl, { plan: { title: language, language, polls: [
      { question: choice, options },
      { question: rating, kind: 'rating', scale: { min: 1, max: 5 } },
      { question: cloud, kind: 'wordcloud' },
    ] } });
    const moderator = connectClient(server.baseUrl, tokenOf(created.links.moderator));
    clients.push(moderator);
    await moderator.waitFor((_s, status) => status === 'live');
    const polls = Object.fromEntries(moderator.state.polls.map((p) => [p.question, p.id]));
    const id = polls[choice] ?? '';
    await moderator.send({ type: 'poll.open', pollId: id });
    const voters = await Promise.all([0, 1, 2].map(() => joinAsParticipant(server.baseUrl, created.joinCode, 'onsite')));
    clients.push(...voters);
    await Promise.all(voters.map((v) => v.send({ type: 'poll.vote', pollId: id, optionIds: ['o1'] })));
    await moderator.waitFor((s) => s.tallies[id]?.total === 3);
    await moderator.send({ type: 'poll.close', pollId: id });
    sessions[language] = { session: created, polls };
  }

  beforeAll(async () => {
    server = await startInProcessServer({ TALLY_INTERVAL_MS: '50' });
    await session('ar', 'أي لغة؟', ['العربية', 'الصينية'], 'ما مدى الأمان؟', 'كلمة واحدة');
    await session('zh', '哪种语言？', ['中文', '阿拉伯文'], '有多安全？', '一个词');
  });

  afterAll(async () => {
    for (const c of clients) c.close();
    await server.close();
  });

  async function exported(language: 'ar' | 'zh', question: string, format: 'svg' | 'csv' | 'png'): Promise<Response> {
    const entry = sessions[language];
    const response = await fetch(`${server.baseUrl}/api/sessions/${entry?.session.id ?? ''}/polls/${entry?.polls[question] ?? ''}/results.${format}`, asHost);
    expect(response.status).toBe(200);
    return response;
  }

  it('I18N-14: an Arabic session\'s SVG says its title, votes, shares and empty states in Arabic', async () => {
    const svg = await (await exported('ar', 'أي لغة؟', 'svg')).text();
    // A file read on its own names its language (WCAG 3.1.1), for a screen reader's voice.
    expect(/<svg [^>]*\blang="ar" xml:lang="ar"/u.test(svg)).toBe(true);
    const choice = svgTexts(svg);
    expect(choice).toContain('رسم بياني للنتائج: أي لغة؟');
    // Three votes take Arabic's "few" form; the share is the projector's Intl percentage.
    expect(choice).toContain(`${new Intl.NumberFormat('ar', { style: 'percent', maximumFractionDigits: 0 }).format(1)} · 3 أصوات`);
    expect(choice.filter((text) => ENGLISH.test(text))).toEqual([]);
    const rating = svgTexts(await (await exported('ar', 'ما مدى الأمان؟', 'svg')).text());
    expect(rating).toContain('لا توجد تقييمات بعد');
    const cloud = svgTexts(await (await exported('ar', 'كلمة واحدة', 'svg')).text());
    expect(cloud).toContain('لا شيء لعرضه بعد');
    expect([...rating, ...cloud].filter((text) => ENGLISH.test(text))).toEqual([]);
  });

  it('I18N-14: a Chinese session\'s SVG says its words in Chinese', async () => {
    const svg = await (await exported('zh', '哪种语言？', 'svg')).text();
    expect(/<svg [^>]*\blang="zh" xml:lang="zh"/u.test(svg)).toBe(true);
    const choice = svgTexts(svg);
    expect(choice).toContain('结果图表：哪种语言？');
    expect(choice).toContain('100% · 3 票');
    expect(svgTexts(await (await exported('zh', '有多安全？', 'svg')).text())).toContain('尚无评分');
    expect(svgTexts(await (await exported('zh', '一个词', 'svg')).text())).toContain('暂无内容');
    expect(choice.filter((text) => ENGLISH.test(text))).toEqual([]);
  });

  it('I18N-14: the PNG of an Arabic and a Chinese chart renders at twice the SVG\'s size, not blank', async () => {
    for (const [language, question] of [['ar', 'أي لغة؟'], ['zh', '哪种语言？']] as const) {
      const svg = await (await exported(language, question, 'svg')).text();
      const [, width, height] = /width="(\d+)" height="(\d+)"/u.exec(svg) ?? [];
      const png = PNG.sync.read(Buffer.from(await (await exported(language, question, 'png')).arrayBuffer()));
      expect([png.width, png.height]).toEqual([Number(width) * 2, Number(height) * 2]);
      let inked = 0;
      for (let i = 0; i < png.data.length; i += 4) if ((png.data[i] ?? 255) < 200) inked++;
      expect(inked, `ink of the ${language} chart`).toBeGreaterThan(png.width * png.height * 0.02);
    }
  });

  it('I18N-14: the CSV keeps English headers and ASCII numbers and labels its rows in the session language', async () => {
    const arabic = (await (await exported('ar', 'أي لغة؟', 'csv')).text()).split('\r\n');
    expect(arabic.slice(0, 4)).toEqual(['Answer,Votes,Share', 'العربية,3,100%', 'الصينية,0,0%', 'المشاركون,3,']);
    const chinese = (await (await exported('zh', '哪种语言？', 'csv')).text()).split('\r\n');
    expect(chinese.slice(0, 4)).toEqual(['Answer,Votes,Share', '中文,3,100%', '阿拉伯文,0,0%', '参与者,3,']);
  });
});
