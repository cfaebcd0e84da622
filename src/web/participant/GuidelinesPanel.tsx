import { useRef, useState } from 'preact/hooks';
import { useFocusLanding } from '../a11y/useFocusLanding.ts';
import type { GuidelinesView } from '../../core/guidelines/guidelinesView.ts';
import type { Channel } from '../../core/roles.ts';
import { t } from '../i18n/index.ts';
import type { GuidelineField } from '../i18n/planText.ts';
import { MarkdownView } from '../markdown/MarkdownView.tsx';
import { refusalMessage } from '../refusalMessage.ts';

/** The `lang` of each text shown in the session's language on a page in another (I18N-8, `guidelineLangs`). */
type Langs = Partial<Record<GuidelineField, string | undefined>> | undefined;

/** The guidelines for a participant's channel (both while they have not said), as safe trees (GUIDE-2). */
function ChannelGuidelines({ guidelines, channel, langs }: { guidelines: GuidelinesView; channel: Channel | null; langs: Langs }) {
  const shown: Channel[] = channel ? [channel] : ['onsite', 'online'];
  const any = shown.some((c) => guidelines[c].length > 0);
  if (!any) return null;
  return (
    <>
      {shown.map((c) =>
        guidelines[c].length > 0 ? (
          <div key={c} class="guidelines-channel" data-testid={`guidelines-${c}`}>
            {!channel && <h3 class="guidelines-subheading">{t(c === 'onsite' ? 'guidelines.onsite' : 'guidelines.online')}</h3>}
            <MarkdownView doc={guidelines[c]} headingBase={3} lang={langs?.[c]} />
          </div>
        ) : null,
      )}
    </>
  );
}

/**
 * At join (GUIDE-3): the code of conduct with the button that accepts it, then the guidelines
 * for the participant's channel. Shown until accepted; then `GuidelinesLink` keeps them one
 * tap away. The code of conduct scrolls inside a box of its own so that the button stays in
 * the first screen of a phone, however long the text.
 */
export function ConductGate({ guidelines, langs, channel, accept }: { guidelines: GuidelinesView; langs?: Langs; channel: Channel | null; accept: () => Promise<void> }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // A11Y-2: arriving just after the room was chosen, the code of conduct takes the focus.
  useFocusLanding(heading);
  return (
    <section class="card conduct-gate" aria-labelledby="conduct-gate-title" data-testid="conduct-gate">
      <h2 id="conduct-gate-title" class="section-heading" ref={heading} tabIndex={-1}>
        {t('guidelines.conduct')}
      </h2>
      <p class="muted">{t('guidelines.acceptIntro')}</p>
      {/* Focusable, so that a keyboard can scroll it (WCAG 2.1.1). */}
      <div class="conduct-scroll" tabIndex={0} role="region" aria-labelledby="conduct-gate-title">
        <MarkdownView doc={guidelines.codeOfConduct} class="conduct-text" testId="conduct-text" lang={langs?.codeOfConduct} />
      </div>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
      <button
        type="button"
        class="button button-primary button-large conduct-accept"
        disabled={busy}
        data-testid="conduct-accept"
        onClick={async () => {
          setBusy(true);
          setError(null);
          try {
            await accept();
          } catch (failure) {
            setError(refusalMessage(failure));
          } finally {
            setBusy(false);
          }
        }}
      >
        {t('guidelines.accept')}
      </button>
      <h3 class="guidelines-subheading">{t('guidelines.heading')}</h3>
      <ChannelGuidelines guidelines={guidelines} channel={channel} langs={langs} />
    </section>
  );
}

/** The guidelines and code of conduct one tap away, once accepted (or where none must be accepted). */
export function GuidelinesLink({ guidelines, langs, channel, accepted }: { guidelines: GuidelinesView; langs?: Langs; channel: Channel | null; accepted: boolean }) {
  const [open, setOpen] = useState(false);
  const empty = guidelines.onsite.length === 0 && guidelines.online.length === 0 && guidelines.codeOfConduct.length === 0;
  if (empty) return null;
  return (
    <section class="guidelines-link">
      <button type="button" class="button button-secondary" aria-expanded={open} aria-controls="guidelines-sheet" onClick={() => setOpen(!open)} data-testid="guidelines-toggle">
        {open ? t('guidelines.close') : t('guidelines.open')}
      </button>
      {open && (
        <div id="guidelines-sheet" class="card guidelines-sheet" data-testid="guidelines-sheet">
          <ChannelGuidelines guidelines={guidelines} channel={channel} langs={langs} />
          {guidelines.codeOfConduct.length > 0 && (
            <>
              <h3 class="guidelines-subheading">{t('guidelines.conduct')}</h3>
              <MarkdownView doc={guidelines.codeOfConduct} lang={langs?.codeOfConduct} />
              {accepted && <p class="muted">{t('guidelines.accepted')}</p>}
            </>
          )}
        </div>
      )}
    </section>
  );
}
