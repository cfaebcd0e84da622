/**
 * The frames of the malformed-input script (scripts/reliability/malformed.ts), as fast-check
 * arbitraries: what a hostile or broken client can put on a socket, each with what the server
 * owes it. A socket's script is a run of frames, optionally after a valid hello; a frame that
 * ends a connection (invalid UTF-8, over the size limit, a wrong protocol or token in a hello)
 * comes last.
 */
import fc from 'fast-check';
import { COMMANDS, COMMAND_TYPES } from '../../src/core/protocol/commands.ts';
import { MAX_FRAME_BYTES, PROTOCOL_VERSION } from '../../src/core/protocol/version.ts';

/** The largest frame `ws` accepts at all (the server's `maxPayload`); larger ones are cut by `ws` with 1009. */
export const WS_MAX_PAYLOAD = 4 * MAX_FRAME_BYTES;

/** A frame to send, before it is rendered to bytes (oversized frames are built only when sent). */
export type FrameSpec =
  /** A JSON value; `autoId`: a `command` gets a fresh id when sent, so that ids do not collide by chance. */
  | { readonly category: string; readonly kind: 'json'; readonly value: unknown; readonly autoId: boolean }
  | { readonly category: string; readonly kind: 'text'; readonly text: string }
  | { readonly category: string; readonly kind: 'bytes'; readonly bytes: readonly number[]; readonly binary: boolean }
  | { readonly category: string; readonly kind: 'oversized'; readonly size: number; readonly filler: 'json' | 'garbage' }
  | { readonly category: string; readonly kind: 'deep'; readonly depth: number; readonly container: 'array' | 'object'; readonly where: 'top' | 'field' }
  /** A hello with the socket's own participant token (valid before a hello, repeated after). */
  | { readonly category: string; readonly kind: 'hello'; readonly lastSeq: number };

/** What the server owes a frame of a category, beyond "a typed error, an ack, a welcome or a close 1007/1008/1009". */
export type Expectation =
  | { readonly close: number }
  | { readonly reason: string }
  | { readonly reasonOrClose: { readonly reason: string; readonly close: number } }
  | null;

/** What a rendered frame needs from the run: a fresh command id, the open poll. */
export interface RenderContext {
  nextId(): string;
  readonly pollId: string;
  readonly token: string;
}

/** The categories whose frame ends the connection; they come last in a socket's script. */
const TERMINAL = new Set(['invalidUtf8', 'oversized', 'oversizedPastWs', 'wrongProtocol', 'unknownToken']);

export function isTerminal(spec: FrameSpec): boolean {
  return TERMINAL.has(spec.category);
}

/** What the server owes `spec`, where the protocol fixes it; `helloSeen`: the socket already said hello. */
export function expectationOf(spec: FrameSpec, helloSeen: boolean): Expectation {
  switch (spec.category) {
    case 'invalidUtf8':
      return { close: 1007 };
    case 'oversized':
      return { reasonOrClose: { reason: 'frame.tooLarge', close: 1009 } };
    case 'oversizedPastWs':
      return { close: 1009 };
    case 'binary':
      return { reason: 'frame.notText' };
    case 'notJson':
      return { reason: 'frame.notJson' };
    case 'wrongProtocol':
      return { reason: 'protocol.mismatch' };
    case 'unknownToken':
      return { reason: helloSeen ? 'hello.repeated' : 'link.invalid' };
    case 'hello':
      return { reason: helloSeen ? 'hello.repeated' : 'welcome' };
    default:
      return null;
  }
}

/** Refusals after which the server closes the socket, and with which code. */
export const CLOSING_REASONS: ReadonlyMap<string, number> = new Map([
  ['frame.tooLarge', 1009],
  ['protocol.mismatch', 4400],
  ['link.invalid', 4401],
  ['connection.flooding', 1008],
  ['connection.tooMany', 1008],
  ['connection.coolingDown', 1008],
  ['hello.timeout', 4400],
]);

