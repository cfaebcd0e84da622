import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createSession } from './decide.ts';
import { pollDraftSchema, sessionPlanSchema } from './plan.ts';
import { replay } from './session.ts';
import { DEMO_TEMPLATE, isTemplateName, TEMPLATE_NAMES, TEMPLATES } from './templates.ts';

const NOW = 1_700_000_000_000;

function counter(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}${String(++n)}`;
}

/** The paths of a failed parse, joined with dots, for readable assertions. */
function issuePaths(input: unknown): string[] {
  const result = sessionPlanSchema.safeParse(input);
  if (result.success) throw new Error('expected the plan to be refused');
  return result.error.issues.map((issue) => issue.path.map(String).join('.'));
}

describe('session plans', () => {
  it('SESS-1: the template list names every template, the demo one included', () => {
    expect(TEMPLATE_NAMES).toEqual(Object.keys(TEMPLATES));
    expect(TEMPLATE_NAMES.length).toBeGreaterThan(0);
    expect(isTemplateName(DEMO_TEMPLATE)).toBe(true);
    expect(isTemplateName('no-such-template')).toBe(false);
    expect(isTemplateName('toString')).toBe(false);
    expect(isTemplateName('__proto__')).toBe(false);
  });

  it.each(TEMPLATE_NAMES)('SESS-1: template %s is a valid plan and creates a session with its polls as drafts', (name) => {
    const plan = sessionPlanSchema.parse(TEMPLATES[name]);
    expect(plan.title).toBe(TEMPLATES[name].title);
    const events = createSession(plan, { sessionId: 's1', joinCode: '482913' }, { now: NOW, newId: counter('p') });
    const state = replay(events);
    expect(state.pollOrder).toHaveLength(TEMPLATES[name].polls.length);
    for (const id of state.pollOrder) expect(state.polls[id]?.status).toBe('draft');
    expect(state.seq).toBe(events.length);
  });

  it('SESS-1: a minimal plan gets its defaults', () => {
    expect(sessionPlanSchema.parse({ title: '  Town hall  ' })).toEqual({
      title: 'Town hall',
      format: 'round_table',
      durationMinutes: 60,
      language: 'en',
      youthMode: true,
      agenda: [],
      speakers: [],
      polls: [],
      floor: { policy: 'alternate', speakingLimitSeconds: 180, warningSeconds: 30 },
      guidelines: { onsite: '', online: '' },
      codeOfConduct: '',
      roles: {},
      retentionDays: 30,
      qa: { maxQuestionLength: 280, allowDisplayNames: false, filters: true, selectionPolicy: 'most_upvoted' },
    });
  });

  it('SESS-1: a plan refuses a poll with duplicate options, case and surrounding spaces ignored; the error names the field path', () => {
    for (const options of [
      ['Yes', 'Yes'],
      ['Yes', 'yes'],
      ['Yes', ' YES '],
      ['a', 'b', 'A'],
    ]) {
      expect(issuePaths({ title: 'T', polls: [{ question: 'Q?', options: ['x', 'y'] }, { question: 'Q?', options }] }), options.join(',')).toEqual([
        'polls.1.options',
      ]);
    }
    expect(pollDraftSchema.safeParse({ question: 'Q?', options: ['Yes', 'No', 'Maybe'] }).success).toBe(true);
  });

  it('SESS-1: errors name the path of each offending field', () => {
    const paths = issuePaths({
      title: '',
      durationMinutes: 2,
      agenda: [
        { title: 'Opening', plannedMinutes: 5, kind: 'opening' },
        { title: 'Talk', plannedMinutes: 0, kind: 'discussion' },
      ],
      speakers: [{ label: 'Speaker 1', stakeholderGroup: 'Aliens' }],
      polls: [{ question: 'Q?', options: ['only'] }],
    });
    expect(paths.sort()).toEqual(['agenda.1.plannedMinutes', 'durationMinutes', 'polls.0.options', 'speakers.0.stakeholderGroup', 'title'].sort());
  });

  it('SESS-1: unknown fields are refused, at the top level and inside items', () => {
    const top = sessionPlanSchema.safeParse({ title: 'T', hostEmail: 'a@b.c' });
    expect(top.success).toBe(false);
    if (!top.success) expect(top.error.issues).toMatchObject([{ code: 'unrecognized_keys', keys: ['hostEmail'], path: [] }]);
    expect(issuePaths({ title: 'T', speakers: [{ label: 'Speaker 1', name: 'Jane Doe' }] })).toEqual(['speakers.0']);
  });

  it('SESS-1: a readable message can be built from the error, naming the field', () => {
    const result = sessionPlanSchema.safeParse({ title: 'T', polls: [{ question: 'Q?', options: ['Yes', 'yes'] }] });
    expect(result.success).toBe(false);
    if (!result.success) expect(z.prettifyError(result.error)).toContain('polls[0].options');
  });
});
