import { useDocumentTitle } from '../documentTitle.ts';

/** The whole page of a role link (speaker, rapporteur) while it has nothing else to show: missing, connecting, refused. */
export function LinkPageMessage({ title, text, testId }: { title: string; text: string; testId?: string }) {
  useDocumentTitle(title);
  return (
    <main class="page-message speaker-message">
      <p role="alert" data-testid={testId}>
        {text}
      </p>
    </main>
  );
}
