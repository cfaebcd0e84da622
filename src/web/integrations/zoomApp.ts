import { useEffect, useState } from 'preact/hooks';
import type { OpenFloorClient } from '../../client/openFloorClient.ts';

/**
 * The participant page as a Zoom App in the meeting's side panel (INTEG-4): opened from the
 * app's home URL (`/j/CODE?app=zoom`) inside the Zoom client, it loads the official
 * `@zoom/appssdk` (its own chunk, only there), asks the client for its running context, joins
 * the session's online channel without asking, and turns the Zoom client's "raise hand"
 * feedback into an OpenFloor hand (and its removal into lowering it).
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

const CAPABILITIES = ['getRunningContext', 'onFeedbackReaction', 'onRemoveFeedbackReaction'] as const;

/**
 * Connects to the Zoom client and relays its hand to `client`; resolves with the running
 * context (`inMeeting`, …), or null when the Zoom client does not answer.
 */
async function startZoomApp(client: OpenFloorClient): Promise<string | null> {
  const { default: zoomSdk } = await import('@zoom/appssdk');
  await zoomSdk.config({ capabilities: [...CAPABILITIES], version: '0.16' });
  const { context } = await zoomSdk.getRunningContext();
  zoomSdk.onFeedbackReaction((event) => {
    if (event.feedback !== 'raiseHand') return;
    // Refused when the hand is up already, or before the code of conduct is accepted: the page shows that itself.
    client.send({ type: 'floor.raise', intent: 'comment', label: null, source: 'zoom' }).catch(() => undefined);
  });
  zoomSdk.onRemoveFeedbackReaction(() => {
    client.send({ type: 'floor.lower' }).catch(() => undefined);
  });
  return context;
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
