import { useState } from 'preact/hooks';
import type { PollView } from '../../core/polls/pollViews.ts';
import { t, type MessageKey } from '../i18n/index.ts';
import { roleTokenFromHash } from '../roleToken.ts';

const FORMATS: readonly { readonly format: 'csv' | 'svg' | 'png'; readonly label: MessageKey }[] = [
  { format: 'csv', label: 'pollExport.csv' },
  { format: 'svg', label: 'pollExport.svg' },
  { format: 'png', label: 'pollExport.png' },
];

/**
 * A poll's downloads in the cockpit (POLL-33, POLL-51): its table as CSV and its chart as SVG
 * and PNG. The routes want the moderator's link as a Bearer token, which a plain link cannot
 * send, so each file is fetched and handed to the browser as a download.
 */
export function PollDownloads({ poll, sessionId }: { poll: PollView; sessionId: string }) {
  const [failed, setFailed] = useState<string | null>(null);
  const download = async (format: string) => {
    setFailed(null);
    const response = await fetch(`/api/sessions/${encodeURIComponent(sessionId)}/polls/${encodeURIComponent(poll.id)}/results.${format}`, {
      headers: { authorization: `Bearer ${roleTokenFromHash() ?? ''}` },
    }).catch(() => null);
    if (!response?.ok) return setFailed(t('pollExport.failed', { status: response ? String(response.status) : '—' }));
    const url = URL.createObjectURL(await response.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = `poll-${poll.id.slice(0, 8)}.${format}`;
    a.click();
    URL.revokeObjectURL(url);
  };
  const headingId = `poll-downloads-${poll.id}`;
  return (
    <div class="poll-downloads" role="group" aria-labelledby={headingId} data-testid="poll-downloads">
      <span id={headingId} class="field-label">
        {t('pollExport.heading')}
      </span>{' '}
      {FORMATS.map(({ format, label }) => (
        <button key={format} type="button" class="button button-quiet" data-testid={`poll-download-${format}`} onClick={() => void download(format)}>
          {t(label)}
        </button>
      ))}
      {failed && (
        <p class="field-error" role="alert">
          {failed}
        </p>
      )}
    </div>
  );
}
