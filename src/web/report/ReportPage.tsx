import { Fragment } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { OutcomeKind } from '../../core/report/reportOutcomes.ts';
import type { SessionReport } from '../../core/report/sessionReport.ts';
import type { ReportTexts } from '../../core/report/reportTexts.ts';
import { BrandMark } from '../components/BrandMark.tsx';
import { HostTokenGate } from '../components/HostTokenGate.tsx';
import { LanguagePicker } from '../components/LanguagePicker.tsx';
import { useDocumentTitle } from '../documentTitle.ts';
import { HostApiError } from '../host/hostApi.ts';
import { t } from '../i18n/index.ts';
import { DOWNLOAD_FORMATS, download, fetchReport, fetchTexts, saveTexts, type DownloadFormat, type ReportTextsView } from './reportApi.ts';
import { deskPointsOf, draftOf, sectionDraft, sectionKey, textsOf, type ReportDraft } from './reportDraft.ts';
import { PointList } from './PointList.tsx';
import { ReportPreview } from './ReportPreview.tsx';
import '../styles/report.css';

/**
 * `/report#SESSION_ID` (the host, with the host token of this tab) or
 * `/report#SESSION_ID/TOKEN` (the rapporteur, with their link's token): the session report
 * (REPORT-3). Write the summary, takeaways, calls to action, best practices and partnership
 * offers (for the session and per agenda item, REPORT-16), save them, preview the report as
 * assembled from the session's record, and download it as PDF, Word, HTML, Markdown, CSV or
 * JSON. The token stays in the fragment.
 */

/** The outcome lists the form edits, with the ids their fields had before best practices came. */
const OUTCOME_FIELDS: readonly { kind: OutcomeKind; id: string; rows: number }[] = [
  { kind: 'takeaways', id: 'takeaways', rows: 3 },
  { kind: 'callsToAction', id: 'actions', rows: 2 },
  { kind: 'bestPractices', id: 'practices', rows: 2 },
  { kind: 'partnershipOffers', id: 'partnerships', rows: 2 },
];

interface Access {
  readonly sessionId: string;
  /** The rapporteur's link token, when the page was opened from the rapporteur's page. */
  readonly linkToken: string | null;
}

function accessFromHash(): Access | null {
  const match = /^#?([A-Za-z0-9_-]{1,64})(?:\/([A-Za-z0-9_-]{10,200}))?$/.exec(location.hash.trim());
  return match?.[1] ? { sessionId: match[1], linkToken: match[2] ?? null } : null;
}

export function ReportPage() {
  const [access] = useState(accessFromHash);
  useDocumentTitle(t('report.heading'));
  if (!access) {
    return (
      <main class="page-message">
        <p role="alert">{t('report.noSession')}</p>
      </main>
    );
  }
  return (
    <HostTokenGate pageClass="report-page" headerClass="report-header" linkToken={access.linkToken}>
      {(token, onRejected) => <ReportDesk sessionId={access.sessionId} token={token} onRejected={onRejected} />}
    </HostTokenGate>
  );
}

type SaveState = { readonly kind: 'idle' | 'dirty' | 'saving' | 'conflict' } | { readonly kind: 'saved'; readonly revision: number } | { readonly kind: 'error'; readonly message: string };

