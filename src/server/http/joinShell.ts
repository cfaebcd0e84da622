import { formatJoinCode, normaliseJoinCode } from '../../core/joinCode.ts';
import { en } from '../../web/i18n/en.ts';
import { LOCALES, matchLocale, type Locale } from '../../web/i18n/locales.ts';
import { MAIN_TEXTS } from '../mainTexts.ts';
import { escapeHtml } from '../report/reportHtml.ts';

/**
 * WEB-6: the room choice of a join link (`/j/CODE`) in the HTML the server sends, so a phone
 * on a slow network can choose before the app's scripts arrive. The markup is the join page's
 * own (same classes and test hooks), in the language of the browser's `Accept-Language`; the
 * app renders over it when it starts. Before that, a tap submits a plain form
 * (`GET /j/CODE?room=onsite`), which the app reads to join at once. Nothing in it is about a
 * participant (the same HTML for everyone with that code and language) and it holds no script.
 */

const LANGUAGES = Object.keys(MAIN_TEXTS) as Locale[];

/** The languages of an `Accept-Language` header, by preference (q-values, then order). */
export function acceptedLanguages(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.tag !== '' && entry.tag !== '*' && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((entry) => entry.tag);
}

/** The language the room choice is written in for this `Accept-Language` header. */
export function shellLocale(acceptLanguage: string | undefined): Locale {
  return matchLocale(acceptedLanguages(acceptLanguage), LANGUAGES);
}

const ICONS = {
  onsite: '<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M12 21.5s-7-6.1-7-11.5a7 7 0 0 1 14 0c0 5.4-7 11.5-7 11.5Z"></path><circle cx="12" cy="10" r="2.6"></circle></svg>',
  online: '<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><rect x="4" y="4.5" width="16" height="11" rx="1.6"></rect><path d="M2 19.5h20"></path></svg>',
} as const;

const BRAND_LOGO =
  '<svg class="brand-logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false"><rect width="32" height="32" rx="8" class="brand-logo-tile"></rect><rect x="7" y="17" width="4" height="8" rx="1" class="brand-logo-warm"></rect><rect x="14" y="11" width="4" height="14" rx="1" class="brand-logo-bar"></rect><rect x="21" y="7" width="4" height="18" rx="1" class="brand-logo-bar"></rect></svg>';

/**
 * `indexHtml` with the room choice for `written` (the code as in the path) in `locale`, and
 * `preloads` (link tags) at the end of the head, or null when the code is not a join code
 * (the app then shows its own message).
 */
export function joinShell(indexHtml: string, written: string, locale: Locale, preloads = ''): string | null {
  const code = normaliseJoinCode(written);
  if (!code) return null;
  const texts = MAIN_TEXTS[locale];
  const t = (key: keyof typeof en): string => escapeHtml(texts[key] ?? en[key]);
  const choice = (channel: 'onsite' | 'online', detail: 'join.onsiteDetail' | 'join.onlineDetail') =>
    `<button type="submit" name="room" value="${channel}" class="channel-choice" data-channel="${channel}" data-testid="channel-${channel}" aria-pressed="false">${ICONS[channel]}<span class="channel-choice-name">${t(`channel.${channel}`)}</span><span class="channel-choice-detail">${t(detail)}</span></button>`;
  const page =
    `<div class="page page-narrow participant" data-shell="join">` +
    `<header class="page-header"><span class="brand-mark">${BRAND_LOGO}<span class="brand-name">${t('app.name')}</span></span></header>` +
    `<main id="main" class="card join-card" aria-busy="true">` +
    `<p class="eyebrow"><span class="visually-hidden">${t('moderator.joinCode')} </span><span dir="ltr">${escapeHtml(formatJoinCode(code))}</span></p>` +
    `<h1 class="session-title join-title" data-pending="true">${t('join.loading')}</h1>` +
    `<h2 class="question-heading" id="channel-question">${t('join.question')}</h2>` +
    `<form method="get" action="/j/${code}" class="channel-choices" role="group" aria-labelledby="channel-question">${choice('onsite', 'join.onsiteDetail')}${choice('online', 'join.onlineDetail')}</form>` +
    `<p class="field-hint">${t('join.why')}</p>` +
    `<p class="join-status" role="status" aria-live="polite"></p>` +
    `</main>` +
    `<footer class="privacy-note"><p>${t('participant.anonymous')}</p><p><a class="privacy-link" href="/privacy" data-testid="privacy-link">${t('privacy.joinLink')}</a></p></footer>` +
    `</div>`;
  return indexHtml
    .replace(/<html lang="[^"]*" dir="[^"]*">/, `<html lang="${locale}" dir="${LOCALES[locale].dir}">`)
    .replace('</head>', `${preloads}</head>`)
    .replace('<div id="app"></div>', `<div id="app">${page}</div>`);
}
