import { z } from 'zod';
import { ERROR_CODES } from '../../../core/errorCodes.ts';
import type { ServerMessageType } from '../../../core/protocol/serverMessages.ts';
import { REFUSALS } from '../../../core/refusals.ts';
import { CHANNELS, ROLES } from '../../../core/roles.ts';

/**
 * JSON Schema sources for the server's WebSocket messages (CONTRACT-2). The server builds its
 * messages from the `ServerMessages` types; these schemas state each message's envelope
 * exactly (its type, sequence, clock and the fields a client branches on), and the role
 * views inside (session, floor, poll, question) as objects whose fields are documented in
 * `src/core/*Views.ts`. The record type makes a new message without a schema fail the build;
 * the contract test checks the frames a real server sends against them (CONTRACT-3).
 */

const seq = z.number().int().min(0);
const time = z.number().int().describe('ms since the epoch, the server clock');
const view = (name: string) => z.looseObject({}).describe(`${name}: see src/core (views are per audience)`);
const presence = { onsite: z.number().int().min(0), online: z.number().int().min(0), undeclared: z.number().int().min(0) };
const tally = {
  pollId: z.string(),
  total: z.number().int().min(0),
  counts: z.record(z.string(), z.number().int().min(0)).nullable(),
  summary: view('PollSummary').nullable().optional(),
  breakdowns: z.record(z.string(), z.array(view('BreakdownCell'))).nullable().optional(),
  shift: view('PollShiftView').nullable().optional(),
};
const myFloor = { handId: z.string().nullable(), position: z.number().int().nullable(), intent: z.string().nullable(), speaking: z.boolean() };
const speakerNote = z.strictObject({ id: z.string(), panelSpeaker: z.number().int().min(0), text: z.string(), at: time });
const balance = view('BalanceMeter').nullable();

const message = <T extends ServerMessageType, S extends z.ZodRawShape>(type: T, shape: S) => z.strictObject({ type: z.literal(type), ...shape });

/** One schema per server message, by type. */
export const SERVER_MESSAGE_SCHEMAS: Readonly<Record<ServerMessageType, z.ZodType>> = {
  welcome: message('welcome', {
    protocol: z.number().int(),
    role: z.enum(ROLES),
    seq,
    serverTime: time,
    snapshot: z.looseObject({ session: view('SessionView'), polls: z.array(view('PollView')), floor: view('FloorView') }).nullable(),
    tallies: z.array(z.strictObject(tally)),
    presence: z.strictObject(presence),
    balance,
    me: z.looseObject({ channel: z.enum(CHANNELS).nullable(), declared: view('Declared'), votes: z.record(z.string(), z.array(z.string())), floor: z.strictObject(myFloor), conductAccepted: z.boolean() }).nullable(),
    panelSpeaker: z.number().int().nullable(),
    guidelines: view('GuidelinesView'),
    speakerNote: speakerNote.nullable(),
    desk: view('DeskView').nullable().optional(),
  }),
  'desk.updated': message('desk.updated', { seq, desk: view('DeskView') }),
  'guidelines.updated': message('guidelines.updated', { seq, guidelines: view('GuidelinesView') }),
  'speaker.note': message('speaker.note', { note: speakerNote }),
  ack: message('ack', { id: z.string(), seq: seq.nullable() }),
  pong: message('pong', { serverTime: time }),
  error: message('error', {
    id: z.string().nullable(),
    code: z.enum(ERROR_CODES),
    reason: z.enum(Object.keys(REFUSALS) as [keyof typeof REFUSALS, ...(keyof typeof REFUSALS)[]]),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
    message: z.string(),
  }),
  'session.updated': message('session.updated', { seq, session: view('SessionView') }),
  'poll.updated': message('poll.updated', { seq, poll: view('PollView') }),
  'poll.removed': message('poll.removed', { seq, pollId: z.string() }),
  'floor.updated': message('floor.updated', { seq, serverTime: time, floor: view('FloorView') }),
  'floor.mine': message('floor.mine', myFloor),
  balance: message('balance', { meter: balance }),
  tally: message('tally', tally),
  presence: message('presence', presence),
  'qa.question': message('qa.question', { seq, question: view('QuestionView') }),
  'qa.removed': message('qa.removed', { seq, questionId: z.string() }),
  'qa.board': message('qa.board', { seq, board: view('QaBoardView') }),
  'qa.upvotes': message('qa.upvotes', { counts: z.record(z.string(), z.number().int().min(0)) }),
  'qa.mine': message('qa.mine', { questions: z.array(view('MyQuestionView')) }),
};

/** Any message from the server: one of the above, by `type`. */
export const serverMessageSchema = z.union(Object.values(SERVER_MESSAGE_SCHEMAS) as [z.ZodType, ...z.ZodType[]]);
