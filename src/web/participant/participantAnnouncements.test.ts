import { describe, expect, it } from 'vitest';
import type { MyQuestionView } from '../../core/qa/qaViews.ts';
import { announcementsBetween, type AnnouncedState } from './participantAnnouncements.ts';

const idle: AnnouncedState = { myVotes: {}, myFloor: { handId: null, position: null, intent: null, speaking: false }, mine: [] };
const question = (status: MyQuestionView['status']) => ({ id: 'q1', status }) as MyQuestionView;

describe('A11Y-3: what is announced to a participant', () => {
  it('A11Y-3: a new or changed vote, the floor, being next and a published question; nothing when nothing changed', () => {
    expect(announcementsBetween(idle, idle)).toEqual([]);
    expect(announcementsBetween(idle, { ...idle, myVotes: { p1: ['a'] } })).toEqual(['poll.confirmed']);
    expect(announcementsBetween({ ...idle, myVotes: { p1: ['a'] } }, { ...idle, myVotes: { p1: ['a'] } })).toEqual([]);
    expect(announcementsBetween({ ...idle, myVotes: { p1: ['a'] } }, { ...idle, myVotes: { p1: ['b'] } })).toEqual(['poll.confirmed']);
    const raised = { ...idle, myFloor: { handId: 'h', position: 2, intent: null, speaking: false } };
    const next = { ...idle, myFloor: { handId: 'h', position: 0, intent: null, speaking: false } };
    const speaking = { ...idle, myFloor: { handId: null, position: null, intent: null, speaking: true } };
    expect(announcementsBetween(raised, next)).toEqual(['floor.youAreNext']);
    expect(announcementsBetween(idle, next)).toEqual(['floor.youAreNext']);
    expect(announcementsBetween(next, next)).toEqual([]);
    expect(announcementsBetween(next, speaking)).toEqual(['floor.youHaveTheFloor']);
    expect(announcementsBetween(speaking, speaking)).toEqual([]);
    expect(announcementsBetween({ ...idle, mine: [question('pending')] }, { ...idle, mine: [question('published')] })).toEqual(['a11y.questionPublished']);
    expect(announcementsBetween({ ...idle, mine: [question('held')] }, { ...idle, mine: [question('published')] })).toEqual(['a11y.questionPublished']);
    expect(announcementsBetween({ ...idle, mine: [question('published')] }, { ...idle, mine: [question('published')] })).toEqual([]);
    expect(announcementsBetween({ ...idle, mine: [question('pending')] }, { ...idle, mine: [question('not_published')] })).toEqual([]);
  });
});
