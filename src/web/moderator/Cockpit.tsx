import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { PollView } from '../../core/polls/pollViews.ts';
import { PAIRABLE_KINDS } from '../../core/polls/pollShift.ts';
import type { Connection } from '../connection.ts';
import { singleKeyShortcuts } from '../a11y/shortcutSetting.ts';
import { SkipLinks } from '../a11y/SkipLinks.tsx';
import { useDocumentTitle } from '../documentTitle.ts';
import { useServerClock } from '../floor/serverClock.ts';
import { t } from '../i18n/index.ts';
import { WebexConsoleBand } from '../integrations/WebexConsoleBand.tsx';
import { BalanceGlance } from './BalanceGlance.tsx';
import { BalancePanel } from './BalancePanel.tsx';
import { announce, cockpitControls, ONLINE_PANES, PANES, type CockpitControls, type PaneId } from './cockpitControls.ts';
import { CockpitHeader } from './CockpitHeader.tsx';
import { shortcutFor, type CockpitAction } from './cockpitKeys.ts';
import { CommandErrors } from './CommandErrors.tsx';
import { RapporteurNotesPane } from './RapporteurNotesPane.tsx';
import { CurrentSpeakerCard } from './CurrentSpeakerCard.tsx';
import { DetailPanes, type Pane } from './DetailPanes.tsx';
import { FloorPanel } from './FloorPanel.tsx';
import { useModeratorCommands, type ModeratorCommands } from './moderatorCommands.ts';
import { ModeratorPollCard } from './ModeratorPollCard.tsx';
import { NextSpeakers } from './NextSpeakers.tsx';
import { NowAgenda } from './NowAgenda.tsx';
import { NowAnswering } from './NowAnswering.tsx';
import { NowPoll } from './NowPoll.tsx';
import { OnlineRoomPane } from './OnlineRoomPane.tsx';
import { PanelSpeakers } from './PanelSpeakers.tsx';
import { PollForm } from './PollForm.tsx';
import { PollOpenConfirm } from './PollOpenConfirm.tsx';
import { openPolls, readyPoll } from './pollPicks.ts';
import { ProjectorControl } from './ProjectorControl.tsx';
import { QaPanel } from './QaPanel.tsx';
import { waitingQuestions, keptSelection, stepSelection } from './reviewQueue.ts';
import { RunPanel } from './RunPanel.tsx';
import { ShortcutHelp } from './ShortcutHelp.tsx';
import { SpeakerNoteForm } from './SpeakerNoteForm.tsx';

/**
 * The moderator's cockpit (COCKPIT rules): a header band; the "now" columns with everything
 * the next thirty seconds need (agenda item and time left, who speaks with the timer, the next
 * speakers, the balance meter, the open poll, the question being answered); beside them the
 * detail panes as tabs. At laptop and projector sizes the page itself never scrolls: each
 * column and pane scrolls inside itself. Keyboard shortcuts for the frequent moves (`?` lists
 * them). The online moderator's console opens on the online room (COCKPIT-4). Opened as a Webex
 * embedded app it says so, and says when the meeting is not the session's (INTEG-13).
 */
