import { t } from '../i18n/index.ts';

/**
 * The question being answered in a Q&A round, pinned by the moderator. Plain text only: a
 * participant's words are never rendered as HTML.
 */
export function ProjectorQuestion({ text }: { text: string }) {
  return (
    <section class="projector-agenda" data-testid="projector-pinned-question" aria-labelledby="projector-question-title">
      <h1 id="projector-question-title" class="projector-eyebrow">
        {t('projector.question.title')}
      </h1>
      <blockquote class="projector-agenda-question projector-pinned-question">{text}</blockquote>
    </section>
  );
}
