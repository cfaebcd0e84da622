import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_OPTION_LENGTH, MAX_POLL_OPTIONS, MAX_QUESTION_LENGTH } from './plan.ts';
import {
  clientMessageSchema,
  COMMAND_TYPES,
  commandSchema,
  commandSchemas,
  MAX_FRAME_BYTES,
  PROTOCOL_VERSION,
  type ClientMessageInput,
  type CommandInput,
} from './protocol/index.ts';

const FC = { seed: 7, numRuns: 200 } as const;
const TOKEN = 'a'.repeat(43);

const hello = { type: 'hello', protocol: PROTOCOL_VERSION, token: TOKEN, lastSeq: 12 } as const;
const validCommands: Record<(typeof COMMAND_TYPES)[number], CommandInput> = {
  'poll.create': { type: 'poll.create', poll: { question: 'Coffee or tea?', options: ['Coffee', 'Tea'] } },
  'poll.open': { type: 'poll.open', pollId: 'p1' },
  'poll.close': { type: 'poll.close', pollId: 'p1' },
  'poll.expire': { type: 'poll.expire', pollId: 'p1', openedAt: 1_700_000_000_000 },
  'poll.reveal': { type: 'poll.reveal', pollId: 'p1', revealed: true },
  'poll.delete': { type: 'poll.delete', pollId: 'p1' },
  'poll.vote': { type: 'poll.vote', pollId: 'p1', optionIds: ['o1', 'o2'] },
  'poll.write': { type: 'poll.write', pollId: 'p1', entries: ['safety', 'trust'] },
  'poll.judge': { type: 'poll.judge', pollId: 'p1', key: 'e1a2b', verdict: 'hidden' },
  'poll.pair': { type: 'poll.pair', pollId: 'p2', beforeId: 'p1' },
  'poll.showBreakdown': { type: 'poll.showBreakdown', pollId: 'p1', dimension: 'channel' },
  'participant.setChannel': { type: 'participant.setChannel', channel: 'online' },
  'participant.declare': { type: 'participant.declare', stakeholderGroup: 'Youth', regionalGroup: 'African Group', gender: null },
  'floor.raise': { type: 'floor.raise', intent: 'question', label: 'Amina' },
  'floor.lower': { type: 'floor.lower' },
  'floor.done': { type: 'floor.done' },
  'floor.add': { type: 'floor.add', label: 'Seat 12', channel: 'onsite', intent: 'reply', stakeholderGroup: 'Government' },
  'floor.give': { type: 'floor.give', handId: 'h1' },
  'floor.end': { type: 'floor.end' },
  'floor.move': { type: 'floor.move', handId: 'h1', position: 2 },
  'floor.remove': { type: 'floor.remove', handId: 'h1' },
  'floor.prioritiseReply': { type: 'floor.prioritiseReply', handId: 'h2' },
  'floor.setPolicy': { type: 'floor.setPolicy', policy: 'fewest_first' },
  'floor.setLimit': { type: 'floor.setLimit', limitSeconds: 120, warningSeconds: 20 },
  'floor.showBalance': { type: 'floor.showBalance', shown: true },
  'participant.acceptConduct': { type: 'participant.acceptConduct' },
  'desk.note': { type: 'desk.note', agendaItem: null, tag: 'bestPractice', text: 'Co-design with youth', attach: { kind: 'balance' } },
  'desk.edit': { type: 'desk.edit', noteId: 'n1', agendaItem: 1, tag: 'partnershipOffer', text: 'A training offer' },
  'desk.remove': { type: 'desk.remove', noteId: 'n1' },
  'followUp.announce': { type: 'followUp.announce', followUp: { kind: 'training', title: 'Safety training', publicLink: 'https://example.org/t' } },
  'guidelines.set': { type: 'guidelines.set', guidelines: { onsite: 'Raise a hand.', online: 'Unmute when called.' }, codeOfConduct: 'Be kind.' },
  'speaker.note': { type: 'speaker.note', panelSpeaker: 0, text: 'One minute left' },
  'agenda.start': { type: 'agenda.start' },
  'agenda.next': { type: 'agenda.next' },
  'agenda.previous': { type: 'agenda.previous' },
  'agenda.jump': { type: 'agenda.jump', index: 2 },
  'agenda.end': { type: 'agenda.end' },
  'plan.update': { type: 'plan.update', plan: { title: 'Round table', agenda: [{ title: 'Opening', plannedMinutes: 5, kind: 'opening' }] } },
  'projector.show': { type: 'projector.show', mode: 'poll', pollId: 'p1' },
  'qa.ask': { type: 'qa.ask', text: 'How will schools teach this?' },
  'qa.edit': { type: 'qa.edit', questionId: 'q1', version: 1, text: 'How will schools teach it?' },
  'qa.withdraw': { type: 'qa.withdraw', questionId: 'q1' },
  'qa.upvote': { type: 'qa.upvote', questionId: 'q1', up: true },
  'qa.approve': { type: 'qa.approve', questionId: 'q1', version: 1 },
  'qa.reject': { type: 'qa.reject', questionId: 'q1', version: 1, reason: 'personal_data' },
  'qa.answer': { type: 'qa.answer', questionId: 'q1' },
  'qa.archive': { type: 'qa.archive', questionId: 'q1' },
  'qa.pin': { type: 'qa.pin', questionId: 'q1' },
  'qa.merge': { type: 'qa.merge', questionId: 'q2', version: 1, intoId: 'q1' },
  'qa.label': { type: 'qa.label', questionId: 'q1', labels: ['privacy'] },
  'qa.reply': { type: 'qa.reply', questionId: 'q1', text: 'See the report, section 2.' },
  'qa.forward': { type: 'qa.forward', questionId: 'q1' },
  'qa.next': { type: 'qa.next' },
  'qa.setPolicy': { type: 'qa.setPolicy', policy: 'alternate' },
};
const envelope = (command: unknown, id = 'c-1') => ({ type: 'command', id, command });

