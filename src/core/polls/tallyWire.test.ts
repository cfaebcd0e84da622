import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TallyView } from './pollViews.ts';
import { entriesFromRanking, rankEntries } from './pollResults.ts';
import { normaliseWord } from './pollWords.ts';
import { publicTallyWire, tallyFromWire } from './tallyWire.ts';
import type { Poll } from './pollTypes.ts';

const WORDS = ['safety', 'Safety', 'privacy', 'children', 'école', 'Schule', 'онлайн', '安全', 'أمان', 'age-check'];
const cloud = { kind: 'word_cloud', verdicts: {} } as unknown as Poll;
const judge = { flagged: () => false, preModeration: false };

function publicView(counts: readonly (readonly [string, number])[]): TallyView {
  const summary = entriesFromRanking(rankEntries(cloud, counts, judge), { staff: false, topEntries: 60 });
  return { pollId: 'p1', total: counts.length, counts: {}, summary };
}

describe('the public tally on the wire (POLL-24)', () => {
  it('POLL-24: a public tally comes back from the wire as it was sent, every entry with its key', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...WORDS).map(normaliseWord), fc.integer({ min: 1, max: 500 })), { maxLength: 30 }), (counts) => {
        const view = publicView(counts);
        const wire: unknown = JSON.parse(JSON.stringify(publicTallyWire(view)));
        expect(tallyFromWire(wire as ReturnType<typeof publicTallyWire>)).toEqual(view);
      }),
    );
  });

  it('POLL-24: a shown word travels as [text, count], a third of its size with its key and field names', () => {
    const view = publicView([
      ['children', 120],
      ['safety', 98],
    ]);
    const wire = JSON.stringify(publicTallyWire(view));
    expect(wire).toContain('"entries":[["children",120],["safety",98]]');
    expect(wire).not.toContain('"key"');
    expect(wire.length).toBeLessThan(JSON.stringify(view).length * 0.75);
  });

  it('POLL-24: staff tallies keep each entry whole: the key a verdict names and the status', () => {
    const summary = entriesFromRanking(rankEntries(cloud, [['safety', 3]], judge), { staff: true, topEntries: 200 });
    const staff: TallyView = { pollId: 'p1', total: 3, counts: {}, summary };
    const back = tallyFromWire(JSON.parse(JSON.stringify(staff)) as TallyView);
    expect(back).toEqual(staff);
    expect(back.summary?.kind === 'entries' ? back.summary.entries[0]?.status : null).toBe('shown');
  });

  it('tallies of other kinds pass through unchanged', () => {
    const view: TallyView = { pollId: 'p2', total: 4, counts: { o1: 3, o2: 1 }, summary: null };
    expect(publicTallyWire(view)).toBe(view);
    expect(tallyFromWire(view)).toEqual(view);
  });
});
