import type { FastifyInstance, FastifyRequest } from 'fastify';
// The import brings the `websocket: true` route option into Fastify's types.
import type {} from '@fastify/websocket';
import type { WebSocket } from 'ws';
import { refusal, type DomainError } from '../../core/errors.ts';
import { clientMessageSchema } from '../../core/protocol/clientMessages.ts';
import type { ServerMessages } from '../../core/protocol/serverMessages.ts';
import { MAX_FRAME_BYTES, PROTOCOL_VERSION } from '../../core/protocol/version.ts';
import { sendRefusal } from '../http/apiErrors.ts';
import { hostAccessOfToken, mayManage } from '../http/hostAccess.ts';
import type { RoomRegistry } from '../rooms/roomRegistry.ts';
import type { Peer } from '../rooms/peer.ts';
import type { SessionRoom } from '../rooms/sessionRoom.ts';
import { hashToken } from '../secrets.ts';
import type { Store, TokenGrant } from '../store/store.ts';
import { TokenBucket } from '../rateLimit.ts';
import { SlowReaderOutbound, TOO_SLOW_CLOSE_CODE, type SlowReaderLimits } from './slowReader.ts';
import { SocketLimits, type SocketLimitOptions } from './socketLimits.ts';

/**
 * The `ws` binding: turns frames into parsed messages for a room and the room's answers
 * into frames. Checks Origin (PROTO-6), frame size (PROTO-2), schema (PROTO-1) and the
 * hello (PROTO-3); knows nothing of the domain.
 */
export interface GatewayOptions {
  readonly store: Store;
  readonly rooms: RoomRegistry;
  /** Hash of the server-wide host token: with a `sessionId` in the hello it connects as host (AUTH-3). */
  readonly hostTokenHash?: string;
  readonly now?: () => number;
  /** Origins allowed besides the request's own host. */
  readonly allowedOrigins: readonly string[];
  readonly onError: (error: unknown, context: string) => void;
  /** Sockets per token and address, the hello deadline, command rates (PROTO-9). */
  readonly socketLimits?: SocketLimitOptions;
  /** The bounded send queue of each socket (PROTO-10). */
  readonly slowReader?: SlowReaderLimits;
  /**
   * LIMIT-4 over the socket: a hello naming a session (a host's) is refused while the address
   * is blocked for wrong host tokens, and a wrong one counts against it, as over HTTP.
   */
  readonly hostAttempts?: { blockedMs(request: FastifyRequest): Promise<number>; failed(request: FastifyRequest): Promise<void> };
  /** True while the server drains for a shutdown: no new hello or command is taken. */
  readonly draining?: () => boolean;
}

/** Close codes in the private range, so that clients can tell why. */
export const CLOSE = { unauthorised: 4401, protocol: 4400, tooLarge: 1009, policy: 1008, tooSlow: TOO_SLOW_CLOSE_CODE, goingAway: 1001 } as const;

/** The reason of the 1001 close of a drain; clients show that the server restarts while they reconnect. */
export const RESTARTING_REASON = 'server restarting';

function sendError(socket: WebSocket, id: string | null, refused: DomainError): void {
  const error: ServerMessages['error'] = { type: 'error', id, ...refused };
  socket.send(JSON.stringify(error));
}

