import type { ComponentType } from 'preact';
import { normaliseJoinCode } from '../core/joinCode.ts';
import { LazyPage } from './components/LazyPage.tsx';
import { loadTexts, type TextPart } from './i18n/index.ts';
import { NotFoundPage } from './landing/NotFoundPage.tsx';
import { LandingPage } from './landing/LandingPage.tsx';
import { ParticipantPage } from './participant/ParticipantPage.tsx';
import { route } from './router.ts';

/**
 * Picks the page for the current route. The landing and participant pages are in the main
 * bundle (what a phone loads); the other pages are fetched on demand with their texts.
 */

/** A page loader that also fetches the page's text parts (I18N-2), both at once. */
function withTexts(parts: readonly TextPart[], load: () => Promise<ComponentType>): () => Promise<ComponentType> {
  return () => Promise.all([loadTexts(parts), load()]).then(([, page]) => page);
}

const loadModerator = withTexts(['public', 'staff', 'later'], () => import('./moderator/ModeratorPage.tsx').then((m) => m.ModeratorPage));
const loadProjector = withTexts(['public', 'staff', 'later'], () => import('./projector/ProjectorPage.tsx').then((m) => m.ProjectorPage));
const loadSpeaker = withTexts(['public', 'staff', 'later'], () => import('./speaker/SpeakerPage.tsx').then((m) => m.SpeakerPage));
const loadRapporteur = withTexts(['public', 'staff', 'later'], () => import('./rapporteur/RapporteurPage.tsx').then((m) => m.RapporteurPage));
const loadHostAccess = withTexts(['public', 'staff', 'later'], () => import('./host/access/HostAccessPage.tsx').then((m) => m.HostAccessPage));
const loadHostOrganisers = withTexts(['public', 'staff', 'later'], () => import('./host/organisers/OrganisersPage.tsx').then((m) => m.OrganisersPage));
const loadBefore = withTexts(['public'], () => import('./before/BeforePage.tsx').then((m) => m.BeforePage));
const loadReport = withTexts(['public', 'staff', 'later'], () => import('./report/ReportPage.tsx').then((m) => m.ReportPage));
const loadHost = withTexts(['public', 'staff', 'later'], () => import('./host/HostPage.tsx').then((m) => m.HostPage));
const loadPrivacy = withTexts(['public'], () => import('./privacy/PrivacyPage.tsx').then((m) => m.PrivacyPage));

export function App() {
  const current = route.value;
  switch (current.name) {
    case 'landing':
      return <LandingPage />;
    case 'participant':
      // Keyed by the normalised code, so tidying "/j/482-913" into "/j/482913" keeps the page.
      return <ParticipantPage key={normaliseJoinCode(current.code) ?? current.code} code={current.code} />;
    case 'moderator':
      return <LazyPage load={loadModerator} />;
    case 'projector':
      return <LazyPage load={loadProjector} />;
    case 'speaker':
      return <LazyPage load={loadSpeaker} />;
    case 'rapporteur':
      return <LazyPage load={loadRapporteur} />;
    case 'hostAccess':
      return <LazyPage load={loadHostAccess} />;
    case 'hostOrganisers':
      return <LazyPage load={loadHostOrganisers} />;
    case 'before':
      // The page reads its code from the URL.
      return <LazyPage load={loadBefore} />;
    case 'host':
      return <LazyPage load={loadHost} />;
    case 'privacy':
      return <LazyPage load={loadPrivacy} />;
    case 'report':
      return <LazyPage load={loadReport} />;
    case 'notFound':
      return <NotFoundPage />;
  }
}
