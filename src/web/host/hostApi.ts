import type { SessionPlan } from '../../core/plan.ts';
import { refusalFrom } from '../../client/refusal.ts';
import { t } from '../i18n/index.ts';
import { refusalText } from '../refusalMessage.ts';
import '../staffRefusalParams.ts';

/** The host's HTTP calls (SESS-4, SESS-5), with the host token as a Bearer token. */

/** One field in error, as the server names it (`plan.agenda.2.plannedMinutes`). */
export interface PlanIssue {
  readonly path: string;
  readonly message: string;
}

/** A refusal from the server: its code, its text for the host, and the fields in error if any. */
export class HostApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: readonly PlanIssue[] = [],
  ) {
    super(message);
    this.name = 'HostApiError';
  }
}

export interface SessionLinks {
  readonly participant: string;
  readonly moderator: string;
  readonly onlineModerator: string;
  readonly projector: string;
}

export interface CreatedSession {
  readonly id: string;
  readonly title: string;
  readonly joinCode: string;
  /** The role links, shown once at creation; null for a session opened again later. */
  readonly links: SessionLinks | null;
}

/** A session of this server, as the host's list shows it. */
export interface SessionSummary {
  readonly id: string;
  readonly title: string;
  readonly joinCode: string;
  readonly createdAt: number;
  /** Once its retention period was over: only its aggregates are left (RETAIN-3). */
  readonly archivedAt: number | null;
}

/**
 * One host API call with the host token; rejects with a HostApiError whose message is the
 * refusal in the host's language (PROTO-8), or with code `network` when nothing answered.
 */
export async function hostFetch<T>(token: string, path: string, init: { readonly method?: string; readonly body?: unknown } = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? 'GET',
      headers: { authorization: `Bearer ${token}`, ...(init.body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: init.body === undefined ? null : JSON.stringify(init.body),
    });
  } catch {
    throw new HostApiError(0, 'network', t('host.networkError'));
  }
  const json = (await response.json().catch(() => null)) as { error?: { issues?: PlanIssue[] } } | null;
  if (!response.ok) {
    const refusal = refusalFrom(json?.error, `HTTP ${response.status}`);
    throw new HostApiError(response.status, refusal.code, refusalText(refusal), json?.error?.issues ?? []);
  }
  return json as T;
}

function call<T>(token: string, method: string, path: string, body?: unknown): Promise<T> {
  return hostFetch<T>(token, path, { method, body });
}

/** Validates a plan (an imported file) and returns it with its defaults filled in. */
export async function checkPlan(token: string, plan: unknown): Promise<SessionPlan> {
  return (await call<{ plan: SessionPlan }>(token, 'POST', '/api/plans/check', { plan })).plan;
}

/** A template as a whole plan, to start the form from. */
export async function templatePlan(token: string, name: string): Promise<SessionPlan> {
  return (await call<{ plan: SessionPlan }>(token, 'GET', `/api/templates/${encodeURIComponent(name)}`)).plan;
}

export function createSession(token: string, plan: unknown): Promise<CreatedSession> {
  return call<CreatedSession>(token, 'POST', '/api/sessions', { plan });
}

/** The sessions of this server, newest first (SESS-6). */
export async function listSessions(token: string): Promise<readonly SessionSummary[]> {
  return (await call<{ sessions: SessionSummary[] }>(token, 'GET', '/api/sessions')).sessions;
}

/** A session's plan as it is now. */
export async function sessionPlan(token: string, sessionId: string): Promise<SessionPlan> {
  return (await call<{ plan: SessionPlan }>(token, 'GET', `/api/sessions/${encodeURIComponent(sessionId)}/plan`)).plan;
}

/** Replaces a session's plan, live (RUN-7). */
export async function updatePlan(token: string, sessionId: string, plan: unknown): Promise<SessionPlan> {
  return (await call<{ plan: SessionPlan }>(token, 'PUT', `/api/sessions/${encodeURIComponent(sessionId)}/plan`, { plan })).plan;
}

/** Deletes a session for good (RETAIN-4); `confirm` is its join code, typed again by the host. */
export async function deleteSession(token: string, sessionId: string, confirm: string): Promise<void> {
  await call<{ deleted: { sessionId: string; at: number } }>(token, 'DELETE', `/api/sessions/${encodeURIComponent(sessionId)}`, { confirm });
}
