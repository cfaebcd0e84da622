import type { DeskView } from '../../core/desk/deskView.ts';
import type { TimelineEntry } from '../../core/desk/deskTimeline.ts';
import type { DeskNote, NoteTag } from '../../core/desk/deskTypes.ts';
import type { ClientState } from '../../core/clientState.ts';
import { formatDuration } from '../floor/floorTime.ts';
import { formatDateTime, t, type MessageKey } from '../i18n/index.ts';
import type { ComponentChildren } from 'preact';
import { tUserText } from '../i18n/ltrParam.ts';

/** How the desk says its things: tags, who spoke (kind and room, REPORT-9), and what a note is attached to. */

export const TAG_KEYS: Record<NoteTag, MessageKey> = {
  takeaway: 'desk.tag.takeaway',
  callToAction: 'desk.tag.callToAction',
  bestPractice: 'desk.tag.bestPractice',
  partnershipOffer: 'desk.tag.partnershipOffer',
};

export function clockTime(at: number): string {
  return formatDateTime(at, { hour: '2-digit', minute: '2-digit' });
}

/** "Panel speaker · In the room": kind and room, never a name (REPORT-9). */
export function whoSpoke(entry: TimelineEntry): string {
  return `${t(`desk.kind.${entry.kind}`)} · ${t(`channel.${entry.channel}`)}`;
}

/** What a note is attached to, in words, from what this screen already holds; a question or poll set apart in a `<bdi>` (I18N-12). */
export function attachmentText(note: DeskNote, state: Pick<ClientState, 'qa' | 'polls'>, desk: DeskView): string | ComponentChildren[] | null {
  const a = note.attachment;
  if (!a) return null;
  switch (a.kind) {
    case 'question': {
      const question = state.qa.questions.find((q) => q.id === a.questionId);
      return question ? tUserText('desk.attached.question', { text: question.text }, 'text') : t('desk.attached.questionGone');
    }
    case 'poll': {
      const poll = state.polls.find((p) => p.id === a.pollId);
      return poll ? tUserText('desk.attached.poll', { question: poll.question }, 'question') : t('desk.attached.pollGone');
    }
    case 'balance':
      return t('desk.attached.balance', {
        time: clockTime(a.at),
        onsite: a.byChannel.onsite.interventions,
        onsiteTime: formatDuration(a.byChannel.onsite.floorMs),
        online: a.byChannel.online.interventions,
        onlineTime: formatDuration(a.byChannel.online.floorMs),
      });
    case 'intervention': {
      const entry = desk.timeline.find((e) => e.id === a.interventionId);
      return entry ? t('desk.attached.intervention', { who: whoSpoke(entry), time: clockTime(entry.startedAt) }) : t('desk.attached.interventionGone');
    }
  }
}
