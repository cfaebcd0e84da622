import { isAgendaEvent } from '../../core/agenda/runEvents.ts';
import { guidelinesView } from '../../core/guidelines/guidelinesView.ts';
import type { SessionPlan } from '../../core/plan.ts';
import { sessionView } from '../../core/views.ts';
import type { CapabilityFanout, RenderedChange } from './capabilityFanout.ts';
import { frame, type Outbox } from './outbox.ts';

/** Speaker notes go to staff and to the connections of that panel speaker's links only (SPEAK-2). */
export const speakerNoteFanout: CapabilityFanout = {
  control({ events }, out) {
    for (const e of events) {
      if (e.type !== 'speaker.noted') continue;
      const data = frame<'speaker.note'>({ type: 'speaker.note', note: e.note });
      out.toStaff(data);
      out.toPanelSpeaker(e.note.panelSpeaker, data);
    }
  },
};

function sameGuidelines(a: SessionPlan, b: SessionPlan): boolean {
  return a.guidelines.onsite === b.guidelines.onsite && a.guidelines.online === b.guidelines.online && a.codeOfConduct === b.codeOfConduct;
}

/** Guidelines and code of conduct, to everyone, when `guidelines.set` or a plan update changed them (GUIDE-4, RUN-7). */
export const guidelinesFanout: CapabilityFanout = {
  control({ before, after, events }, out) {
    const changed = events.some((e) => e.type === 'guidelines.set' || (e.type === 'plan.updated' && !sameGuidelines(before.plan, after.plan)));
    if (changed) out.toEveryone(frame<'guidelines.updated'>({ type: 'guidelines.updated', seq: after.seq, guidelines: guidelinesView(after.plan) }));
  },
};

/** The session view (plan, run of show, projector, active poll, follow-up), to everyone, when the agenda, the active poll or the follow-up changed. */
export const agendaFanout: CapabilityFanout = {
  control({ before, after, events }: RenderedChange, out: Outbox) {
    if (before.activePollId === after.activePollId && before.followUp === after.followUp && !events.some(isAgendaEvent)) return;
    out.toEveryone(frame<'session.updated'>({ type: 'session.updated', seq: after.seq, session: sessionView(after) }));
  },
};
