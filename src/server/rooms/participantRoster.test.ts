import { describe, expect, it } from 'vitest';
import { sessionPlanSchema } from '../../core/plan.ts';
import { ParticipantRoster } from './participantRoster.ts';

describe('ParticipantRoster', () => {
  it('PRIV-7: in youth mode the balance meter counts no gender, even one stored before youth mode was turned on', () => {
    const roster = new ParticipantRoster();
    roster.load([{ id: 'u1', channel: 'onsite', declared: { stakeholderGroup: 'Youth', regionalGroup: null, gender: 'woman' } }]);
    roster.arrive('u1', roster.profileOf('u1'), true);
    const youth = sessionPlanSchema.parse({ title: 'Youth', youthMode: true });
    const adults = sessionPlanSchema.parse({ title: 'Adults', youthMode: false });
    expect(roster.attendance(youth).attendees).toEqual([{ channel: 'onsite', stakeholderGroup: 'Youth', regionalGroup: null, gender: null }]);
    expect(roster.attendance(adults).attendees).toEqual([{ channel: 'onsite', stakeholderGroup: 'Youth', regionalGroup: null, gender: 'woman' }]);
  });
});
