import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AuditNames } from '../../../core/audit/auditNames.ts';
import { currentLocale, loadTexts } from '../../i18n/index.ts';
import { auditActionText, auditDetailLines, changeText } from './auditWords.ts';

// The host links page fetches the staff texts with its code (I18N-2); so does this test.
beforeAll(() => loadTexts(['public', 'staff']));

/** AUDIT-4: the host reads audit lines in words, with the names of things instead of ids. */

const names: AuditNames = {
  polls: { p1: 'Which risk matters most?' },
  speakers: ['Government representative', 'Youth representative'],
  agenda: ['Opening'],
  questions: { q7: 3 },
};

describe('AUDIT-4: audit lines in plain words', () => {
  it('AUDIT-4: actions are phrases; an action without words is shown as recorded', () => {
    expect(auditActionText('poll.open')).toBe('Opened a poll');
    expect(auditActionText('qa.approve')).toBe('Approved a question');
    expect(auditActionText('link.revoked')).toBe('Revoked a link');
    expect(auditActionText('something.new')).toBe('something.new');
  });

  it('AUDIT-4: ids become names: a poll by its question, a panel speaker by label, a question by number, never raw ids', () => {
    expect(auditDetailLines('poll.open', 'pollId=p1', names)).toEqual(['Poll: “\u2068Which risk matters most?\u2069”']);
    expect(auditDetailLines('poll.delete', 'pollId=gone', names)).toEqual(['A poll since deleted']);
    expect(auditDetailLines('floor.give', 'panelSpeaker=1', names)).toEqual(['Panel speaker: \u2068Youth representative\u2069']);
    expect(auditDetailLines('floor.move', 'handId=h1 position=0', names)).toEqual(['A raised hand', 'To place 1 in the queue']);
    expect(auditDetailLines('qa.approve', 'questionId=q7', names)).toEqual(['Question 3']);
    expect(auditDetailLines('floor.setLimit', 'limitSeconds=150 warningSeconds=20', names)).toEqual(['Speaking time: 2:30', 'Warning 20 s before the end']);
    expect(auditDetailLines('floor.setPolicy', 'policy=alternate', names)).toEqual(['Order: Alternate room and online']);
    expect(auditDetailLines('qa.setPolicy', 'policy=least_heard', names)).toEqual(['Order: Least-heard group']);
    expect(auditDetailLines('link.created', 'role=speaker panelSpeaker=0', names)).toEqual(['Role: Speaker', 'Panel speaker: \u2068Government representative\u2069']);
    for (const line of auditDetailLines('floor.move', 'handId=h1 position=0', names)) expect(line).not.toMatch(/=|h1/);
  });

  it('I18N-12: a poll question or speaker label someone wrote is isolated in its line, so an Arabic question keeps its own direction in an English sentence', () => {
    const arabic: AuditNames = { ...names, polls: { p2: 'ما أهم خطر؟' }, speakers: ['ممثلة الشباب'] };
    expect(auditDetailLines('poll.open', 'pollId=p2', arabic)).toEqual(['Poll: “\u2068ما أهم خطر؟\u2069”']);
    expect(auditDetailLines('floor.give', 'panelSpeaker=0', arabic)).toEqual(['Panel speaker: \u2068ممثلة الشباب\u2069']);
  });

  it('AUDIT-3, AUDIT-4: a change of settings names each setting as the host page does, old → new', () => {
    expect(auditDetailLines('plan.update', 'floor.warningSeconds: 30 → 20; retentionDays: 30 → 14', names)).toEqual(['Warning before the end (seconds): 30 → 20', 'Keep contributions for (days): 30 → 14']);
    expect(auditDetailLines('plan.update', 'no change', names)).toEqual(['Nothing changed']);
    expect(auditDetailLines('plan.update', 'some.newSetting: on → off', names)).toEqual(['some.newSetting: on → off']);
  });
});

describe('A11Y-12: old and new values in a right-to-left page', () => {
  afterEach(() => {
    currentLocale.value = 'en';
  });

  it('in Arabic the arrow points left, from the old value (read first, on the right) to the new, each value isolated', () => {
    currentLocale.value = 'ar';
    const [line = ''] = auditDetailLines('plan.update', 'youthMode: on → off', names);
    expect(line).not.toContain('→');
    expect(line).toContain('\u2068on\u2069 ← \u2068off\u2069');
    expect(changeText('30 → 20')).toBe('\u206830\u2069 ← \u206820\u2069');
  });

  it('left-to-right pages keep "old → new" as recorded', () => {
    expect(changeText('30 → 20')).toBe('30 → 20');
  });
});
