import { useEffect, useState } from 'preact/hooks';
import type { CallMeeting } from '../../core/integrations/meetingCheck.ts';

/**
 * The pages as a Webex embedded app (INTEG-12): opened from the app's start URL with `?app=webex`
 * inside the Webex client, a page loads the official `@webex/embedded-app-sdk` (its own chunk,
 * only there) and waits for the client's `onReady()`, which never comes outside Webex: the wait
 * has its own time-out, after which the page goes on as anywhere else. Inside a meeting the
 * participant page joins the online channel without asking; the projector view offers itself to
 * the meeting's "Open together" button (`setShareUrl`). Nothing the SDK says about the user is read.
 */

/** How long a page waits for the Webex client before going on as a plain page. */
export const WEBEX_READY_TIMEOUT_MS = 4_000;

/** Whether this page was opened as the Webex embedded app: its start URL says so and it runs in a frame. */
export function openedAsWebexApp(): boolean {
  if (new URLSearchParams(location.search).get('app') !== 'webex') return false;
  try {
    return window.self !== window.top;
  } catch {
    return true;
  }
}

/** What the Webex client told the page: where the app is shown, and the meeting when in one. */
export interface WebexContext {
  /** `MEETING_SIDEBAR`, `MEETING_MAINVIEW`, `SPACE_TAB`, … */
  readonly displayContext: string;
  /** The meeting's id (or Webex's stand-in for it), null outside a meeting. */
  readonly meetingId: string | null;
  /** Whether `meetingId` is the meeting's real id; Webex gives a derived one unless the app may read private data (INTEG-13). */
  readonly realIds: boolean;
  /** The user's roles in the meeting as Webex names them (`HOST`, `COHOST`, `PARTICIPANT`, …); empty outside one. */
  readonly userRoles: readonly string[];
}

/** The meeting a Webex page runs in, for the check every platform shares (INTEG-13, INTEG-14). */
export function webexCall(context: WebexContext): CallMeeting {
  return { platform: 'webex', meetingId: context.meetingId, realId: context.realIds };
}

interface WebexApplication {
  onReady(): Promise<unknown>;
  readonly displayContext: string | null;
  readonly isPrivateDataAvailable: boolean | null;
  readonly context: { getMeeting(): Promise<{ id?: unknown; userRoles?: unknown }> };
  setShareUrl(internalUrl: string, externalUrl: string, title: string): Promise<unknown>;
}

function timeOut(ms: number): Promise<'timeout'> {
  return new Promise((resolve) => setTimeout(() => resolve('timeout'), ms));
}

/**
 * Connects to the Webex client; resolves with its context, or null when it did not answer in
 * time (the page is not inside Webex). `share`, when given, becomes the "Open together" URL.
 */
async function startWebexApp(share?: { readonly url: string; readonly title: string }): Promise<WebexContext | null> {
  const sdk = (await import('@webex/embedded-app-sdk')) as unknown as { Application: new () => WebexApplication };
  const app = new sdk.Application();
  if ((await Promise.race([app.onReady().then(() => 'ready' as const), timeOut(WEBEX_READY_TIMEOUT_MS)])) === 'timeout') return null;
  const displayContext = app.displayContext ?? '';
  let meetingId: string | null = null;
  let userRoles: readonly string[] = [];
  if (displayContext.startsWith('MEETING')) {
    // The meeting may be refused (not in one after all, or the client's rate limit): the page goes on without it.
    const meeting = await Promise.race([app.context.getMeeting().catch(() => null), timeOut(WEBEX_READY_TIMEOUT_MS)]);
    const known = meeting && meeting !== 'timeout' ? meeting : null;
    meetingId = typeof known?.id === 'string' && known.id !== '' ? known.id : null;
    userRoles = Array.isArray(known?.userRoles) ? known.userRoles.filter((role): role is string => typeof role === 'string') : [];
    if (share) await app.setShareUrl(share.url, share.url, share.title).catch(() => undefined);
  }
  return { displayContext, meetingId, realIds: app.isPrivateDataAvailable === true, userRoles };
}

let started: Promise<WebexContext | null> | null = null;

/** The Webex client's context, asked once per page load (the SDK keeps one instance); null outside Webex. */
export function webexContext(share?: { readonly url: string; readonly title: string }): Promise<WebexContext | null> {
  started ??= startWebexApp(share).catch(() => null);
  return started;
}

/**
 * The Webex client's context for a live page, once known; null outside Webex. `share` offers
 * that URL to the meeting's "Open together" (the projector view).
 */
export function useWebexApp(share?: { readonly url: string; readonly title: string }): WebexContext | null {
  const [context, setContext] = useState<WebexContext | null>(null);
  const wanted = openedAsWebexApp() && (share === undefined || share.title !== '');
  useEffect(() => {
    if (!wanted) return;
    let current = true;
    void webexContext(share).then((known) => current && setContext(known));
    return () => {
      current = false;
    };
  }, [wanted]); // once: the SDK is started once per page
  return context;
}
