import { JoinPageLink } from '../components/JoinPageLink.tsx';
import { useDocumentTitle } from '../documentTitle.ts';
import { t } from '../i18n/index.ts';

/**
 * The whole page of a role link (speaker, rapporteur) while it has nothing else to show:
 * missing, connecting, refused. A refused or missing link is not a dead end: the page offers
 * the join page, where the person can still take part with the session's code.
 */
export function LinkPageMessage({ title, text, testId, wayOn = false }: { title: string; text: string; testId?: string; wayOn?: boolean }) {
  useDocumentTitle(title);
  return (
    <main class="page-message speaker-message">
      <p role="alert" data-testid={testId}>
        {text}
      </p>
      {wayOn && <JoinPageLink primary>{t('notFound.home')}</JoinPageLink>}
    </main>
  );
}
