import type { QuestionView } from '../../core/qa/qaViews.ts';
import { ChannelBadge } from '../components/ChannelBadge.tsx';
import { t, tn } from '../i18n/index.ts';
import '../styles/projector-qa.css';
import { USER_TEXT } from '../components/userText.ts';
import { tUserText } from '../i18n/ltrParam.ts';

/**
 * The question being answered, large on the big screen: only ever a published one (QA-3). As
 * a `band` it shares the stage with an open poll (PROJ-4): smaller, above the poll.
 */
export function ProjectorQuestion({ question, band = false }: { question: QuestionView; band?: boolean }) {
  return (
    <section class="projector-qa" data-band={band ? 'true' : undefined} aria-labelledby="projector-qa-eyebrow" data-testid="projector-question">
      <p id="projector-qa-eyebrow" class="projector-qa-eyebrow">
        {t('qa.nowAnswering')}
      </p>
      <blockquote class="projector-qa-text" data-long={[...question.text].length > 140 ? 'true' : undefined} data-testid="projector-question-text" {...USER_TEXT}>
        {question.text}
      </blockquote>
      <div class="projector-qa-meta">
        <ChannelBadge channel={question.channel} />
        {question.displayName && <span>{tUserText('qa.askedBy', { name: question.displayName }, 'name')}</span>}
        <span class="projector-qa-votes">{tn('qa.upvotes', question.upvotes)}</span>
      </div>
    </section>
  );
}
