import type { CommandType } from './protocol/commands.ts';
import type { Role } from './roles.ts';

/**
 * Which roles may send which command (SPEC: AUTH-2). The server checks every command against
 * this table before deciding it; a test walks every pair.
 */
export const PERMISSIONS: Readonly<Record<CommandType, readonly Role[]>> = {
  'poll.create': ['host', 'moderator', 'online_moderator'],
  'poll.open': ['host', 'moderator', 'online_moderator'],
  'poll.close': ['host', 'moderator', 'online_moderator'],
  'poll.reveal': ['host', 'moderator', 'online_moderator'],
  'poll.delete': ['host', 'moderator', 'online_moderator'],
  'poll.vote': ['participant'],
  'participant.setChannel': ['participant'],
  'participant.declare': ['participant'],
  'floor.raise': ['participant'],
  'floor.lower': ['participant'],
  'floor.add': ['host', 'moderator', 'online_moderator'],
  'floor.give': ['host', 'moderator', 'online_moderator'],
  'floor.end': ['host', 'moderator', 'online_moderator'],
  'floor.move': ['host', 'moderator', 'online_moderator'],
  'floor.remove': ['host', 'moderator', 'online_moderator'],
  'floor.prioritiseReply': ['host', 'moderator', 'online_moderator'],
  'floor.setPolicy': ['host', 'moderator', 'online_moderator'],
  'floor.setLimit': ['host', 'moderator', 'online_moderator'],
  'floor.showBalance': ['host', 'moderator', 'online_moderator'],
  'participant.acceptConduct': ['participant'],
  'guidelines.set': ['host'],
  'speaker.note': ['host', 'moderator', 'online_moderator'],
  'agenda.start': ['host', 'moderator', 'online_moderator'],
  'agenda.next': ['host', 'moderator', 'online_moderator'],
  'agenda.previous': ['host', 'moderator', 'online_moderator'],
  'agenda.jump': ['host', 'moderator', 'online_moderator'],
  'agenda.end': ['host', 'moderator', 'online_moderator'],
  'plan.update': ['host', 'moderator'],
  'projector.show': ['host', 'moderator', 'online_moderator'],
  'qa.ask': ['participant'],
  'qa.withdraw': ['participant'],
  'qa.upvote': ['participant'],
  'qa.edit': ['host', 'moderator', 'online_moderator', 'participant'],
  'qa.approve': ['host', 'moderator', 'online_moderator'],
  'qa.reject': ['host', 'moderator', 'online_moderator'],
  'qa.answer': ['host', 'moderator', 'online_moderator'],
  'qa.archive': ['host', 'moderator', 'online_moderator'],
  'qa.pin': ['host', 'moderator', 'online_moderator'],
  'qa.merge': ['host', 'moderator', 'online_moderator'],
  'qa.label': ['host', 'moderator', 'online_moderator'],
  'qa.reply': ['host', 'moderator', 'online_moderator'],
  'qa.forward': ['host', 'moderator', 'online_moderator'],
  'qa.next': ['host', 'moderator', 'online_moderator'],
  'qa.setPolicy': ['host', 'moderator', 'online_moderator'],
};

export function mayRun(role: Role, command: CommandType): boolean {
  return PERMISSIONS[command].includes(role);
}
