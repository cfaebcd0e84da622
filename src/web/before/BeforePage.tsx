import { useEffect, useState } from 'preact/hooks';
import type { GuidelinesView } from '../../core/guidelines/guidelinesView.ts';
import type { AgendaItem } from '../../core/plan.ts';
import { BrandMark } from '../components/BrandMark.tsx';
import { useDocumentTitle } from '../documentTitle.ts';
import { currentLocale, t, tn } from '../i18n/index.ts';
import { pickText } from '../../core/pickText.ts';
import { agendaQuestion, agendaTitle, guidelineLangs, localGuidelines, planTextLang } from '../i18n/planText.ts';
import { MarkdownView } from '../markdown/MarkdownView.tsx';
import { route } from '../router.ts';
import '../styles/guidelines.css';
import { useSessionLanguage } from '../i18n/useSessionLanguage.ts';
import { USER_TEXT } from '../components/userText.ts';

interface BeforeInfo {
  readonly title: string;
  readonly subtitle: string | null;
  readonly joinCode: string;
  readonly durationMinutes: number;
  readonly language: string;
  readonly agenda: readonly AgendaItem[];
  readonly guidelines: GuidelinesView;
  /** The title and subtitle in other languages (I18N-5); the guidelines' are in `guidelines`, the items' on each item. */
  readonly translations?: Partial<Record<string, { readonly title?: string; readonly subtitle?: string }>>;
}

/**
 * `/before/CODE`: the page organisers send ahead (GUIDE-5). No login: title, agenda,
 * guidelines for the room and for online, and the code of conduct, printable.
 */
export function BeforePage() {
  const current = route.value;
  const code = current.name === 'before' ? current.code.replace(/\D/g, '') : '';
  const [info, setInfo] = useState<BeforeInfo | 'loading' | 'missing'>('loading');
  useEffect(() => {
    let live = true;
    fetch(`/api/before/${encodeURIComponent(code)}`)
      .then(async (response) => (response.ok ? ((await response.json()) as BeforeInfo) : 'missing'))
      .catch(() => 'missing' as const)
      .then((loaded) => live && setInfo(loaded));
    return () => {
      live = false;
    };
  }, [code]);
  // I18N-5: the reader's language's version of each text where the host wrote one, else the session's, marked with its lang (I18N-8).
  const title = typeof info === 'object' ? pickText(info.title, info.translations, 'title', currentLocale.value) : '';
  useDocumentTitle(typeof info === 'object' ? t('title.before', { title }) : t('before.heading'));
  useSessionLanguage(typeof info === 'object' ? info.language : undefined, { personal: true });

  if (info === 'loading' || info === 'missing') {
    return (
      <main class="page-message">
        <p role={info === 'missing' ? 'alert' : undefined}>{info === 'missing' ? t('before.notFound') : t('before.loading')}</p>
      </main>
    );
  }
  const guidelines = localGuidelines(info.guidelines);
  const langs = guidelineLangs(info.guidelines, info.language);
  const subtitle = info.subtitle === null ? null : pickText(info.subtitle, info.translations, 'subtitle', currentLocale.value);
  return (
    <div class="page before-page">
      <header class="before-header">
        <BrandMark />
        <p class="eyebrow">{t('before.heading')}</p>
        <h1 class="before-title" data-testid="before-title" lang={planTextLang(info.translations, 'title', info.language)} {...USER_TEXT}>
          {title}
        </h1>
        {subtitle && (
          <p class="session-subtitle" lang={planTextLang(info.translations, 'subtitle', info.language)} {...USER_TEXT}>
            {subtitle}
          </p>
        )}
        <p class="lead">{t('before.intro')}</p>
        <p class="before-code">
          {t('before.joinCode')}: <strong data-testid="before-code" dir="ltr">{`${info.joinCode.slice(0, 3)} ${info.joinCode.slice(3)}`}</strong> · {tn('before.durationMinutes', info.durationMinutes)}
        </p>
      </header>
      <main id="main" class="before-main">
        {info.agenda.length > 0 && (
          <section class="card" aria-labelledby="before-agenda">
            <h2 id="before-agenda" class="section-heading">
              {t('before.agenda')}
            </h2>
            <ol class="before-agenda" data-testid="before-agenda">
              {info.agenda.map((item, i) => (
                <li key={i}>
                  <span class="before-agenda-title" lang={planTextLang(item.translations, 'title', info.language)} {...USER_TEXT}>
                    {agendaTitle(item)}
                  </span>{' '}
                  <span class="muted">{t('before.minutes', { count: item.plannedMinutes })}</span>
                  {item.policyQuestion && (
                    <p class="before-question" lang={planTextLang(item.translations, 'policyQuestion', info.language)} {...USER_TEXT}>
                      {agendaQuestion(item)}
                    </p>
                  )}
                </li>
              ))}
            </ol>
          </section>
        )}
        <div class="before-channels">
          <section class="card" aria-labelledby="before-onsite">
            <h2 id="before-onsite" class="section-heading">
              {t('guidelines.onsite')}
            </h2>
            {guidelines.onsite.length > 0 ? <MarkdownView doc={guidelines.onsite} testId="before-onsite" lang={langs.onsite} /> : <p class="muted">{t('guidelines.none')}</p>}
          </section>
          <section class="card" aria-labelledby="before-online">
            <h2 id="before-online" class="section-heading">
              {t('guidelines.online')}
            </h2>
            {guidelines.online.length > 0 ? <MarkdownView doc={guidelines.online} testId="before-online" lang={langs.online} /> : <p class="muted">{t('guidelines.none')}</p>}
          </section>
        </div>
        {guidelines.codeOfConduct.length > 0 && (
          <section class="card" aria-labelledby="before-conduct">
            <h2 id="before-conduct" class="section-heading">
              {t('guidelines.conduct')}
            </h2>
            <MarkdownView doc={guidelines.codeOfConduct} testId="before-conduct" lang={langs.codeOfConduct} />
          </section>
        )}
      </main>
    </div>
  );
}
