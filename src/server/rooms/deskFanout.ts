import { isDeskEvent } from '../../core/desk/deskTypes.ts';
import { deskView } from '../../core/desk/deskView.ts';
import type { CapabilityFanout } from './capabilityFanout.ts';
import { frame } from './outbox.ts';

/**
 * The rapporteur's desk goes to staff and to the rapporteur's links only, never to
 * participants, speakers or the projector (REPORT-6): after a note, and after a change of the
 * floor's timeline (an intervention started or ended) or of the agenda the notes refer to.
 */
export const deskFanout: CapabilityFanout = {
  control({ before, after, events }, out) {
    const changed =
      events.some(isDeskEvent) ||
      before.floor.ledger !== after.floor.ledger ||
      before.floor.current?.id !== after.floor.current?.id ||
      before.plan.agenda !== after.plan.agenda;
    if (!changed) return;
    const data = frame<'desk.updated'>({ type: 'desk.updated', seq: after.seq, desk: deskView(after) });
    out.toStaff(data);
    out.toRapporteurs(data);
  },
};
