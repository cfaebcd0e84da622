import type { ConnectionStatus as Status } from '../../client/openFloorClient.ts';
import { formatJoinCode } from '../../core/joinCode.ts';
import type { Role } from '../../core/roles.ts';
import type { PresenceView, SessionView } from '../../core/views.ts';
import { BrandMark } from '../components/BrandMark.tsx';
import { LanguagePicker } from '../components/LanguagePicker.tsx';
import { ChannelBadge } from '../components/ChannelBadge.tsx';
import { ConnectionStatus } from '../components/ConnectionStatus.tsx';
import { t } from '../i18n/index.ts';
import { MODE_LABEL } from './ProjectorControl.tsx';
import { USER_TEXT } from '../components/userText.ts';

interface CockpitHeaderProps {
  readonly session: SessionView | null;
  readonly role: Role | null;
  readonly presence: PresenceView;
  readonly status: Status;
  readonly openHelp: () => void;
}

/**
 * One band of the cockpit: which console, the session's title (one line; the whole of it in
 * the tooltip and the page title), the join code, who is connected (the online moderator's
 * room first, COCKPIT-4), what the big screen shows, the connection and the shortcuts.
 */
export function CockpitHeader({ session, role, presence, status, openHelp }: CockpitHeaderProps) {
  const online = role === 'online_moderator';
  const rooms = [
    <ChannelBadge key="onsite" channel="onsite">
      {t('moderator.presenceOnsite', { count: presence.onsite })}
    </ChannelBadge>,
    <ChannelBadge key="online" channel="online">
      {t('moderator.presenceOnline', { count: presence.online })}
    </ChannelBadge>,
  ];
  return (
    <header class="moderator-header cockpit-header">
      <div class="cockpit-header-inner">
        <div class="moderator-identity">
          <BrandMark />
          <span class="moderator-role" data-testid="moderator-role">
            {online ? t('moderator.onlineConsole') : t('moderator.console')}
          </span>
        </div>
        <div class="moderator-session">
          <h1 class="moderator-title cockpit-title" title={session?.title} {...USER_TEXT}>
            {session?.title ?? t('moderator.connecting')}
          </h1>
        </div>
        {session && (
          <p class="moderator-code cockpit-code">
            <span class="moderator-code-label">{t('moderator.joinCode')}</span>
            <span class="moderator-code-value" dir="ltr">
              {formatJoinCode(session.joinCode)}
            </span>
          </p>
        )}
        <div class="presence" role="group" aria-label={t('moderator.presence')} data-testid="cockpit-presence">
          {online ? [rooms[1], rooms[0]] : rooms}
          <ChannelBadge channel={null}>{t('moderator.presenceUndeclared', { count: presence.undeclared })}</ChannelBadge>
        </div>
        {session && (
          <p class="cockpit-screen-mode" data-testid="cockpit-screen-mode">
            {t('cockpit.screenMode', { mode: t(MODE_LABEL[session.projector.mode]) })}
          </p>
        )}
        <ConnectionStatus status={status} />
        <LanguagePicker />
        <button type="button" class="button button-quiet button-small cockpit-help-button" aria-keyshortcuts="?" data-testid="cockpit-help" onClick={openHelp}>
          <kbd aria-hidden="true">?</kbd>
          <span class="cockpit-help-label">{t('cockpit.help.open')}</span>
        </button>
      </div>
    </header>
  );
}
