import type { MeetingCheck } from '../core/integrations/meetingCheck.ts';
import type { Platform } from '../core/integrations/onlinePlatform.ts';
import type { Channel } from '../core/roles.ts';
import { ApiError, refusalFrom } from './refusal.ts';

/**
 * The HTTP half of joining: look a session up by its join code, then join it as a
 * participant. Used by the participant page, the tests and the benchmark.
 */

export interface SessionPreview {
  readonly sessionId: string;
  readonly title: string;
  readonly subtitle: string | null;
  readonly youthMode: boolean;
}

export interface JoinResult extends SessionPreview {
  /** The participant's token for the WebSocket hello; keep it to rejoin as the same participant. */
  readonly participantToken: string;
}

export { ApiError } from './refusal.ts';

async function readJson<T>(response: Response): Promise<T> {
  const body = (await response.json().catch(() => null)) as { error?: unknown } | null;
  if (!response.ok) throw new ApiError(response.status, refusalFrom(body?.error, `HTTP ${response.status}`));
  return body as T;
}

/** `GET /api/join/:code`: what the participant is about to join. */
export async function previewSession(baseUrl: string, code: string): Promise<SessionPreview> {
  return readJson(await fetch(`${baseUrl}/api/join/${encodeURIComponent(code)}`));
}

/** `POST /api/join`: becomes a participant, optionally saying where from. */
export async function joinSession(baseUrl: string, code: string, channel: Channel | null): Promise<JoinResult> {
  return readJson(
    await fetch(`${baseUrl}/api/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code, channel }),
    }),
  );
}

/**
 * `POST /api/join/:code/meeting`: whether the call a page runs in (its platform and the meeting's
 * real id) is the session's meeting (INTEG-14). The answer never holds the session's meeting id.
 */
export async function checkSessionMeeting(baseUrl: string, code: string, platform: Platform, meetingId: string): Promise<Exclude<MeetingCheck, 'unverifiable'>> {
  const answer = await readJson<{ meeting: Exclude<MeetingCheck, 'unverifiable'> }>(
    await fetch(`${baseUrl}/api/join/${encodeURIComponent(code)}/meeting`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ platform, meetingId }),
    }),
  );
  return answer.meeting;
}

/** The WebSocket URL of a server at `baseUrl` (http → ws, https → wss). */
export function socketUrl(baseUrl: string): string {
  return `${baseUrl.replace(/^http/, 'ws')}/ws`;
}
