import { projectorForPinnedQuestion } from '../agenda/projectorSwitch.ts';
import { accept, refusal, refuse, refuseWith, type Decision, type DomainError } from '../errors.ts';
import type { ParticipantProfile } from '../decideContext.ts';
import type { CommandOf } from '../protocol/commands.ts';
import type { Role } from '../roles.ts';
import type { ContributionEvent, SessionEvent } from '../events.ts';
import type { SessionState } from '../sessionState.ts';
import { currentAgendaItemForQa } from './currentAgendaItem.ts';
import { qaSettingsOf } from './effectiveQaSettings.ts';
import { screenText } from './filters/index.ts';
import { candidatesOf, pickQuestion, qaHistory } from './qaPolicy.ts';
import { questionTextProblem } from './questionText.ts';
import { AWAITING_STATUSES, PUBLIC_STATUSES, questionById, type AskedQuestion, type QaFlag, type Question, type QuestionStatus } from './qaTypes.ts';

/** The Q&A commands, decided here; `decide` delegates them. */
export type QaCommand = CommandOf<
  | 'qa.ask'
  | 'qa.edit'
  | 'qa.withdraw'
  | 'qa.upvote'
  | 'qa.approve'
  | 'qa.reject'
  | 'qa.answer'
  | 'qa.archive'
  | 'qa.pin'
  | 'qa.merge'
  | 'qa.label'
  | 'qa.reply'
  | 'qa.forward'
  | 'qa.next'
  | 'qa.setPolicy'
>;

export interface QaContext {
  readonly role: Role;
  readonly participantId: string | null;
  readonly profile: ParticipantProfile | null;
  readonly now: number;
  readonly newId: () => string;
  /** Upvotes of a question (merged duplicates included); contributions live outside the state. */
  readonly upvotes: (questionId: string) => number;
}

/** A session holds at most this many questions, withdrawn and rejected ones included. */
export const MAX_QUESTIONS = 2000;

/** The filters' verdict on a text, or none when the session turned the filters off (QA-4). */
function screen(state: SessionState, text: string): readonly QaFlag[] {
  const settings = qaSettingsOf(state.plan);
  if (!settings.filters) return [];
  return screenText(text, { ...(settings.phoneRegions ? { phoneRegions: settings.phoneRegions } : {}), allowedDomains: settings.allowedDomains }).flags;
}

/** Where a new or re-edited question goes: held when flagged, else pending or published (QA-3, QA-4). */
function statusFor(state: SessionState, flags: readonly QaFlag[]): QuestionStatus {
  if (flags.length > 0) return 'held';
  return qaSettingsOf(state.plan).preModeration ? 'pending' : 'published';
}

/** Why a question's (tidied) text cannot be taken: shows nothing, holds a control character, or is too long (QA-2, QA-14). */
function textRefusal(state: SessionState, text: string): DomainError | null {
  const problem = questionTextProblem(text);
  if (problem) return refusal(problem);
  const max = qaSettingsOf(state.plan).maxQuestionLength;
  return [...text].length > max ? refusal('qa.tooLong', { max }) : null;
}

/**
 * Refuses an action on a text other than the one its sender read (QA-14): an author's edit
 * landing while a moderator reads must not be approved, rejected or merged unread.
 */
function changedSince(question: Question, version: number): DomainError | null {
  return question.version === version ? null : refusal('qa.changedSinceSeen', { version: question.version });
}

/**
 * A question a participant may see: their own in any state, anyone's once public. Others'
 * waiting questions answer `not_found`, like no question at all (QA-3).
 */
function visibleTo(question: Question | undefined, participantId: string): question is Question {
  return question !== undefined && (question.askedBy === participantId || PUBLIC_STATUSES.has(question.status));
}

