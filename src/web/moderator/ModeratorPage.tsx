import { BrandMark } from '../components/BrandMark.tsx';
import { useConnection, type Connection } from '../connection.ts';
import { useDocumentTitle } from '../documentTitle.ts';
import { t } from '../i18n/index.ts';
import { useRoleToken } from '../roleToken.ts';
import { Cockpit } from './Cockpit.tsx';
import '../styles/moderator.css';
import '../styles/moderator-floor.css';
import '../styles/balance-table.css';
import '../styles/moderator-run.css';
import '../styles/cockpit.css';

/**
 * `/moderator#TOKEN`: the moderator's console, the cockpit (see `Cockpit`), for the onsite and
 * the online moderator alike; a clear message for an incomplete, refused or outdated link.
 */
export function ModeratorPage() {
  const token = useRoleToken();
  const connection = useConnection(token);
  if (!token) return <ModeratorMessage text={t('moderator.missingToken')} />;
  if (!connection) return <ModeratorMessage text={t('moderator.connecting')} busy />;
  return <ModeratorConsole connection={connection} />;
}

function ModeratorConsole({ connection }: { connection: Connection }) {
  if (connection.status.value === 'refused') {
    const outdated = connection.client.refusal?.code === 'protocol_mismatch';
    const deleted = connection.client.refusal?.reason === 'session.deleted';
    return <ModeratorMessage text={deleted ? t('refusal.session.deleted') : outdated ? t('error.outdated') : t('moderator.refused')} />;
  }
  return <Cockpit connection={connection} />;
}

function ModeratorMessage({ text, busy = false }: { text: string; busy?: boolean }) {
  useDocumentTitle(t('title.moderatorPending'));
  return (
    <div class="page page-narrow">
      <header class="page-header">
        <BrandMark />
      </header>
      <main id="main" class="card" aria-busy={busy ? 'true' : undefined}>
        <p role={busy ? undefined : 'alert'}>{text}</p>
      </main>
    </div>
  );
}
