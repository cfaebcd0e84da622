import type { ReportTexts } from '../../core/report/reportTexts.ts';
import type { SessionReport } from '../../core/report/sessionReport.ts';
import { refusalFrom } from '../../client/refusal.ts';
import { hostFetch, HostApiError } from '../host/hostApi.ts';
import { refusalText } from '../refusalMessage.ts';

/**
 * The report page's HTTP calls (REPORT-3), with the host token or the rapporteur's link token
 * as a Bearer token: the report, the written parts, saving them, and a download as a file.
 */

/** What `GET …/report/text` answers: the texts, their revision, and the agenda to write against. */
export interface ReportTextsView {
  readonly texts: ReportTexts;
  readonly revision: number;
  readonly updatedAt: number | null;
  readonly editor: 'host' | 'rapporteur';
  readonly title: string;
  readonly agenda: readonly { readonly title: string; readonly policyQuestion: string | null }[];
}

export const DOWNLOAD_FORMATS = ['pdf', 'docx', 'html', 'md', 'zip', 'json'] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

const base = (sessionId: string) => `/api/sessions/${encodeURIComponent(sessionId)}`;

export function fetchReport(token: string, sessionId: string): Promise<SessionReport> {
  return hostFetch<SessionReport>(token, `${base(sessionId)}/report`);
}

export function fetchTexts(token: string, sessionId: string): Promise<ReportTextsView> {
  return hostFetch<ReportTextsView>(token, `${base(sessionId)}/report/text`);
}

export function saveTexts(token: string, sessionId: string, texts: ReportTexts, revision: number): Promise<{ revision: number; updatedAt: number }> {
  return hostFetch(token, `${base(sessionId)}/report/text`, { method: 'PUT', body: { texts, revision } });
}

/** Fetches a format and hands it to the browser as a download (the token cannot go in a link). */
export async function download(token: string, sessionId: string, format: DownloadFormat): Promise<void> {
  const path = format === 'json' ? `${base(sessionId)}/report` : `${base(sessionId)}/report.${format}`;
  const response = await fetch(path, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: unknown } | null;
    const refusal = refusalFrom(body?.error, `HTTP ${response.status}`);
    throw new HostApiError(response.status, refusal.code, refusalText(refusal));
  }
  const disposition = response.headers.get('content-disposition') ?? '';
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? `report.${format}`;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