/** Decides a Q&A command (QA rules); authorisation by role happened before. */
export function decideQa(state: SessionState, command: QaCommand, ctx: QaContext): Decision<SessionEvent | ContributionEvent> {
  const { qa } = state;
  const at = ctx.now;
  const staff = ctx.participantId === null;
  const find = (id: string) => questionById(qa, id);
  switch (command.type) {
    case 'qa.ask': {
      if (ctx.participantId === null || ctx.profile === null) return refuse('participant.only', { action: 'ask questions' });
      const channel = ctx.profile.channel;
      if (channel === null) return refuse('participant.channelFirst');
      if (command.displayName !== null && !qaSettingsOf(state.plan).allowDisplayNames) return refuse('qa.anonymous');
      const bad = textRefusal(state, command.text);
      if (bad) return refuseWith(bad);
      if (qa.order.length >= MAX_QUESTIONS) return refuse('qa.tooMany', { max: MAX_QUESTIONS });
      const flags = screen(state, command.text);
      const status = statusFor(state, flags);
      const question: AskedQuestion = {
        id: ctx.newId(),
        askedBy: ctx.participantId,
        channel,
        stakeholderGroup: ctx.profile.declared.stakeholderGroup,
        agendaItem: currentAgendaItemForQa(state),
        askedAt: at,
        ticket: qa.nextTicket,
        status,
        flags,
        rejectReason: null,
        labels: [],
        reply: null,
        editedByModerator: false,
        publishedAt: status === 'published' ? at : null,
        answeredAt: null,
        forwardedAt: null,
        mergedInto: null,
        mergedFrom: [],
      };
      return accept({ type: 'qa.asked', at, question });
    }

    case 'qa.edit': {
      const question = find(command.questionId);
      const bad = textRefusal(state, command.text);
      if (staff) {
        if (!question || question.status === 'rejected' || question.status === 'withdrawn') return refuse('qa.notFound');
        const changed = changedSince(question, command.version) ?? bad;
        if (changed) return refuseWith(changed);
        // A moderator's edit removes what the filters found, or answers for it: the status
        // stays. The new text is screened all the same, so what it still holds stays flagged.
        return accept({ type: 'qa.edited', at, questionId: question.id, by: ctx.role, status: question.status, flags: screen(state, command.text) });
      }
      if (!question || question.askedBy !== ctx.participantId) return refuse('qa.notFound');
      if (!AWAITING_STATUSES.has(question.status)) return refuse('qa.editOnlyWaiting');
      const changed = changedSince(question, command.version) ?? bad;
      if (changed) return refuseWith(changed);
      // Screened afresh: the flags are what the new text earns, never fewer (QA-4, QA-14).
      const flags = screen(state, command.text);
      // A held question stays held: only a moderator releases what a filter caught (QA-4).
      const status = question.status === 'held' ? 'held' : statusFor(state, flags);
      return accept({ type: 'qa.edited', at, questionId: question.id, by: 'author', status, flags });
    }

    case 'qa.withdraw': {
      const question = find(command.questionId);
      if (ctx.participantId === null || !question || question.askedBy !== ctx.participantId) return refuse('qa.notFound');
      if (!AWAITING_STATUSES.has(question.status)) return refuse('qa.withdrawOnlyWaiting');
      return accept({ type: 'qa.withdrawn', at, questionId: question.id });
    }

    case 'qa.upvote': {
      const participantId = ctx.participantId;
      if (participantId === null) return refuse('participant.only', { action: 'upvote' });
      const question = find(command.questionId);
      if (!visibleTo(question, participantId)) return refuse('qa.notFound');
      if (question.status !== 'published') return refuse('qa.upvoteOnlyPublished');
      // QA-15: an author's own question counts the room's interest, not theirs. Taking an
      // upvote back stays allowed (one given before this rule could not be undone otherwise).
      if (command.up && question.askedBy === participantId) return refuse('qa.ownQuestion');
      return accept({ type: 'qa.upvoted', at, questionId: question.id, participantId, up: command.up });
    }

    case 'qa.approve': {
      const question = find(command.questionId);
      if (!question || question.status === 'withdrawn' || question.status === 'rejected') return refuse('qa.notFound');
      // Two moderators approving at once: the second sees the first's approval (QA-6).
      if (!AWAITING_STATUSES.has(question.status)) return refuse('qa.alreadyDecided', { status: question.status });
      const changed = changedSince(question, command.version);
      if (changed) return refuseWith(changed);
      if (command.text === null) return accept({ type: 'qa.approved', at, questionId: question.id, by: ctx.role });
      const bad = textRefusal(state, command.text);
      if (bad) return refuseWith(bad);
      return accept(
        { type: 'qa.edited', at, questionId: question.id, by: ctx.role, status: question.status, flags: screen(state, command.text) },
        { type: 'qa.approved', at, questionId: question.id, by: ctx.role },
      );
    }

    case 'qa.reject': {
      const question = find(command.questionId);
      if (!question || question.status === 'withdrawn' || question.status === 'rejected') return refuse('qa.notFound');
      if (question.status === 'merged') return refuse('qa.merged');
      const changed = changedSince(question, command.version);
      if (changed) return refuseWith(changed);
      return accept({ type: 'qa.rejected', at, questionId: question.id, reason: command.reason, by: ctx.role });
    }

    case 'qa.answer': {
      const question = find(command.questionId);
      if (!question) return refuse('qa.notFound');
      if (question.status !== 'published') return refuse('qa.answerOnlyPublished');
      return accept({ type: 'qa.answered', at, questionId: question.id });
    }

    case 'qa.archive': {
      const question = find(command.questionId);
      if (!question) return refuse('qa.notFound');
      if (!PUBLIC_STATUSES.has(question.status)) return refuse('qa.archiveOnlyPublic');
      return accept({ type: 'qa.archived', at, questionId: question.id });
    }

    case 'qa.pin': {
      if (command.questionId === null) {
        if (qa.nowAnswering === null) return refuse('qa.nonePinned');
        return accept({ type: 'qa.pinned', at, questionId: null, pickedBy: 'moderator' });
      }
      const question = find(command.questionId);
      if (!question) return refuse('qa.notFound');
      // Only what everyone may see goes on the big screen (QA-3).
      if (question.status !== 'published') return refuse('qa.pinOnlyPublished');
      if (qa.nowAnswering === question.id) return refuse('qa.alreadyPinned');
      return accept({ type: 'qa.pinned', at, questionId: question.id, pickedBy: 'moderator' }, ...projectorForPinnedQuestion(state, at));
    }

    case 'qa.next': {
      const pick = pickQuestion(qa.policy, candidatesOf(qa, ctx.upvotes, currentAgendaItemForQa(state)), qaHistory(qa));
      if (!pick) return refuse('qa.noneWaiting');
      return accept({ type: 'qa.pinned', at, questionId: pick.id, pickedBy: 'policy' }, ...projectorForPinnedQuestion(state, at));
    }

    case 'qa.merge': {
      const question = find(command.questionId);
      const into = find(command.intoId);
      if (!question || !into) return refuse('qa.notFound');
      if (question.id === into.id) return refuse('qa.mergeIntoItself');
      const mergeable = (q: Question) => AWAITING_STATUSES.has(q.status) || PUBLIC_STATUSES.has(q.status);
      if (!mergeable(question)) return refuse('qa.notMergeable');
      // Into a published (or answered) question only: a merge never publishes anything by itself.
      if (!PUBLIC_STATUSES.has(into.status)) return refuse('qa.mergeIntoPublished');
      const changed = changedSince(question, command.version);
      if (changed) return refuseWith(changed);
      return accept({ type: 'qa.merged', at, questionId: question.id, intoId: into.id });
    }

    case 'qa.label': {
      const question = find(command.questionId);
      if (!question || question.status === 'withdrawn' || question.status === 'rejected') return refuse('qa.notFound');
      const labels = [...new Set(command.labels)];
      return accept({ type: 'qa.labelled', at, questionId: question.id, labels });
    }

    case 'qa.reply': {
      const question = find(command.questionId);
      if (!question || question.status === 'withdrawn' || question.status === 'rejected') return refuse('qa.notFound');
      if (question.reply === command.text) return refuse('qa.replyUnchanged');
      return accept({ type: 'qa.replied', at, questionId: question.id, reply: command.text });
    }

    case 'qa.forward': {
      const question = find(command.questionId);
      if (!question) return refuse('qa.notFound');
      if (question.channel !== 'online') return refuse('qa.forwardOnlyOnline');
      if (question.status !== 'published') return refuse('qa.forwardOnlyPublished');
      if (question.forwardedAt !== null) return refuse('qa.alreadyForwarded');
      return accept({ type: 'qa.forwarded', at, questionId: question.id });
    }

    case 'qa.setPolicy':
      if (qa.policy === command.policy) return refuse('qa.policyInUse');
      return accept({ type: 'qa.policySet', at, policy: command.policy });
  }
}
