import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TallyView } from './pollViews.ts';
import { entriesFromRanking, rankEntries } from './pollResults.ts';
import { normaliseWord } from './pollWords.ts';
import { PublicTexts, tallyFromWire, type TallyWire } from './tallyWire.ts';
import type { Poll } from './pollTypes.ts';

const WORDS = ['safety', 'Safety', 'privacy', 'children', 'école', 'Schule', 'онлайн', '安全', 'أمان', 'age-check'];
const cloud = { kind: 'word_cloud', verdicts: {} } as unknown as Poll;
const judge = { flagged: () => false, preModeration: false };

function publicView(counts: readonly (readonly [string, number])[]): TallyView {
  const summary = entriesFromRanking(rankEntries(cloud, counts, judge), { staff: false, topEntries: 60 });
  return { pollId: 'p1', total: counts.length, counts: {}, summary };
}

/** Counts of a few words, as a storm moves them from one broadcast to the next. */
const countsArb = fc.array(fc.tuple(fc.constantFrom(...WORDS).map(normaliseWord), fc.integer({ min: 1, max: 500 })), { maxLength: 30 });

describe('the public tally on the wire (POLL-24)', () => {
  it('POLL-24: every client reads each public tally as it was built, whether it was there from the first broadcast or joined between two (its welcome)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(countsArb, fc.boolean()), { minLength: 1, maxLength: 12 }), (steps) => {
        const sent = new PublicTexts();
        // Each client keeps what its client state keeps: the texts the next frame names by place.
        const clients: { texts: readonly string[] }[] = [];
        for (const [counts, joins] of steps) {
          const view = publicView(counts);
          if (joins) {
            const welcome = tallyFromWire(JSON.parse(JSON.stringify(sent.welcome(view))) as TallyWire);
            expect(welcome.tally).toEqual(view);
            clients.push({ texts: welcome.texts });
          }
          const wire = JSON.stringify(sent.broadcast(view));
          for (const client of clients) {
            const read = tallyFromWire(JSON.parse(wire) as TallyWire, client.texts);
            expect(read.tally).toEqual(view);
            client.texts = read.texts;
          }
        }
      }),
    );
  });

  it('POLL-24: a shown word travels as [text, count] the first time, then as [place, count]: its text is sent once', () => {
    const sent = new PublicTexts();
    const first = JSON.stringify(sent.broadcast(publicView([['children', 120], ['safety', 98]])));
    expect(first).toContain('"entries":[["children",120],["safety",98]]');
    expect(first).not.toContain('"key"');
    const next = JSON.stringify(sent.broadcast(publicView([['children', 121], ['safety', 130], ['privacy', 4]])));
    // Safety overtook children: each is named by its place in the frame before.
    expect(next).toContain('"entries":[[1,130],[0,121],["privacy",4]]');
    // A welcome after it names them by their places in that frame, and brings its texts to read them by.
    const welcome = sent.welcome(publicView([['children', 125], ['safety', 130], ['privacy', 4]]));
    expect(JSON.stringify(welcome)).toContain('"entries":[[0,130],[1,125],[2,4]],"distinct":3,"base":["safety","children","privacy"]');
  });

  it('POLL-24: a place the client cannot read (a frame it missed) leaves that entry out, never shows another text', () => {
    const sent = new PublicTexts();
    sent.broadcast(publicView([['children', 2]]));
    const wire = JSON.parse(JSON.stringify(sent.broadcast(publicView([['children', 3], ['safety', 1]])))) as TallyWire;
    const read = tallyFromWire(wire, []);
    expect(read.tally.summary?.kind === 'entries' ? read.tally.summary.entries.map((e) => [e.text, e.count]) : null).toEqual([['safety', 1]]);
  });

  it('POLL-24: staff tallies keep each entry whole: the key a verdict names and the status', () => {
    const summary = entriesFromRanking(rankEntries(cloud, [['safety', 3]], judge), { staff: true, topEntries: 200 });
    const staff: TallyView = { pollId: 'p1', total: 3, counts: {}, summary };
    const back = tallyFromWire(JSON.parse(JSON.stringify(staff)) as TallyView, ['kept']);
    expect(back.tally).toEqual(staff);
    expect(back.texts).toEqual(['kept']);
    expect(back.tally.summary?.kind === 'entries' ? back.tally.summary.entries[0]?.status : null).toBe('shown');
  });

  it('tallies of other kinds pass through unchanged', () => {
    const view: TallyView = { pollId: 'p2', total: 4, counts: { o1: 3, o2: 1 }, summary: null };
    expect(new PublicTexts().broadcast(view)).toBe(view);
    expect(tallyFromWire(view).tally).toEqual(view);
  });
});