function ReportDesk({ sessionId, token, onRejected }: { sessionId: string; token: string; onRejected: () => void }) {
  const [report, setReport] = useState<SessionReport | null>(null);
  const [view, setView] = useState<ReportTextsView | null>(null);
  const [draft, setDraft] = useState<ReportDraft | null>(null);
  const [revision, setRevision] = useState(0);
  /** The texts the report was last assembled with: what the page wrote, told apart from the desk's points. */
  const [saved, setSaved] = useState<ReportTexts | null>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<DownloadFormat | null>(null);

  const fail = useCallback((failure: unknown) => {
    if (failure instanceof HostApiError && failure.status === 401) onRejected();
    setError(failure instanceof Error ? failure.message : String(failure));
  }, [onRejected]);

  const load = useCallback(async () => {
    try {
      const [texts, assembled] = await Promise.all([fetchTexts(token, sessionId), fetchReport(token, sessionId)]);
      setView(texts);
      setDraft(draftOf(texts.texts));
      setSaved(texts.texts);
      setRevision(texts.revision);
      setReport(assembled);
      setSave({ kind: 'idle' });
      setError(null);
    } catch (failure) {
      fail(failure);
    }
  }, [token, sessionId, fail]);

  useEffect(() => {
    void load();
  }, [load]);
  useDocumentTitle(view ? t('title.report', { title: view.title }) : t('report.heading'));

  if (!view || !draft) {
    return (
      <main class="page-message">
        <p role={error ? 'alert' : 'status'}>{error ?? t('report.loading')}</p>
      </main>
    );
  }

  const edit = (next: ReportDraft) => {
    setDraft(next);
    setSave({ kind: 'dirty' });
  };
  const editSection = (agendaItem: number | null, field: OutcomeKind, value: string) => {
    const key = sectionKey(agendaItem);
    edit({ ...draft, sections: { ...draft.sections, [key]: { ...sectionDraft(draft, agendaItem), [field]: value } } });
  };
  const submit = async () => {
    setSave({ kind: 'saving' });
    try {
      const texts = textsOf(draft, view.agenda.length);
      const stored = await saveTexts(token, sessionId, texts, revision);
      setRevision(stored.revision);
      setSave({ kind: 'saved', revision: stored.revision });
      setSaved(texts);
      setReport(await fetchReport(token, sessionId));
    } catch (failure) {
      if (failure instanceof HostApiError && failure.code === 'invalid_state') setSave({ kind: 'conflict' });
      else if (failure instanceof HostApiError && failure.status === 401) fail(failure);
      else setSave({ kind: 'error', message: failure instanceof Error ? failure.message : String(failure) });
    }
  };
  const get = async (format: DownloadFormat) => {
    setBusy(format);
    try {
      await download(token, sessionId, format);
      setError(null);
    } catch (failure) {
      fail(failure);
    } finally {
      setBusy(null);
    }
  };

  const sections: { agendaItem: number | null; title: string; hint: string | null }[] = [
    { agendaItem: null, title: t('report.general'), hint: null },
    ...view.agenda.map((item, i) => ({ agendaItem: i, title: t('report.item', { number: i + 1, title: item.title }), hint: item.policyQuestion })),
  ];

  return (
    <div class="page report-page">
      <header class="report-header">
        <BrandMark />
        <div>
          <p class="eyebrow">{t('report.heading')}</p>
          <h1 class="report-title" dir="auto">{view.title}</h1>
        </div>
        <LanguagePicker />
      </header>
      <main id="main" class="report-main">
        <p class="lead">{t('report.intro')}</p>
        {error && (
          <p class="field-error" role="alert">
            {error}
          </p>
        )}
        <section class="card report-downloads" aria-labelledby="report-downloads-title">
          <h2 id="report-downloads-title" class="section-heading">
            {t('report.downloads')}
          </h2>
          <div class="button-row">
            {DOWNLOAD_FORMATS.map((format) => (
              <button key={format} type="button" class={format === 'pdf' ? 'button button-primary' : 'button button-secondary'} disabled={busy !== null} onClick={() => void get(format)} data-testid={`report-download-${format}`}>
                {busy === format ? t('report.downloading', { format: t(`report.download.${format}`) }) : t(`report.download.${format}`)}
              </button>
            ))}
          </div>
        </section>
        <div class="report-columns">
          <form
            class="card report-form"
            aria-labelledby="report-write-title"
            onSubmit={(event) => {
              event.preventDefault();
              void submit();
            }}
          >
            <h2 id="report-write-title" class="section-heading">
              {t('report.write')}
            </h2>
            <label class="field-label" for="report-summary">
              {t('report.summary')}
            </label>
            <p class="muted field-hint">{t('report.summaryHint')}</p>
            <textarea id="report-summary" class="text-input report-summary" dir="auto" rows={6} value={draft.summary} onInput={(e) => edit({ ...draft, summary: e.currentTarget.value })} data-testid="report-summary" />
            {sections.map(({ agendaItem, title, hint }) => {
              const key = sectionKey(agendaItem);
              const current = sectionDraft(draft, agendaItem);
              return (
                <fieldset key={key} class="report-section">
                  <legend dir="auto">{title}</legend>
                  {hint && (
                    <p class="muted field-hint" dir="auto">
                      {hint}
                    </p>
                  )}
                  {OUTCOME_FIELDS.map(({ kind, id, rows }) => (
                    <Fragment key={kind}>
                      <label class="field-label" for={`${id}-${key}`}>
                        {t(`report.${kind}`)} <span class="muted">{t('report.onePerLine')}</span>
                      </label>
                      <DeskPoints points={report && saved ? deskPointsOf(report, saved, agendaItem, kind) : []} testId={`report-desk-${id}-${key}`} />
                      <textarea id={`${id}-${key}`} class="text-input" dir="auto" rows={rows} value={current[kind]} onInput={(e) => editSection(agendaItem, kind, e.currentTarget.value)} data-testid={`report-${id}-${key}`} />
                    </Fragment>
                  ))}
                </fieldset>
              );
            })}
            <div class="report-save-bar">
              <button type="submit" class="button button-primary" disabled={save.kind === 'saving'} data-testid="report-save">
                {save.kind === 'saving' ? t('report.saving') : t('report.save')}
              </button>
              <SaveStatus state={save} reload={() => void load()} />
            </div>
          </form>
          {report && <ReportPreview report={report} />}
        </div>
      </main>
    </div>
  );
}

/** The desk's points of one list, read-only above the field for the rest (REPORT-10, REPORT-23); nothing when there are none. */
function DeskPoints({ points, testId }: { points: readonly string[]; testId: string }) {
  if (points.length === 0) return null;
  return (
    <div class="report-desk-points" data-testid={testId}>
      <p class="muted field-hint">{t('report.fromDesk')}</p>
      <PointList points={points} className="report-item-points" />
    </div>
  );
}

function SaveStatus({ state, reload }: { state: SaveState; reload: () => void }) {
  switch (state.kind) {
    case 'saved':
      return (
        <p class="form-feedback form-success" role="status" data-testid="report-saved">
          {t('report.saved', { revision: state.revision })}
        </p>
      );
    case 'dirty':
      return <p class="muted">{t('report.unsaved')}</p>;
    case 'conflict':
      return (
        <p class="field-error" role="alert" data-testid="report-conflict">
          {t('report.conflict')}{' '}
          <button type="button" class="button button-secondary button-small" onClick={reload}>
            {t('report.reload')}
          </button>
        </p>
      );
    case 'error':
      return (
        <p class="field-error" role="alert">
          {state.message}
        </p>
      );
    default:
      return null;
  }
}