/** The bytes of a frame, and whether it goes as a binary frame. */
export function render(spec: FrameSpec, ctx: RenderContext): { readonly data: string | Buffer; readonly binary: boolean } {
  switch (spec.kind) {
    case 'json': {
      const value = spec.autoId && isRecord(spec.value) && spec.value.type === 'command' ? { ...spec.value, id: ctx.nextId() } : spec.value;
      return { data: JSON.stringify(value, (_k, v: unknown) => (v === POLL_ID ? ctx.pollId : v)) ?? 'undefined', binary: false };
    }
    case 'text':
      return { data: spec.text, binary: false };
    case 'bytes':
      return { data: Buffer.from(spec.bytes), binary: spec.binary };
    case 'hello':
      return { data: JSON.stringify({ type: 'hello', protocol: PROTOCOL_VERSION, token: ctx.token, lastSeq: spec.lastSeq }), binary: false };
    case 'oversized': {
      if (spec.filler === 'garbage') return { data: 'x'.repeat(spec.size), binary: false };
      const head = `{"type":"command","id":"${ctx.nextId()}","command":{"type":"qa.ask","text":"`;
      return { data: `${head}${'a'.repeat(Math.max(0, spec.size - head.length - 3))}"}}`, binary: false };
    }
    case 'deep': {
      const [open, close] = spec.container === 'array' ? ['[', ']'] : ['{"a":', '}'];
      const nested = `${open.repeat(spec.depth)}1${close.repeat(spec.depth)}`;
      if (spec.where === 'top') return { data: nested, binary: false };
      return { data: `{"type":"command","id":"${ctx.nextId()}","command":{"type":"poll.vote","pollId":"${ctx.pollId}","optionIds":${nested}}}`, binary: false };
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Stands for the open poll's id in generated commands; replaced when rendered. */
const POLL_ID = '\u0000poll';

const templates = COMMAND_TYPES.map((type) => ({ type: 'command', id: 'x', command: COMMANDS[type].example as unknown }));
const helloTemplate = { type: 'hello', protocol: PROTOCOL_VERSION, token: 'x'.repeat(43), lastSeq: 0 };

/** Every path into a value (objects and arrays), the root excluded. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => [[...prefix, i], ...pathsOf(v, [...prefix, i])]);
  if (isRecord(value)) return Object.entries(value).flatMap(([k, v]) => [[...prefix, k], ...pathsOf(v, [...prefix, k])]);
  return [];
}

/** A copy of `value` with the value at `path` replaced (`undefined`: removed). */
function withAt(value: unknown, path: readonly (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  if (Array.isArray(value)) {
    const copy = [...value];
    if (replacement === undefined && rest.length === 0) copy.splice(Number(head), 1);
    else copy[Number(head)] = withAt(value[Number(head)], rest, replacement);
    return copy;
  }
  if (isRecord(value)) {
    if (replacement === undefined && rest.length === 0) return Object.fromEntries(Object.entries(value).filter(([k]) => k !== String(head)));
    return { ...value, [String(head)]: withAt(value[String(head)], rest, replacement) };
  }
  return value;
}

const jsonLeaf = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(1e308, -1, -0, 0.5, 2 ** 53 + 1, Number.MAX_SAFE_INTEGER),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom('', ' ', '\u0000', '\ud800', '\udfff\ud800', '\u202e', '\u200b', 'o1', '__proto__', 'constructor', 'x'.repeat(65), 'x'.repeat(5_000)),
);
const jsonAny = fc.oneof({ depthSize: 'small', withCrossShrink: true }, jsonLeaf, fc.jsonValue({ maxDepth: 3 }), fc.array(jsonLeaf, { maxLength: 5 }), fc.dictionary(fc.string({ maxLength: 8 }), jsonLeaf, { maxKeys: 4 }));

/** A valid message with one field of the wrong type, removed, or an extra field; or the wrong `type`. */
const wrongFieldTypes: fc.Arbitrary<FrameSpec> = fc
  .record({
    template: fc.constantFrom(...templates, helloTemplate),
    op: fc.constantFrom('replace', 'replace', 'delete', 'extra', 'type'),
    pick: fc.nat(),
    value: jsonAny,
    key: fc.oneof(fc.string({ minLength: 1, maxLength: 10 }), fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString')),
  })
  .map(({ template, op, pick, value, key }) => {
    const paths = pathsOf(template);
    const path = paths[pick % paths.length] ?? ['type'];
    let mutated: unknown;
    if (op === 'replace') mutated = withAt(template, path, value);
    else if (op === 'delete') mutated = withAt(template, path, undefined);
    else if (op === 'type') mutated = withAt(template, path.slice(0, -1).concat('type'), value);
    else mutated = withAt(template, path.slice(0, -1).concat(key), value);
    // The hello template's token names nobody: a mutation that leaves it valid is an unknown token.
    return { category: 'wrongFieldTypes', kind: 'json', value: mutated, autoId: !(path.length === 1 && path[0] === 'id' && (op === 'replace' || op === 'delete')) } satisfies FrameSpec;
  });

/** Well-formed commands with generated values, from a participant: an ack or a typed refusal each. */
const text = fc.oneof(
  fc.string({ minLength: 1, maxLength: 300 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 300 }),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 300 }),
  fc.constantFrom('\t\tHow?', 'a\u0000b', '\u200b\u200b', '\u202eevil', ' ', 'Call me on 07700 900123', 'x'.repeat(281), 'Why?\r\nReally?'),
);
const anyId = fc.oneof(fc.constant(POLL_ID), fc.string({ minLength: 1, maxLength: 64 }), fc.uuid());
const wellFormedCommands: fc.Arbitrary<FrameSpec> = fc
  .oneof(
    fc.record({ type: fc.constant('poll.vote'), pollId: anyId, optionIds: fc.array(fc.constantFrom('o1', 'o2', 'o3', 'o4', 'o5', 'o9', ''), { minLength: 0, maxLength: 4 }) }),
    fc.record({ type: fc.constant('qa.ask'), text }),
    fc.record({ type: fc.constant('qa.upvote'), questionId: anyId, up: fc.boolean() }),
    fc.record({ type: fc.constant('qa.edit'), questionId: anyId, version: fc.integer({ min: 0, max: 5 }), text }),
    fc.record({ type: fc.constant('qa.withdraw'), questionId: anyId }),
    fc.record({ type: fc.constant('floor.raise'), intent: fc.constantFrom('comment', 'question', 'reply'), label: fc.option(fc.string({ maxLength: 40 })) }),
    fc.constant({ type: 'floor.lower' }),
    fc.constant({ type: 'participant.acceptConduct' }),
    fc.record({ type: fc.constant('participant.setChannel'), channel: fc.constantFrom('onsite', 'online') }),
    fc.record({ type: fc.constant('participant.declare'), stakeholderGroup: fc.option(fc.constantFrom('Youth', 'Government', 'Academia')), regionalGroup: fc.constant(null), gender: fc.constant(null) }),
    // Staff commands: refused as forbidden for a participant, not authenticated before a hello.
    fc.constantFrom(...COMMAND_TYPES.map((type) => COMMANDS[type].example as unknown)),
  )
  .map((command) => ({ category: 'wellFormedCommands', kind: 'json', value: { type: 'command', id: 'x', command }, autoId: true }) satisfies FrameSpec);

const invalidSequences: readonly (readonly number[])[] = [
  [0xff], [0xfe], [0x80], [0xbf], [0xc0, 0xaf], [0xc1, 0xbf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf],
  [0xf4, 0x90, 0x80, 0x80], [0xf5, 0x80, 0x80, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xc3], [0xe2, 0x82], [0xf0, 0x9f, 0x98],
];
const fatal = new TextDecoder('utf-8', { fatal: true });
const isValidUtf8 = (bytes: Uint8Array): boolean => {
  try {
    fatal.decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/** Text frames that are not UTF-8: a valid frame with a bad sequence inside, or random bytes that do not decode. */
const invalidUtf8: fc.Arbitrary<FrameSpec> = fc.oneof(
  fc
    .record({ template: fc.constantFrom(...templates, helloTemplate), bad: fc.constantFrom(...invalidSequences), at: fc.nat() })
    .map(({ template, bad, at }) => {
      const bytes = [...Buffer.from(JSON.stringify(template))];
      const i = at % (bytes.length + 1);
      return { category: 'invalidUtf8', kind: 'bytes', bytes: [...bytes.slice(0, i), ...bad, ...bytes.slice(i)], binary: false } satisfies FrameSpec;
    }),
  fc
    .uint8Array({ minLength: 1, maxLength: 200 })
    .filter((bytes) => !isValidUtf8(bytes))
    .map((bytes) => ({ category: 'invalidUtf8', kind: 'bytes', bytes: [...bytes], binary: false }) satisfies FrameSpec),
);

/** Every other kind of frame, and how often each comes (weights). */
const ongoing: fc.Arbitrary<FrameSpec> = fc.oneof(
  { weight: 5, arbitrary: wrongFieldTypes },
  { weight: 4, arbitrary: wellFormedCommands },
  {
    weight: 2,
    arbitrary: fc
      .oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom('', ' ', '{', '{"type":', '{"type":"hello"', 'undefined', 'NaN', "{'type':'hello'}", '[1,]', '{"a":1}{"b":2}'))
      .filter((t) => !parses(t))
      .map((t) => ({ category: 'notJson', kind: 'text', text: t }) satisfies FrameSpec),
  },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((value) => ({ category: 'jsonValues', kind: 'json', value, autoId: false }) satisfies FrameSpec) },
  {
    weight: 2,
    arbitrary: fc
      .record({ type: fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('Hello', 'HELLO', 'command ', 'ack', 'welcome', 'error', 'ping', 'pong', 'subscribe')), rest: fc.dictionary(fc.string({ maxLength: 8 }), jsonLeaf, { maxKeys: 3 }) })
      .map(({ type, rest }) => ({ category: 'unknownTypes', kind: 'json', value: { ...rest, type }, autoId: false }) satisfies FrameSpec),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({ type: fc.string({ maxLength: 20 }), extra: fc.dictionary(fc.string({ maxLength: 8 }), jsonLeaf, { maxKeys: 3 }) })
      .map(({ type, extra }) => ({ category: 'unknownCommands', kind: 'json', value: { type: 'command', id: 'x', command: { ...extra, type } }, autoId: true }) satisfies FrameSpec),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({ id: fc.oneof(jsonLeaf, fc.constantFrom('', 'x'.repeat(64), 'x'.repeat(65), '\u0000', '\ud800')) })
      .map(({ id }) => ({ category: 'oddIds', kind: 'json', value: { type: 'command', id, command: { type: 'floor.lower' } }, autoId: false }) satisfies FrameSpec),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      depth: fc.integer({ min: 2, max: 8_000 }),
      container: fc.constantFrom('array' as const, 'object' as const),
      where: fc.constantFrom('top' as const, 'field' as const),
    }).map(({ depth, container, where }) => ({
      category: 'deepNesting',
      kind: 'deep',
      // Kept under the frame limit: the depth is the point here, not the size.
      depth: Math.min(depth, container === 'array' ? 8_000 : 2_600),
      container,
      where,
    }) satisfies FrameSpec),
  },
  {
    weight: 1,
    arbitrary: fc
      .oneof(fc.uint8Array({ maxLength: 300 }).map((b) => [...b]), fc.constantFrom(...templates, helloTemplate).map((t) => [...Buffer.from(JSON.stringify(t))]))
      .map((bytes) => ({ category: 'binary', kind: 'bytes', bytes, binary: true }) satisfies FrameSpec),
  },
  { weight: 1, arbitrary: fc.oneof(fc.constant(0), fc.nat(), fc.constant(2 ** 31)).map((lastSeq) => ({ category: 'hello', kind: 'hello', lastSeq }) satisfies FrameSpec) },
);

