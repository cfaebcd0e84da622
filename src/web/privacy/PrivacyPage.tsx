import { BrandMark } from '../components/BrandMark.tsx';
import { useDocumentTitle } from '../documentTitle.ts';
import { t, type MessageKey } from '../i18n/index.ts';
import { navigate } from '../router.ts';
import '../styles/privacy.css';

/** The page's sections: a heading and its points, in reading order. */
const SECTIONS: readonly { readonly id: string; readonly title: MessageKey; readonly points: readonly MessageKey[] }[] = [
  { id: 'keep', title: 'privacy.keepTitle', points: ['privacy.keep.code', 'privacy.keep.channel', 'privacy.keep.actions', 'privacy.keep.groups'] },
  { id: 'never', title: 'privacy.neverTitle', points: ['privacy.never.identity', 'privacy.never.device', 'privacy.never.trackers'] },
  { id: 'who', title: 'privacy.whoTitle', points: ['privacy.who.votes', 'privacy.who.questions', 'privacy.who.screen'] },
  { id: 'how-long', title: 'privacy.howLongTitle', points: ['privacy.howLong.days', 'privacy.howLong.then'] },
  { id: 'choices', title: 'privacy.choicesTitle', points: ['privacy.choices.skip', 'privacy.choices.phone', 'privacy.choices.ask'] },
];

/**
 * `/privacy`: the short version of docs/PRIVACY.md for participants, linked from the join
 * page (PRIV-9). Plain words a thirteen-year-old reads (`npm run readability` scores these
 * strings); nothing here depends on a session, so it loads without one.
 */
export function PrivacyPage() {
  useDocumentTitle(t('title.privacy'));
  return (
    <div class="page page-narrow privacy-page">
      <header class="page-header">
        <BrandMark />
      </header>
      <main id="main" class="card">
        <h1>{t('privacy.title')}</h1>
        <p>{t('privacy.lead')}</p>
        {SECTIONS.map(({ id, title, points }) => (
          <section key={id} aria-labelledby={`privacy-${id}`}>
            <h2 id={`privacy-${id}`} class="privacy-heading">
              {t(title)}
            </h2>
            <ul class="privacy-points">
              {points.map((point) => (
                <li key={point}>{t(point)}</li>
              ))}
            </ul>
          </section>
        ))}
        <a
          class="button button-secondary"
          href="/"
          data-testid="privacy-back"
          onClick={(event) => {
            // Back to the join page it came from, with its code; to the start page otherwise.
            if (history.length > 1) {
              event.preventDefault();
              history.back();
            } else {
              event.preventDefault();
              navigate('/');
            }
          }}
        >
          {t('privacy.back')}
        </a>
      </main>
    </div>
  );
}