function accepts(frame: unknown): boolean {
  return clientMessageSchema.safeParse(frame).success;
}

describe('clientMessageSchema', () => {
  it('PROTO-1/PROTO-3: accepts a hello with the protocol version and a token; lastSeq defaults to 0', () => {
    expect(clientMessageSchema.parse(hello)).toEqual(hello);
    const { lastSeq: _omitted, ...withoutSeq } = hello;
    expect(clientMessageSchema.parse(withoutSeq)).toEqual({ ...hello, lastSeq: 0 });
  });

  it.each(COMMAND_TYPES)('PROTO-1/PROTO-4: accepts a %s command in an envelope with a client id', (type) => {
    const frame = envelope(validCommands[type]);
    expect(accepts(frame)).toBe(true);
    expect(commandSchemas[type].safeParse(validCommands[type]).success).toBe(true);
  });

  it('PROTO-1: fills the defaults of a poll draft', () => {
    expect(clientMessageSchema.parse(envelope(validCommands['poll.create']))).toEqual({
      type: 'command',
      id: 'c-1',
      command: { type: 'poll.create', poll: { question: 'Coffee or tea?', kind: 'single', options: ['Coffee', 'Tea'], resultsVisibility: 'live' } },
    });
  });

  it('PROTO-1: fills the defaults of the floor and declaration commands', () => {
    const parse = (command: CommandInput) => commandSchema.parse(command);
    expect(parse({ type: 'floor.raise' })).toEqual({ type: 'floor.raise', intent: 'comment', label: null, source: null });
    expect(parse({ type: 'floor.raise', label: '  Amina  ' })).toEqual({ type: 'floor.raise', intent: 'comment', label: 'Amina', source: null });
    expect(parse({ type: 'floor.give' })).toEqual({ type: 'floor.give', handId: null, panelSpeaker: null });
    expect(parse({ type: 'floor.give', panelSpeaker: 0 })).toEqual({ type: 'floor.give', handId: null, panelSpeaker: 0 });
    expect(parse({ type: 'floor.add', label: 'Seat 12', channel: 'online' })).toEqual({
      type: 'floor.add',
      label: 'Seat 12',
      channel: 'online',
      intent: 'comment',
      stakeholderGroup: null,
      regionalGroup: null,
      gender: null,
      source: null,
    });
    expect(parse({ type: 'participant.declare' })).toEqual({ type: 'participant.declare', stakeholderGroup: null, regionalGroup: null, gender: null });
  });

  it('PROTO-1: rejects malformed floor and declaration commands', () => {
    const at = (n: number) => 'x'.repeat(n);
    for (const command of [
      { type: 'floor.raise', intent: 'shout' },
      { type: 'floor.raise', label: '' },
      { type: 'floor.raise', label: '   ' },
      { type: 'floor.raise', label: at(41) },
      { type: 'floor.raise', label: '<b>Amina</b>' },
      { type: 'floor.raise', label: 'Ami\u0007na' },
      { type: 'floor.raise', label: 'Ami\u200bna' },
      { type: 'floor.lower', handId: 'h1' },
      { type: 'floor.add', channel: 'onsite' },
      { type: 'floor.add', label: 'Seat 1' },
      { type: 'floor.add', label: 'Seat 1', channel: 'moon' },
      { type: 'floor.add', label: 'Seat 1', channel: 'onsite', gender: 'unknown' },
      { type: 'floor.add', label: 'Seat 1', channel: 'onsite', stakeholderGroup: 'Press' },
      { type: 'floor.give', handId: '' },
      { type: 'floor.give', handId: at(65) },
      { type: 'floor.give', panelSpeaker: -1 },
      { type: 'floor.give', panelSpeaker: 50 },
      { type: 'floor.give', panelSpeaker: 1.5 },
      { type: 'floor.end', now: true },
      { type: 'floor.move', handId: 'h1' },
      { type: 'floor.move', handId: 'h1', position: -1 },
      { type: 'floor.move', handId: 'h1', position: 0.5 },
      { type: 'floor.move', handId: 'h1', position: 10_001 },
      { type: 'floor.remove' },
      { type: 'floor.prioritiseReply', handId: '' },
      { type: 'floor.setPolicy', policy: 'loudest_first' },
      { type: 'floor.setPolicy' },
      { type: 'floor.setLimit', limitSeconds: 9, warningSeconds: 0 },
      { type: 'floor.setLimit', limitSeconds: 3601, warningSeconds: 0 },
      { type: 'floor.setLimit', limitSeconds: 60, warningSeconds: -1 },
      { type: 'floor.setLimit', limitSeconds: 60, warningSeconds: 601 },
      { type: 'floor.setLimit', limitSeconds: 60 },
      { type: 'floor.showBalance', shown: 'yes' },
      { type: 'floor.showBalance' },
      { type: 'participant.declare', regionalGroup: 'Atlantis' },
      { type: 'participant.declare', participantId: 'u1' },
    ]) {
      expect(accepts(envelope(command)), JSON.stringify(command)).toBe(false);
    }
    expect(accepts(envelope({ type: 'floor.raise', label: at(40) }))).toBe(true);
    expect(accepts(envelope({ type: 'floor.give', panelSpeaker: 49 }))).toBe(true);
    expect(accepts(envelope({ type: 'floor.move', handId: 'h1', position: 10_000 }))).toBe(true);
    expect(accepts(envelope({ type: 'floor.setLimit', limitSeconds: 3600, warningSeconds: 600 }))).toBe(true);
  });

  it('PROTO-1: rejects frames that are not message objects', () => {
    for (const frame of [null, undefined, 42, 'hello', [], [hello], {}, { type: null }]) expect(accepts(frame), JSON.stringify(frame)).toBe(false);
  });

  it('PROTO-1: rejects unknown message and command types', () => {
    expect(accepts({ ...hello, type: 'helo' })).toBe(false);
    expect(accepts({ type: 'subscribe', channel: 'all' })).toBe(false);
    expect(accepts(envelope({ type: 'poll.drop', pollId: 'p1' }))).toBe(false);
    expect(accepts(envelope({ type: 'session.delete' }))).toBe(false);
    expect(accepts(envelope({ pollId: 'p1' }))).toBe(false);
  });

  it('PROTO-1: rejects a wrong protocol version', () => {
    for (const protocol of [0, PROTOCOL_VERSION + 1, String(PROTOCOL_VERSION), null]) expect(accepts({ ...hello, protocol })).toBe(false);
    const { protocol: _omitted, ...withoutProtocol } = hello;
    expect(accepts(withoutProtocol)).toBe(false);
  });

  it('PROTO-1: rejects extra fields, at every level', () => {
    expect(accepts({ ...hello, role: 'host' })).toBe(false);
    expect(accepts({ ...envelope(validCommands['poll.open']), seq: 3 })).toBe(false);
    expect(accepts(envelope({ ...validCommands['poll.open'], force: true }))).toBe(false);
    expect(accepts(envelope({ ...validCommands['poll.vote'], participantId: 'u2' }))).toBe(false);
    expect(accepts(envelope({ type: 'poll.create', poll: { question: 'Q?', options: ['a', 'b'], id: 'p9' } }))).toBe(false);
  });

  it('PROTO-1: rejects an extra field of any name on any valid message', () => {
    const validFrame = fc.constantFrom<ClientMessageInput>(hello, ...Object.values(validCommands).map((c) => envelope(c) as ClientMessageInput));
    const key = fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !['type', 'protocol', 'token', 'lastSeq', 'id', 'command'].includes(k));
    fc.assert(
      fc.property(validFrame, key, fc.jsonValue(), (frame, extra, value) => {
        expect(accepts(frame)).toBe(true);
        expect(accepts({ ...frame, [extra]: value })).toBe(false);
      }),
      FC,
    );
  });

  it('PROTO-1: rejects missing or mistyped fields', () => {
    expect(accepts({ type: 'hello', protocol: PROTOCOL_VERSION })).toBe(false);
    expect(accepts({ ...hello, lastSeq: -1 })).toBe(false);
    expect(accepts({ ...hello, lastSeq: 1.5 })).toBe(false);
    expect(accepts({ ...hello, lastSeq: '3' })).toBe(false);
    expect(accepts({ type: 'command', command: validCommands['poll.open'] })).toBe(false);
    expect(accepts(envelope(validCommands['poll.open'], ''))).toBe(false);
    expect(accepts(envelope({ type: 'poll.reveal', pollId: 'p1' }))).toBe(false);
    expect(accepts(envelope({ type: 'poll.reveal', pollId: 'p1', revealed: 'yes' }))).toBe(false);
    expect(accepts(envelope({ type: 'poll.vote', pollId: 'p1', optionIds: [] }))).toBe(false);
    expect(accepts(envelope({ type: 'poll.vote', pollId: 'p1', optionIds: 'o1' }))).toBe(false);
    expect(accepts(envelope({ type: 'poll.vote', pollId: '', optionIds: ['o1'] }))).toBe(false);
    expect(accepts(envelope({ type: 'participant.setChannel', channel: 'moon' }))).toBe(false);
    expect(accepts(envelope({ type: 'poll.create', poll: { question: 'Q?', options: ['only one'] } }))).toBe(false);
    expect(accepts(envelope({ type: 'poll.create', poll: { question: '   ', options: ['a', 'b'] } }))).toBe(false);
    expect(accepts(envelope({ type: 'poll.create', poll: { question: 'Q?', options: ['a', 'b'], kind: 'ranked' } }))).toBe(false);
  });

  it('PROTO-1: rejects oversized strings and arrays, accepts them at the limit', () => {
    const at = (n: number) => 'x'.repeat(n);
    expect(accepts({ ...hello, token: at(128) })).toBe(true);
    expect(accepts({ ...hello, token: at(129) })).toBe(false);
    expect(accepts({ ...hello, token: at(15) })).toBe(false);
    expect(accepts(envelope(validCommands['poll.open'], at(64)))).toBe(true);
    expect(accepts(envelope(validCommands['poll.open'], at(65)))).toBe(false);
    expect(accepts(envelope({ type: 'poll.open', pollId: at(64) }))).toBe(true);
    expect(accepts(envelope({ type: 'poll.open', pollId: at(65) }))).toBe(false);
    expect(accepts(envelope({ type: 'poll.vote', pollId: 'p1', optionIds: [at(MAX_OPTION_LENGTH)] }))).toBe(true);
    expect(accepts(envelope({ type: 'poll.vote', pollId: 'p1', optionIds: [at(MAX_OPTION_LENGTH + 1)] }))).toBe(false);
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `o${String(i + 1)}`);
    expect(accepts(envelope({ type: 'poll.vote', pollId: 'p1', optionIds: ids(MAX_POLL_OPTIONS) }))).toBe(true);
    expect(accepts(envelope({ type: 'poll.vote', pollId: 'p1', optionIds: ids(MAX_POLL_OPTIONS + 1) }))).toBe(false);
    const poll = { question: 'Q?', options: ['a', 'b'] };
    expect(accepts(envelope({ type: 'poll.create', poll: { ...poll, question: at(MAX_QUESTION_LENGTH) } }))).toBe(true);
    expect(accepts(envelope({ type: 'poll.create', poll: { ...poll, question: at(MAX_QUESTION_LENGTH + 1) } }))).toBe(false);
    expect(accepts(envelope({ type: 'poll.create', poll: { ...poll, options: ['a', at(MAX_OPTION_LENGTH + 1)] } }))).toBe(false);
    expect(accepts(envelope({ type: 'poll.create', poll: { ...poll, options: ids(MAX_POLL_OPTIONS) } }))).toBe(true);
    expect(accepts(envelope({ type: 'poll.create', poll: { ...poll, options: ids(MAX_POLL_OPTIONS + 1) } }))).toBe(false);
  });

  it('PROTO-2: the largest valid command frame fits in MAX_FRAME_BYTES (16 KiB)', () => {
    expect(MAX_FRAME_BYTES).toBe(16 * 1024);
    // Characters JSON escapes as \u00XX: six bytes each, the worst case per character.
    const worst = (tag: string, n: number) => `${tag}${'\u0001'.repeat(n - tag.length)}`;
    const frame = envelope(
      {
        type: 'poll.create',
        poll: {
          question: worst('Q', MAX_QUESTION_LENGTH),
          kind: 'multiple',
          options: Array.from({ length: MAX_POLL_OPTIONS }, (_, i) => worst(`o${String(i)}`, MAX_OPTION_LENGTH)),
          resultsVisibility: 'after_close',
        },
      },
      'x'.repeat(64),
    );
    expect(accepts(frame)).toBe(true);
    expect(new TextEncoder().encode(JSON.stringify(frame)).length).toBeLessThanOrEqual(MAX_FRAME_BYTES);
  });

  it('PROTO-1: commandSchema and the per-command schemas agree on every command type', () => {
    expect(Object.keys(commandSchemas).sort()).toEqual([...COMMAND_TYPES].sort());
    for (const type of COMMAND_TYPES) {
      expect(commandSchema.safeParse(validCommands[type]).success).toBe(true);
      // A command's body under another command's type never parses as that other command.
      for (const other of COMMAND_TYPES) {
        if (other === type) continue;
        expect(commandSchemas[other].safeParse(validCommands[type]).success).toBe(false);
      }
    }
  });
});
