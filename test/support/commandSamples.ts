import type { CommandInput, CommandType } from '../../src/core/protocol/commands.ts';

/**
 * One valid sample of every command (AUTH-3), for the permissions walk. Exhaustive by type:
 * a new command does not build until it has a sample here. Ids name nothing that exists, so
 * an allowed command is refused by the domain (`not_found`, `invalid_state`…) at worst and
 * changes as little as possible; what matters is whether it is refused as `forbidden`.
 */
export const COMMAND_SAMPLES: { readonly [K in CommandType]: Extract<CommandInput, { type: K }> } = {
  'poll.create': { type: 'poll.create', poll: { question: 'Walk poll?', options: ['Yes', 'No'] } },
  'poll.open': { type: 'poll.open', pollId: 'no-such-poll' },
  'poll.close': { type: 'poll.close', pollId: 'no-such-poll' },
  'poll.reveal': { type: 'poll.reveal', pollId: 'no-such-poll', revealed: true },
  'poll.delete': { type: 'poll.delete', pollId: 'no-such-poll' },
  'poll.vote': { type: 'poll.vote', pollId: 'no-such-poll', optionIds: ['o1'] },
  'participant.setChannel': { type: 'participant.setChannel', channel: 'online' },
  'participant.declare': { type: 'participant.declare', stakeholderGroup: 'Youth', regionalGroup: null, gender: null },
  'floor.raise': { type: 'floor.raise', intent: 'comment', label: null },
  'floor.lower': { type: 'floor.lower' },
  'floor.add': { type: 'floor.add', label: 'Seat 12', channel: 'onsite', intent: 'comment' },
  'floor.give': { type: 'floor.give', handId: 'no-such-hand', panelSpeaker: null },
  'floor.end': { type: 'floor.end' },
  'floor.move': { type: 'floor.move', handId: 'no-such-hand', position: 0 },
  'floor.remove': { type: 'floor.remove', handId: 'no-such-hand' },
  'floor.prioritiseReply': { type: 'floor.prioritiseReply', handId: 'no-such-hand' },
  'floor.setPolicy': { type: 'floor.setPolicy', policy: 'alternate' },
  'floor.setLimit': { type: 'floor.setLimit', limitSeconds: 180, warningSeconds: 30 },
  'floor.showBalance': { type: 'floor.showBalance', shown: false },
  'participant.acceptConduct': { type: 'participant.acceptConduct' },
  'guidelines.set': { type: 'guidelines.set', guidelines: { onsite: 'Raise a hand.', online: 'Unmute when called.' }, codeOfConduct: 'Be kind.' },
  'speaker.note': { type: 'speaker.note', panelSpeaker: 0, text: 'One minute left' },
  'agenda.start': { type: 'agenda.start' },
  'agenda.next': { type: 'agenda.next' },
  'agenda.previous': { type: 'agenda.previous' },
  'agenda.jump': { type: 'agenda.jump', index: 49 },
  'agenda.end': { type: 'agenda.end' },
  'plan.update': { type: 'plan.update', plan: { title: 'Walk plan', agenda: [{ title: 'Opening', plannedMinutes: 5, kind: 'opening' }] } },
  'projector.show': { type: 'projector.show', mode: 'join', pollId: null },
  'qa.ask': { type: 'qa.ask', text: 'How will schools teach this?' },
  'qa.edit': { type: 'qa.edit', questionId: 'no-such-question', text: 'How will schools teach it?' },
  'qa.withdraw': { type: 'qa.withdraw', questionId: 'no-such-question' },
  'qa.upvote': { type: 'qa.upvote', questionId: 'no-such-question', up: true },
  'qa.approve': { type: 'qa.approve', questionId: 'no-such-question' },
  'qa.reject': { type: 'qa.reject', questionId: 'no-such-question', reason: 'personal_data' },
  'qa.answer': { type: 'qa.answer', questionId: 'no-such-question' },
  'qa.archive': { type: 'qa.archive', questionId: 'no-such-question' },
  'qa.pin': { type: 'qa.pin', questionId: 'no-such-question' },
  'qa.merge': { type: 'qa.merge', questionId: 'no-such-question', intoId: 'no-such-other' },
  'qa.label': { type: 'qa.label', questionId: 'no-such-question', labels: ['privacy'] },
  'qa.reply': { type: 'qa.reply', questionId: 'no-such-question', text: 'See the report, section 2.' },
  'qa.forward': { type: 'qa.forward', questionId: 'no-such-question' },
  'qa.next': { type: 'qa.next' },
  'qa.setPolicy': { type: 'qa.setPolicy', policy: 'alternate' },
};
