import { accept, refuse, type Decision } from '../errors.ts';
import type { CommandOf } from '../protocol/commands.ts';
import type { SessionEvent } from '../events.ts';
import type { SessionState } from '../sessionState.ts';
import type { Role } from '../roles.ts';
import { nextHand } from './floorPolicy.ts';
import type { Hand, Intervention, PickReason, Speaker } from './floorTypes.ts';
import type { Declared } from '../vocabulary.ts';
import type { Channel } from '../roles.ts';

/** The floor commands, decided here; `decide` delegates them. */
export type FloorCommand = CommandOf<
  'floor.raise' | 'floor.lower' | 'floor.done' | 'floor.add' | 'floor.give' | 'floor.end' | 'floor.move' | 'floor.remove' | 'floor.prioritiseReply' | 'floor.setPolicy' | 'floor.setLimit' | 'floor.showBalance'
>;

/** What the server knows of a participant who sends a floor command. */
export interface ParticipantProfile {
  readonly channel: Channel | null;
  readonly declared: Declared;
}

export interface FloorContext {
  readonly role: Role;
  readonly participantId: string | null;
  readonly profile: ParticipantProfile | null;
  readonly now: number;
  readonly newId: () => string;
}

function participantKey(participantId: string): string {
  return `p:${participantId}`;
}

function findHand(state: SessionState, handId: string): Hand | undefined {
  return state.floor.hands.find((h) => h.id === handId);
}

/** Ends the current intervention first, if there is one, so that the ledger is complete (FLOOR-8). */
function endCurrent(state: SessionState, at: number): SessionEvent[] {
  return state.floor.current ? [{ type: 'floor.ended', at }] : [];
}

function give(state: SessionState, speaker: Speaker, handId: string | null, intent: Hand['intent'], pickedBy: PickReason, ctx: FloorContext): SessionEvent[] {
  const intervention: Intervention = {
    id: ctx.newId(),
    speaker,
    intent,
    handId,
    startedAt: ctx.now,
    limitSeconds: state.floor.limitSeconds,
    pickedBy,
  };
  return [...endCurrent(state, ctx.now), { type: 'floor.given', at: ctx.now, intervention, by: ctx.role }];
}

