import { signal } from '@preact/signals';

/**
 * Client-side routes of the one-page app. The server answers index.html for each of these
 * paths; the role tokens of the moderator and projector links stay in the URL fragment, which
 * browsers never send to a server.
 */
export type Route =
  | { readonly name: 'landing' }
  /** `code` as written in the path; the page normalises it. */
  | { readonly name: 'participant'; readonly code: string }
  | { readonly name: 'moderator' }
  | { readonly name: 'projector' }
  /** A panel speaker's view (`/speaker#TOKEN`, SPEAK-1). */
  | { readonly name: 'speaker' }
  /** The rapporteur's read-only view (`/rapporteur#TOKEN`). */
  | { readonly name: 'rapporteur' }
  /** The host's invite links and audit log (`/host/access#SESSION_ID`, ROLE-3). */
  | { readonly name: 'hostAccess' }
  /** The deployment admin's organiser links (`/host/organisers`, ORG-5). */
  | { readonly name: 'hostOrganisers' }
  /** The pre-session page to send ahead (`/before/CODE`, GUIDE-5). */
  | { readonly name: 'before'; readonly code: string }
  | { readonly name: 'host' }
  /** The short privacy page for participants (PRIV-9). */
  | { readonly name: 'privacy' }
  /** The session report: preview, write, download (`/report#SESSION_ID[/TOKEN]`, REPORT-3). */
  | { readonly name: 'report' }
  | { readonly name: 'notFound' };

export function parseRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return { name: 'landing' };
  if (path === '/moderator') return { name: 'moderator' };
  if (path === '/projector') return { name: 'projector' };
  if (path === '/speaker') return { name: 'speaker' };
  if (path === '/rapporteur') return { name: 'rapporteur' };
  if (path === '/host/access') return { name: 'hostAccess' };
  if (path === '/host/organisers') return { name: 'hostOrganisers' };
  const before = /^\/before\/([0-9 -]{6,12})$/.exec(decodeURIComponentSafe(path));
  if (before?.[1]) return { name: 'before', code: before[1] };
  if (path === '/host') return { name: 'host' };
  if (path === '/privacy') return { name: 'privacy' };
  if (path === '/report') return { name: 'report' };
  const join = /^\/j\/([^/]+)$/.exec(path);
  if (join?.[1]) {
    try {
      return { name: 'participant', code: decodeURIComponent(join[1]) };
    } catch {
      return { name: 'notFound' };
    }
  }
  return { name: 'notFound' };
}

function decodeURIComponentSafe(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** The route of the current URL. */
export const route = signal<Route>(parseRoute(location.pathname));

/** Goes to `path` inside the app without reloading; `replace` keeps the history entry count. */
export function navigate(path: string, { replace = false } = {}): void {
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  route.value = parseRoute(location.pathname);
  if (!replace) window.scrollTo(0, 0);
}

window.addEventListener('popstate', () => {
  route.value = parseRoute(location.pathname);
});