export function Cockpit({ connection }: { connection: Connection }) {
  const state = connection.state.value;
  const status = connection.status.value;
  const commands = useModeratorCommands(connection);
  const { run, send, report, lastError } = commands;
  const clock = useServerClock(connection.client);
  const session = state.session;
  const online = state.role === 'online_moderator';
  const paneIds: readonly PaneId[] = online ? ONLINE_PANES : PANES;
  const controls = useMemo(() => cockpitControls(online ? 'online' : 'questions'), [online]);
  useDocumentTitle(session ? t('title.moderator', { title: session.title }) : t('title.moderatorPending'));

  const room = online ? 'online' : null;
  const waiting = waitingQuestions(state.qa.questions, room);
  const waitingIds = waiting.map((q) => q.id);
  useKeptSelection(controls, waitingIds);

  const openPoll = (poll: PollView) => {
    const other = openPolls(state.polls).find((p) => p.id !== poll.id);
    if (other) controls.confirmPoll.value = poll;
    else void run({ type: 'poll.open', pollId: poll.id });
  };
  const show = (pane: PaneId) => {
    controls.pane.value = pane;
  };
  const agendaItem = session?.run.status === 'running' ? session.run.current : null;

  const perform = (action: CockpitAction) => {
    const floor = state.floor;
    if (typeof action === 'object') {
      const pane = paneIds[action.pane];
      if (pane) show(pane);
      return;
    }
    switch (action) {
      case 'help':
        controls.helpOpen.value = true;
        return;
      case 'giveNext':
        if (floor && floor.queue.length > 0) void run({ type: 'floor.give', handId: null });
        else announce(controls, t('moderator.floor.nobodyWaiting'));
        return;
      case 'endTurn':
        if (floor?.current) void run({ type: 'floor.end' });
        else announce(controls, t('moderator.floor.nobody'));
        return;
      case 'togglePoll': {
        const open = openPolls(state.polls)[0];
        const ready = readyPoll(state.polls, agendaItem);
        if (open) void run({ type: 'poll.close', pollId: open.id });
        else if (ready) openPoll(ready);
        else announce(controls, t('cockpit.poll.noneReady'));
        return;
      }
      case 'nextQuestion':
        void run({ type: 'qa.next' });
        return;
      case 'selectNext':
      case 'selectPrevious': {
        show('questions');
        const next = stepSelection(waitingIds, controls.selected.value, action === 'selectNext' ? 1 : -1);
        controls.selected.value = next;
        const question = waiting.find((q) => q.id === next);
        announce(controls, question ? `${t('cockpit.review.selected')}: ${question.text}` : t('qa.mod.queueEmpty'));
        return;
      }
      case 'approve':
      case 'reject': {
        const selected = controls.selected.value;
        if (selected === null || !waitingIds.includes(selected)) {
          announce(controls, t('cockpit.review.noneSelected'));
          return;
        }
        show('questions');
        controls.request.value = { questionId: selected, action, nonce: (controls.request.value?.nonce ?? 0) + 1 };
        return;
      }
    }
  };
  // The latest closure, for the one listener the document keeps.
  const performRef = useRef(perform);
  performRef.current = perform;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || document.querySelector('dialog[open]') || !singleKeyShortcuts.value) return;
      const action = shortcutFor(event);
      if (!action) return;
      event.preventDefault();
      performRef.current(action);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const panes = session ? cockpitPanes({ state, session, controls, commands, clock, openPoll, show, online, onlineWaiting: waiting.filter((q) => q.channel === 'online').length }) : [];
  const confirming = controls.confirmPoll.value;
  const notice = controls.notice.value;

  return (
    <div class="cockpit" data-role={state.role ?? undefined}>
      {session && (
        <SkipLinks
          targets={[
            { label: t('a11y.skip.floor'), target: 'cockpit-now-floor' },
            { label: t('a11y.skip.room'), target: 'cockpit-now-room' },
            { label: t('a11y.skip.questions'), target: 'qa-queue-title', before: () => show('questions') },
            { label: t('a11y.skip.panes'), target: `cockpit-tab-${controls.pane.value}` },
          ]}
        />
      )}
      <CockpitHeader session={session} role={state.role} presence={state.presence} status={status} openHelp={() => (controls.helpOpen.value = true)} />
      {session && <WebexConsoleBand sessionId={session.id} />}
      <CommandErrors
        error={lastError.value}
        onDismiss={() => {
          lastError.value = null;
        }}
      />
      <main id="main" class="cockpit-main">
        {!session || !state.floor ? (
          <p class="card muted cockpit-connecting">{t('moderator.connecting')}</p>
        ) : (
          <>
            <div id="cockpit-now-floor" class="cockpit-column cockpit-column-floor" role="region" aria-label={t('cockpit.nowFloor')} data-testid="cockpit-now-floor">
              <NowAgenda session={session} clock={clock} run={run} />
              <CurrentSpeakerCard floor={state.floor} clock={clock} run={run} />
              <NextSpeakers floor={state.floor} room={room} showQueue={() => show('queue')} />
              <BalanceGlance meter={state.balance} floor={state.floor} clock={clock} send={send} report={report} showDetails={() => show('balance')} />
            </div>
            <div id="cockpit-now-room" class="cockpit-column cockpit-column-room" role="region" aria-label={t('cockpit.nowRoom')} data-testid="cockpit-now-room">
              <NowPoll polls={state.polls} tallies={state.tallies} activePollId={session.activePollId} agendaItem={agendaItem} run={run} openPoll={openPoll} showPolls={() => show('polls')} />
              <NowAnswering qa={state.qa} waiting={waiting.length} run={run} showQuestions={() => show('questions')} />
            </div>
            <DetailPanes panes={panes} active={controls.pane.value} onSelect={show} />
          </>
        )}
      </main>
      <div class="visually-hidden" role="status" aria-live="polite" data-testid="cockpit-notice">
        {notice && <span key={notice.id}>{notice.text}</span>}
      </div>
      <ShortcutHelp open={controls.helpOpen.value} onClose={() => (controls.helpOpen.value = false)} />
      <PollOpenConfirm poll={confirming} other={confirming ? (openPolls(state.polls).find((p) => p.id !== confirming.id) ?? null) : null} run={run} onClose={() => (controls.confirmPoll.value = null)} />
    </div>
  );
}