/** Whether a browser page at `origin` may open a socket to this server. */
export function originAllowed(origin: string | undefined, host: string | undefined, allowed: readonly string[]): boolean {
  // Non-browser clients send no Origin; Origin protects browsers from cross-site pages.
  if (origin === undefined) return true;
  if (allowed.includes(origin)) return true;
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** Best effort: the command id of a frame that failed validation, so the client can match the error. */
function commandIdOf(value: unknown): string | null {
  if (typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string' && value.id.length <= 64) return value.id;
  return null;
}

/** The command id of a raw frame, when it is a bounded text frame holding one. */
function commandIdOfFrame(data: Buffer, isBinary: boolean): string | null {
  if (isBinary || data.byteLength > MAX_FRAME_BYTES) return null;
  try {
    return commandIdOf(JSON.parse(data.toString('utf8')));
  } catch {
    return null;
  }
}

/**
 * What a hello's token stands for: a stored grant, or with a session id the host's access
 * (AUTH-3): the admin's host token, or an organiser's token for one of their sessions
 * (ORG-3; `organiser` then, so that revoking it cuts the connection, ORG-7). The host token
 * is compared by hash in constant time.
 */
async function grantFor(store: Store, tokenHash: string, sessionId: string | undefined, hostTokenHash: string | undefined): Promise<{ grant: TokenGrant; organiser: boolean } | null> {
  if (sessionId !== undefined) {
    const host = await hostAccessOfToken(tokenHash, hostTokenHash, store);
    if (host !== null && host !== 'revoked') {
      if (!mayManage(host, sessionId)) return null;
      const label = host.kind === 'organiser' ? host.label : null;
      return { grant: { sessionId, role: 'host', participantId: null, channel: null, declared: { stakeholderGroup: null, regionalGroup: null, gender: null }, label, panelSpeaker: null, conductAccepted: false }, organiser: host.kind === 'organiser' };
    }
  }
  const grant = await store.grantOf(tokenHash);
  // A role token speaks for its own session only, whatever session id the hello names.
  return grant ? { grant, organiser: false } : null;
}

/**
 * Encodes frames to UTF-8 for `ws`, once per broadcast: a room sends the same string to every
 * socket of an audience one after the other, so the last encoding is kept and reused while the
 * same string comes back (`ws` would encode a string again for each socket).
 */
export function frameEncoder(): (frame: string) => Buffer {
  let lastFrame = '';
  let lastBytes = Buffer.alloc(0);
  return (frame) => {
    if (frame !== lastFrame) {
      lastFrame = frame;
      lastBytes = Buffer.from(frame, 'utf8');
    }
    return lastBytes;
  };
}

/** Text frames, never compressed (no permessage-deflate: a tally is 110 bytes). */
const TEXT_FRAME = { binary: false, compress: false } as const;

export function registerSocketGateway(app: FastifyInstance, options: GatewayOptions): void {
  const { store, rooms } = options;
  const encode = frameEncoder();
  const limits = new SocketLimits(options.socketLimits);
  const clock = options.now ?? Date.now;

  app.get(
    '/ws',
    {
      websocket: true,
      preValidation: async (request: FastifyRequest, reply) => {
        if (!originAllowed(request.headers.origin, request.headers.host, options.allowedOrigins)) {
          await sendRefusal(reply, refusal('origin.forbidden', { origin: request.headers.origin ?? '' }));
        }
      },
    },
    (socket, request) => {
      const draining = options.draining ?? (() => false);
      if (draining()) {
        socket.close(CLOSE.goingAway, RESTARTING_REASON);
        return;
      }
      let peer: Peer | null = null;
      let room: SessionRoom | null = null;
      let helloSeen = false;
      let heldToken: string | null = null;
      let bucket: TokenBucket | null = null;
      let refusedInRow = 0;
      const address = request.ip;
      const outbound = new SlowReaderOutbound(
        {
          get bufferedAmount() {
            return socket.bufferedAmount;
          },
          get open() {
            return socket.readyState === socket.OPEN;
          },
          write: (frame) => socket.send(encode(frame), TEXT_FRAME),
          closeTooSlow: () => socket.close(TOO_SLOW_CLOSE_CODE, 'too slow: reconnect'),
        },
        options.slowReader,
      );
      const refuseAndClose = (reason: 'connection.tooMany' | 'hello.timeout' | 'connection.flooding', code: number) => {
        sendError(socket, null, refusal(reason));
        socket.close(code, reason);
      };
      if (!limits.openFrom(address)) return refuseAndClose('connection.tooMany', CLOSE.policy);
      const frames = new TokenBucket(limits.options.frameBurst, limits.options.framesPerSecond);
      // A refusal names the command it refuses whenever the frame says which: a client waits for
      // an answer to every command id it sent, and one answered with id null waits for ever.
      const throttled = (id: string | null) => {
        refusedInRow += 1;
        if (refusedInRow >= limits.options.floodCutoff) {
          if (heldToken !== null) limits.coolDown(heldToken, clock());
          return refuseAndClose('connection.flooding', CLOSE.policy);
        }
        if (socket.readyState === socket.OPEN) sendError(socket, id, refusal('connection.rateLimited'));
      };
      // PROTO-3: a socket that never says hello does not stay open.
      const helloDeadline = setTimeout(() => {
        if (!peer) refuseAndClose('hello.timeout', CLOSE.protocol);
      }, limits.options.helloTimeoutMs);
      // Frames of one socket are handled in order, so a command sent right after the hello
      // waits for the hello's token lookup instead of racing it.
      let queue: Promise<void> = Promise.resolve();

      const handleFrame = async (data: Buffer, isBinary: boolean): Promise<void> => {
        if (data.byteLength > MAX_FRAME_BYTES) {
          sendError(socket, null, refusal('frame.tooLarge', { max: MAX_FRAME_BYTES }));
          socket.close(CLOSE.tooLarge, 'frame too large');
          return;
        }
        if (isBinary) return sendError(socket, null, refusal('frame.notText'));
        let json: unknown;
        try {
          json = JSON.parse(data.toString('utf8'));
        } catch {
          return sendError(socket, null, refusal('frame.notJson'));
        }
        const parsed = clientMessageSchema.safeParse(json);
        if (!parsed.success) {
          const wrongVersion =
            typeof json === 'object' && json !== null && 'type' in json && json.type === 'hello' && 'protocol' in json && json.protocol !== PROTOCOL_VERSION;
          if (wrongVersion) {
            sendError(socket, null, refusal('protocol.mismatch', { version: PROTOCOL_VERSION }));
            socket.close(CLOSE.protocol, 'protocol mismatch');
            return;
          }
          const issue = parsed.error.issues[0];
          // PROTO-3: a first hello whose token cannot be one (too short, too long, not a
          // string) is a wrong link, answered as an unknown token is: the page says so at
          // once instead of waiting for the hello deadline and reconnecting for ever.
          const badToken = !helloSeen && !peer && typeof json === 'object' && json !== null && 'type' in json && json.type === 'hello' && issue?.path[0] === 'token';
          if (badToken) {
            sendError(socket, null, refusal('link.invalid'));
            socket.close(CLOSE.unauthorised, 'unauthorised');
            return;
          }
          return sendError(socket, commandIdOf(json), refusal('frame.invalid', { path: issue?.path.join('.') || 'frame', issue: issue?.message ?? 'invalid' }));
        }
        const message = parsed.data;
        // Draining: what arrives now is refused, typed, and the client sends it again after
        // reconnecting (the commands already running are finished and answered first).
        if (draining()) return sendError(socket, message.type === 'command' ? message.id : null, refusal('server.draining'));
        if (message.type === 'hello') {
          if (helloSeen) return sendError(socket, null, refusal('hello.repeated'));
          helloSeen = true;
          const hostAttempt = message.sessionId !== undefined;
          if (hostAttempt && options.hostAttempts) {
            const blocked = await options.hostAttempts.blockedMs(request);
            if (blocked > 0) {
              sendError(socket, null, refusal('host.tooManyAttempts', { retryAfterSeconds: Math.ceil(blocked / 1000) }));
              socket.close(CLOSE.policy, 'too many attempts');
              return;
            }
          }
          const tokenHash = hashToken(message.token);
          // PROTO-12: a token cut off for flooding waits before a hello is taken again, and
          // the refusal costs a line, not a welcome with the session's snapshot.
          const cooling = limits.coolingMs(tokenHash, clock());
          if (cooling > 0) {
            sendError(socket, null, refusal('connection.coolingDown', { retryAfterSeconds: Math.ceil(cooling / 1000) }));
            socket.close(CLOSE.policy, 'cooling down');
            return;
          }
          const granted = await grantFor(store, tokenHash, message.sessionId, options.hostTokenHash);
          const grant = granted?.grant ?? null;
          const found = grant ? await rooms.get(grant.sessionId) : null;
          if (!grant && hostAttempt) await options.hostAttempts?.failed(request);
          if (!grant || !found) {
            sendError(socket, null, refusal('link.invalid'));
            socket.close(CLOSE.unauthorised, 'unauthorised');
            return;
          }
          if (!limits.holdToken(tokenHash)) {
            refuseAndClose('connection.tooMany', CLOSE.policy);
            return;
          }
          heldToken = tokenHash;
          room = found;
          const isLink = grant.participantId === null && grant.role !== 'host';
          const organiser = granted?.organiser === true;
          peer = {
            role: grant.role,
            participantId: grant.participantId,
            actor: grant.participantId ?? (organiser ? `organiser:${tokenHash.slice(0, 24)}` : `token:${tokenHash.slice(0, 24)}`),
            // An organiser's connections are indexed like a link's, so that revoking the access cuts them (ORG-7).
            tokenHash: isLink || organiser ? tokenHash : null,
            label: grant.label,
            panelSpeaker: grant.panelSpeaker,
            send: (frame) => outbound.send(frame),
            close: (code, reason) => socket.close(code, reason),
            terminate: (lastFrame) => {
              if (socket.readyState !== socket.OPEN) return socket.terminate();
              // Cut once the last frame is written, or after a second if the client does not read.
              const cut = setTimeout(() => socket.terminate(), 1_000);
              socket.send(lastFrame, TEXT_FRAME, () => {
                clearTimeout(cut);
                socket.terminate();
              });
            },
          };
          bucket = limits.senderBucket(peer.actor);
          clearTimeout(helloDeadline);
          // Role links only (a handful per session): participants' hellos stay read-only.
          if (isLink) await store.touchInvite(tokenHash, clock());
          if (organiser) await store.touchOrganiser(tokenHash, clock());
          if (socket.readyState === socket.OPEN) room.join(peer, message.lastSeq, { channel: grant.channel, declared: grant.declared, conductAccepted: grant.conductAccepted });
          return;
        }
        if (message.type === 'ping') {
          // PROTO-11: answered before or after hello, by the socket alone (its frame bucket counts it).
          const pong: ServerMessages['pong'] = { type: 'pong', serverTime: clock() };
          socket.send(JSON.stringify(pong));
          return;
        }
        if (!peer || !room || !bucket) return sendError(socket, message.id, refusal('hello.required'));
        // PROTO-9: one bucket per sender across all their sockets; a flood is throttled, then cut off.
        if (!bucket.take()) return throttled(message.id);
        refusedInRow = 0;
        await room.handle(peer, message);
      };

      // Frames taken but not yet handled (they wait behind a command being committed).
      let waiting = 0;
      socket.on('message', (data: Buffer, isBinary: boolean) => {
        // PROTO-9: every frame, valid or not, counts against the socket's own rate as it
        // arrives, and at most a burst waits its turn: behind slow commits, a flood must be
        // refused and cut off, not piled up unread in memory.
        if (!frames.take() || waiting >= limits.options.frameBurst) return throttled(commandIdOfFrame(data, isBinary));
        waiting += 1;
        queue = queue
          .then(() => handleFrame(data, isBinary))
          .catch((error: unknown) => {
            options.onError(error, 'socket frame');
            sendError(socket, null, refusal('server.internal'));
          })
          .finally(() => {
            waiting -= 1;
          });
      });
      socket.on('close', () => {
        clearTimeout(helloDeadline);
        outbound.dispose();
        limits.closedFrom(address);
        if (heldToken !== null) limits.releaseToken(heldToken);
        if (peer) limits.releaseSender(peer.actor);
        if (peer && room) room.leave(peer);
        peer = null;
      });
    },
  );
}