/** Frames that end the connection. */
const terminal: fc.Arbitrary<FrameSpec> = fc.oneof(
  { weight: 4, arbitrary: invalidUtf8 },
  {
    weight: 2,
    arbitrary: fc
      .record({ size: fc.integer({ min: MAX_FRAME_BYTES + 1, max: WS_MAX_PAYLOAD }), filler: fc.constantFrom('json' as const, 'garbage' as const) })
      .map(({ size, filler }) => ({ category: 'oversized', kind: 'oversized', size, filler }) satisfies FrameSpec),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({ size: fc.integer({ min: WS_MAX_PAYLOAD + 1, max: 4 * WS_MAX_PAYLOAD }), filler: fc.constantFrom('json' as const, 'garbage' as const) })
      .map(({ size, filler }) => ({ category: 'oversizedPastWs', kind: 'oversized', size, filler }) satisfies FrameSpec),
  },
  {
    weight: 1,
    arbitrary: fc
      .oneof(fc.integer(), fc.constantFrom(0, 1, 3, 2.5, -2))
      .filter((p) => p !== PROTOCOL_VERSION)
      .map((protocol) => ({ category: 'wrongProtocol', kind: 'json', value: { ...helloTemplate, protocol }, autoId: false }) satisfies FrameSpec),
  },
  {
    weight: 1,
    arbitrary: fc
      .string({ minLength: 16, maxLength: 128 })
      .map((token) => ({ category: 'unknownToken', kind: 'json', value: { ...helloTemplate, token }, autoId: false }) satisfies FrameSpec),
  },
);

/** One socket's run: whether it says hello first (as a participant), its frames, maybe one that ends it. */
export interface SocketScript {
  readonly hello: boolean;
  readonly frames: readonly FrameSpec[];
}

export function socketScripts(maxFrames: number): fc.Arbitrary<SocketScript> {
  return fc.record({
    hello: fc.boolean(),
    frames: fc.array(ongoing, { minLength: 0, maxLength: maxFrames }),
    end: fc.option(terminal, { freq: 3 }),
  }).map(({ hello, frames, end }) => ({ hello, frames: end && frames.length < maxFrames ? [...frames, end] : frames.length > 0 ? frames : [end ?? { category: 'empty', kind: 'text', text: '' }] }));
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
