/**
 * The participant token kept on this device per join code, so that a reload (or a phone
 * that dropped the tab) rejoins as the same participant: same votes, same channel, no
 * second question. Stored under `openfloor:participant:CODE` as JSON `{ token, sessionId, title, subtitle }`.
 */
export interface StoredParticipant {
  readonly token: string;
  readonly sessionId: string;
  /** The session's title and subtitle, shown at once while the socket connects (no layout shift when it does). */
  readonly title: string | null;
  readonly subtitle: string | null;
}

function storageKey(code: string): string {
  return `openfloor:participant:${code}`;
}

export function loadParticipant(code: string): StoredParticipant | null {
  try {
    const raw = localStorage.getItem(storageKey(code));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<StoredParticipant> | null;
    if (typeof parsed?.token !== 'string' || typeof parsed.sessionId !== 'string') return null;
    return { token: parsed.token, sessionId: parsed.sessionId, title: typeof parsed.title === 'string' ? parsed.title : null, subtitle: typeof parsed.subtitle === 'string' ? parsed.subtitle : null };
  } catch {
    // Storage may be disabled (private browsing, strict settings); the page still works without it.
    return null;
  }
}

export function saveParticipant(code: string, participant: StoredParticipant): void {
  try {
    localStorage.setItem(storageKey(code), JSON.stringify(participant));
  } catch {
    // Without storage a reload asks the question again; nothing else is lost.
  }
}

export function forgetParticipant(code: string): void {
  try {
    localStorage.removeItem(storageKey(code));
  } catch {
    // Nothing stored, nothing to forget.
  }
}
