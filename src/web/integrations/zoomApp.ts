import { useEffect, useState } from 'preact/hooks';
import type ZoomAppsSdk from '@zoom/appssdk';
import type { OpenFloorClient } from '../../client/openFloorClient.ts';
import type { CallMeeting } from '../../core/integrations/meetingCheck.ts';

/**
 * The participant page as a Zoom App in the meeting's side panel (INTEG-4): opened from the
 * app's home URL (`/j/CODE?app=zoom`) inside the Zoom client, it loads the official
 * `@zoom/appssdk` (its own chunk, only there), asks the client for its running context and, in a
 * meeting, the meeting's number (`getMeetingContext`, for the check every platform shares,
 * INTEG-14; its topic is not read), joins the session's online channel without asking, and turns
 * the Zoom client's "raise hand" feedback into an OpenFloor hand (and its removal into lowering it).
 */

/** Whether this page was opened as the Zoom App: its home URL says so and it runs in a frame. */
export function openedAsZoomApp(): boolean {
  if (new URLSearchParams(location.search).get('app') !== 'zoom') return false;
  try {
    return window.self !== window.top;
  } catch {
    return true;
  }
}

/** The Zoom App SDK features the page asks for; the host ticks the same in the Marketplace (INTEG-10). */
export const ZOOM_CAPABILITIES = ['getRunningContext', 'getMeetingContext', 'onFeedbackReaction', 'onRemoveFeedbackReaction'] as const;

/** How long the join page waits for the Zoom client's meeting before joining without the check. */
const ZOOM_MEETING_TIMEOUT_MS = 4_000;

/** What the Zoom client told the page: its running context (`inMeeting`, …) and the meeting's number when it gave one. */
export interface ZoomContext {
  readonly runningContext: string;
  readonly meetingId: string | null;
}

// A type only: the SDK itself is imported where it runs, in its own chunk.
type ZoomSdk = typeof ZoomAppsSdk;

async function startZoomSdk(): Promise<{ readonly sdk: ZoomSdk; readonly context: ZoomContext }> {
  const { default: zoomSdk } = await import('@zoom/appssdk');
  await zoomSdk.config({ capabilities: [...ZOOM_CAPABILITIES], version: '0.16' });
  const { context } = await zoomSdk.getRunningContext();
  // Refused when the app was not given the feature: the page goes on without the meeting check.
  const meeting = context === 'inMeeting' ? await zoomSdk.getMeetingContext().catch(() => null) : null;
  const meetingId = meeting?.meetingID === undefined || meeting.meetingID === null ? '' : String(meeting.meetingID);
  return { sdk: zoomSdk, context: { runningContext: context, meetingId: meetingId === '' ? null : meetingId } };
}

let started: ReturnType<typeof startZoomSdk> | null = null;
/** The SDK, configured once per page load (it keeps one instance). */
const zoomStarted = () => (started ??= startZoomSdk());

/** The Zoom client's context for the join page, or null when it did not answer in time. */
export function zoomContext(): Promise<ZoomContext | null> {
  const timeOut = new Promise<null>((resolve) => setTimeout(() => resolve(null), ZOOM_MEETING_TIMEOUT_MS));
  return Promise.race([zoomStarted().then((zoom) => zoom.context), timeOut]).catch(() => null);
}

/** The meeting a Zoom page runs in, for the check every platform shares (INTEG-14): Zoom gives the meeting's number itself. */
export function zoomCall(context: ZoomContext): CallMeeting {
  return { platform: 'zoom', meetingId: context.meetingId, realId: true };
}

/**
 * Relays the Zoom client's hand to `client`; resolves with the running context, or rejects when
 * the Zoom client does not answer.
 */
async function startZoomApp(client: OpenFloorClient): Promise<string> {
  const { sdk, context } = await zoomStarted();
  sdk.onFeedbackReaction((event) => {
    if (event.feedback !== 'raiseHand') return;
    // Refused when the hand is up already, or before the code of conduct is accepted: the page shows that itself.
    client.send({ type: 'floor.raise', intent: 'comment', label: null, source: 'zoom' }).catch(() => undefined);
  });
  sdk.onRemoveFeedbackReaction(() => {
    client.send({ type: 'floor.lower' }).catch(() => undefined);
  });
  return context.runningContext;
}

/** Starts the Zoom App bridge once for a live participant page; the running context once known. */
export function useZoomApp(client: OpenFloorClient): string | null {
  const [context, setContext] = useState<string | null>(null);
  useEffect(() => {
    if (!openedAsZoomApp()) return;
    let current = true;
    startZoomApp(client).then(
      (running) => current && setContext(running),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [client]);
  return context;
}