/** Keeps the selected question when the list changes; hands it on when it leaves (COCKPIT-3). */
function useKeptSelection(controls: CockpitControls, ids: readonly string[]) {
  const before = useRef<readonly string[]>(ids);
  const key = ids.join(',');
  useEffect(() => {
    const kept = keptSelection(before.current, ids, controls.selected.value);
    if (kept !== controls.selected.value) controls.selected.value = kept;
    before.current = ids;
    // `key` stands for the list's content: the effect runs when the list changes, not at every render.
  }, [key]);
}

interface PaneSources {
  readonly state: Connection['state']['value'];
  readonly session: NonNullable<Connection['state']['value']['session']>;
  readonly controls: CockpitControls;
  readonly commands: ModeratorCommands;
  readonly clock: ReturnType<typeof useServerClock>;
  readonly openPoll: (poll: PollView) => void;
  readonly show: (pane: PaneId) => void;
  readonly online: boolean;
  readonly onlineWaiting: number;
}

/** The detail panes in tab order, with their counts. */
function cockpitPanes({ state, session, controls, commands, clock, openPoll, show, online, onlineWaiting }: PaneSources): Pane[] {
  const { run, send, report } = commands;
  const waiting = state.qa.questions.filter((q) => q.status === 'held' || q.status === 'pending').length;
  const panes: Pane[] = [
    {
      id: 'questions',
      count: waiting,
      content: <QaPanel qa={state.qa} role={state.role} controls={controls} run={run} send={send} report={report} />,
    },
    { id: 'queue', count: state.floor?.queue.length ?? 0, content: <FloorPanel session={session} floor={state.floor} clock={clock} run={run} /> },
    {
      id: 'polls',
      count: null,
      content: (
        <section class="moderator-polls" aria-labelledby="polls-heading">
          <h2 id="polls-heading" class="section-heading" tabIndex={-1}>
            {t('moderator.polls')}
          </h2>
          {state.polls.length === 0 && <p class="card muted">{t('moderator.noPolls')}</p>}
          <ol class="moderator-poll-list">
            {state.polls.map((poll, index) => (
              <li key={poll.id}>
                <ModeratorPollCard
                  poll={poll}
                  tally={state.tallies[poll.id]}
                  onScreen={session.activePollId === poll.id}
                  run={run}
                  openPoll={openPoll}
                  pairCandidates={pairCandidates(state.polls, index)}
                  pairedWith={state.tallies[poll.id]?.shift?.beforeId ?? null}
                  sessionId={session.id}
                />
              </li>
            ))}
          </ol>
          <PollForm run={run} disabled={false} />
        </section>
      ),
    },
    { id: 'agenda', count: null, content: <RunPanel session={session} polls={state.polls} clock={clock} run={run} openPoll={openPoll} /> },
    { id: 'screen', count: null, content: <ProjectorControl session={session} polls={state.polls} run={run} /> },
    { id: 'balance', count: null, content: <BalancePanel meter={state.balance} clock={clock} /> },
    {
      id: 'panel',
      count: null,
      content: (
        <div class="cockpit-pane-stack">
          <PanelSpeakers speakers={session.speakers} current={state.floor?.current ?? null} run={run} />
          <SpeakerNoteForm speakers={session.speakers} run={run} />
        </div>
      ),
    },
    { id: 'notes', count: state.desk?.notes.length ?? null, content: <RapporteurNotesPane state={state} session={session} /> },
  ];
  if (!online) return panes;
  const onlinePane: Pane = {
    id: 'online',
    count: (state.floor?.waiting.online ?? 0) + onlineWaiting,
    content: <OnlineRoomPane session={session} floor={state.floor} presence={state.presence} balance={state.balance} qa={state.qa} onlineWaiting={onlineWaiting} run={run} showQuestions={() => show('questions')} />,
  };
  return [onlinePane, ...panes];
}

/** The earlier polls a poll can be paired with: same kind with shares per option, same options (POLL-34). */
function pairCandidates(polls: readonly PollView[], index: number): PollView[] {
  const poll = polls[index];
  if (!poll || !PAIRABLE_KINDS.includes(poll.kind)) return [];
  const labels = poll.options.map((o) => o.label).join('\n');
  return polls.slice(0, index).filter((p) => p.kind === poll.kind && p.options.map((o) => o.label).join('\n') === labels);
}