/** Decides a floor command (FLOOR rules); authorisation by role happened before. */
export function decideFloor(state: SessionState, command: FloorCommand, ctx: FloorContext): Decision<SessionEvent> {
  const { floor } = state;
  const at = ctx.now;
  switch (command.type) {
    case 'floor.raise': {
      if (ctx.participantId === null || ctx.profile === null) return refuse('participant.only', { action: 'raise a hand' });
      const channel = ctx.profile.channel;
      if (channel === null) return refuse('participant.channelFirst');
      if (command.label !== null && state.plan.youthMode) return refuse('floor.youthNoNames');
      const key = participantKey(ctx.participantId);
      // FLOOR-1: nobody is in the queue twice, and the speaker does not queue behind themself.
      if (floor.hands.some((h) => h.speaker.key === key)) return refuse('floor.alreadyRaised');
      if (floor.current?.speaker.key === key) return refuse('floor.youHaveFloor');
      if (command.intent === 'reply' && !floor.current) return refuse('floor.nothingToReplyTo');
      // A gender declared before youth mode was turned on is not carried into the floor (PRIV-7).
      const declared = state.plan.youthMode ? { ...ctx.profile.declared, gender: null } : ctx.profile.declared;
      const hand: Hand = {
        id: ctx.newId(),
        speaker: { key, label: command.label, channel, kind: 'participant', ...declared },
        intent: command.intent,
        raisedAt: at,
        ticket: floor.nextTicket,
        addedBy: 'self',
        source: command.source,
      };
      return accept({ type: 'floor.handRaised', at, hand });
    }

    case 'floor.lower': {
      if (ctx.participantId === null) return refuse('participant.only', { action: 'lower their hand' });
      const key = participantKey(ctx.participantId);
      const hand = floor.hands.find((h) => h.speaker.key === key);
      if (!hand) return refuse('floor.notRaised');
      return accept({ type: 'floor.handLowered', at, handId: hand.id, by: 'self' });
    }

    case 'floor.done': {
      // FLOOR-14: the speaker may end their own turn, nobody else's.
      if (ctx.participantId === null) return refuse('participant.only', { action: 'hand the floor back' });
      if (floor.current?.speaker.key !== participantKey(ctx.participantId)) return refuse('floor.notYourTurn');
      return accept({ type: 'floor.ended', at });
    }

    case 'floor.add': {
      if (command.gender !== null && state.plan.youthMode) return refuse('participant.youthNoGender');
      if (command.intent === 'reply' && !floor.current) return refuse('floor.nothingToReplyTo');
      const id = ctx.newId();
      const hand: Hand = {
        id,
        speaker: {
          key: `a:${id}`,
          label: command.label,
          channel: command.channel,
          kind: 'added',
          stakeholderGroup: command.stakeholderGroup,
          regionalGroup: command.regionalGroup,
          gender: command.gender,
        },
        intent: command.intent,
        raisedAt: at,
        ticket: floor.nextTicket,
        addedBy: ctx.role,
        source: command.source,
      };
      return accept({ type: 'floor.handRaised', at, hand });
    }

    case 'floor.give': {
      if (command.handId !== null && command.panelSpeaker !== null) return refuse('floor.handOrPanel');
      if (command.panelSpeaker !== null) {
        const panel = state.plan.speakers[command.panelSpeaker];
        if (!panel) return refuse('floor.noSuchPanelSpeaker', { number: command.panelSpeaker + 1 });
        const speaker: Speaker = {
          key: `s:${command.panelSpeaker}`,
          label: panel.label,
          channel: panel.channel,
          kind: 'panel',
          stakeholderGroup: panel.stakeholderGroup ?? null,
          regionalGroup: panel.regionalGroup ?? null,
          gender: null,
        };
        if (floor.current?.speaker.key === speaker.key) return refuse('floor.panelSpeaking', { name: panel.label });
        return accept(...give(state, speaker, null, 'comment', 'panel', ctx));
      }
      const next = nextHand(floor, at);
      if (command.handId === null) {
        if (!next) return refuse('floor.nobodyWaiting');
        return accept(...give(state, next.speaker, next.id, next.intent, 'policy', ctx));
      }
      const hand = findHand(state, command.handId);
      if (!hand) return refuse('floor.noSuchHand');
      // Giving the floor to the one the policy would pick is not an override.
      return accept(...give(state, hand.speaker, hand.id, hand.intent, next?.id === hand.id ? 'policy' : 'override', ctx));
    }

    case 'floor.end':
      if (!floor.current) return refuse('floor.nobodySpeaking');
      return accept({ type: 'floor.ended', at });

    case 'floor.move': {
      if (!findHand(state, command.handId)) return refuse('floor.noSuchHand');
      return accept({ type: 'floor.handMoved', at, handId: command.handId, position: Math.min(command.position, floor.hands.length - 1), by: ctx.role });
    }

    case 'floor.remove':
      if (!findHand(state, command.handId)) return refuse('floor.noSuchHand');
      return accept({ type: 'floor.handLowered', at, handId: command.handId, by: ctx.role });

    case 'floor.prioritiseReply': {
      const hand = findHand(state, command.handId);
      if (!hand) return refuse('floor.noSuchHand');
      if (hand.intent !== 'reply') return refuse('floor.onlyRepliesJump');
      return accept({ type: 'floor.replyPrioritised', at, handId: hand.id, by: ctx.role });
    }

    case 'floor.setPolicy':
      if (floor.policy === command.policy) return refuse('floor.policyInUse');
      return accept({ type: 'floor.policySet', at, policy: command.policy });

    case 'floor.setLimit':
      if (command.warningSeconds >= command.limitSeconds) return refuse('floor.warningAfterLimit');
      return accept({ type: 'floor.limitSet', at, limitSeconds: command.limitSeconds, warningSeconds: command.warningSeconds });

    case 'floor.showBalance':
      if (floor.balanceShown === command.shown) return refuse(command.shown ? 'floor.balanceAlreadyShown' : 'floor.balanceAlreadyHidden');
      return accept({ type: 'floor.balanceShown', at, shown: command.shown });
  }
}
