import { stdSerializers } from 'pino';
import type { Config } from './config.ts';

/**
 * The logger's options: what a log line may say about a request, a reply and an error
 * (PRIV-4, PRIV-5). No client address, no user agent, no header, no query string (a client
 * may put anything there), no raw bytes of a request: a log line names the method, the path
 * and the status, and an error its type, message, code and stack.
 */

/** Properties of an error that carry what a client sent: Node's HTTP parser keeps the raw request in `rawPacket`. */
const REQUEST_PROPERTIES = new Set(['rawPacket', 'headers', 'rawHeaders', 'req', 'request', 'socket', 'remoteAddress']);

/** An error as pino writes it: type, message, stack and its own fields. */
export interface LoggedError {
  readonly [key: string]: unknown;
  readonly type: string;
  readonly message: string;
  readonly stack: string;
}

/** An error as pino writes it, without the request bytes and headers some errors carry along. */
export function errorForLog(error: Error): LoggedError {
  // `err: something` that is not an Error (a thrown string) is written as it is, as pino does.
  if (!(error instanceof Error)) return error as unknown as LoggedError;
  const serialized = stdSerializers.err(error) as unknown as LoggedError;
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(serialized)) {
    if (REQUEST_PROPERTIES.has(key) || value instanceof Uint8Array) continue;
    kept[key] = value;
  }
  return { ...kept, type: serialized.type, message: serialized.message, stack: serialized.stack };
}

/** The path of a URL, without its query string. */
export function pathForLog(url: string): string {
  return url.split('?')[0] ?? '';
}

/** Fields that hold a URL in log lines written by plugins (e.g. @fastify/websocket's `path`). */
const URL_FIELDS = ['url', 'path'];

/** A log line's own fields with the query string cut off every URL field. */
export function fieldsForLog(fields: Record<string, unknown>): Record<string, unknown> {
  if (!URL_FIELDS.some((key) => typeof fields[key] === 'string' && (fields[key] as string).includes('?'))) return fields;
  const kept = { ...fields };
  for (const key of URL_FIELDS) if (typeof kept[key] === 'string') kept[key] = pathForLog(kept[key] as string);
  return kept;
}

export function loggerOptions(level: Config['logLevel']) {
  return {
    level,
    formatters: { log: fieldsForLog },
    serializers: {
      req: (req: { method: string; url: string }) => ({ method: req.method, url: pathForLog(req.url) }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      err: errorForLog,
    },
  };
}
