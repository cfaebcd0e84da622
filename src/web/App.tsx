import type { ComponentType } from 'preact';
import { normaliseJoinCode } from '../core/joinCode.ts';
import { LazyPage } from './components/LazyPage.tsx';
import { NotFoundPage } from './landing/NotFoundPage.tsx';
import { LandingPage } from './landing/LandingPage.tsx';
import { ParticipantPage } from './participant/ParticipantPage.tsx';
import { route } from './router.ts';

/**
 * Picks the page for the current route. The landing and participant pages are in the main
 * bundle (what a phone loads); the moderator and projector pages are fetched on demand.
 */

const loadModerator = (): Promise<ComponentType> => import('./moderator/ModeratorPage.tsx').then((m) => m.ModeratorPage);
const loadProjector = (): Promise<ComponentType> => import('./projector/ProjectorPage.tsx').then((m) => m.ProjectorPage);
const loadSpeaker = (): Promise<ComponentType> => import('./speaker/SpeakerPage.tsx').then((m) => m.SpeakerPage);
const loadRapporteur = (): Promise<ComponentType> => import('./rapporteur/RapporteurPage.tsx').then((m) => m.RapporteurPage);
const loadHostAccess = (): Promise<ComponentType> => import('./host/access/HostAccessPage.tsx').then((m) => m.HostAccessPage);
const loadHostOrganisers = (): Promise<ComponentType> => import('./host/organisers/OrganisersPage.tsx').then((m) => m.OrganisersPage);
const loadBefore = (): Promise<ComponentType> => import('./before/BeforePage.tsx').then((m) => m.BeforePage);
const loadReport = (): Promise<ComponentType> => import('./report/ReportPage.tsx').then((m) => m.ReportPage);
const loadHost = (): Promise<ComponentType> => import('./host/HostPage.tsx').then((m) => m.HostPage);
const loadPrivacy = (): Promise<ComponentType> => import('./privacy/PrivacyPage.tsx').then((m) => m.PrivacyPage);

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
