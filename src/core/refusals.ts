import type { ErrorCode } from './errorCodes.ts';

/**
 * Every reason a command or request can be refused, with its error code and its English text
 * (PROTO-8). A client branches on `code`, shows the text its own catalog holds for
 * `refusal.<reason>` (filled with the refusal's params) and falls back to `message`.
 * `{name}` in a text is a parameter the refusal must carry. A text that counts things ("at most
 * {max} notes") gives its singular as `one`, used when its count (its first number) is 1; the
 * catalogs give it as a plural message, `refusal.<reason>.one` / `.other` (I18N-6).
 */
export const REFUSALS = {
  // Protocol and transport (PROTO-1..PROTO-6).
  'frame.tooLarge': { code: 'frame_too_large', text: 'frames are limited to {max} bytes', one: 'frames are limited to {max} byte' },
  'frame.notText': { code: 'bad_frame', text: 'frames are JSON text' },
  'frame.notJson': { code: 'bad_frame', text: 'the frame is not JSON' },
  'frame.invalid': { code: 'bad_frame', text: '{path}: {issue}' },
  'protocol.mismatch': { code: 'protocol_mismatch', text: 'this server speaks protocol {version}' },
  'hello.repeated': { code: 'bad_frame', text: 'hello was already sent' },
  'hello.required': { code: 'not_authenticated', text: 'send hello first' },
  'link.invalid': { code: 'unauthorised', text: 'this link is not valid (any more)' },
  'link.revoked': { code: 'unauthorised', text: 'the host revoked this link' },
  'connection.rateLimited': { code: 'rate_limited', text: 'too many commands; slow down' },
  'connection.flooding': { code: 'rate_limited', text: 'too many commands for too long: the connection is closed' },
  'connection.coolingDown': { code: 'rate_limited', text: 'this link was cut off for flooding; connect again in {retryAfterSeconds} s' },
  'connection.tooMany': { code: 'rate_limited', text: 'too many connections at once from this link or network' },
  'hello.timeout': { code: 'not_authenticated', text: 'no hello in time: the connection is closed' },
  'command.forbidden': { code: 'forbidden', text: 'a {role} may not {command}' },
  'command.duplicate': { code: 'duplicate_command', text: 'the command id {id} was already used for a different command' },
  'command.rateLimited': { code: 'rate_limited', text: 'too many at once; please wait a moment' },
  'server.commitFailed': { code: 'internal', text: 'the server could not save this; please retry' },
  'server.internal': { code: 'internal', text: 'something went wrong on the server' },
  'server.notReady': { code: 'internal', text: 'the server cannot save anything right now' },
  'server.draining': { code: 'internal', text: 'the server is restarting; this is sent again once reconnected' },
  'web.notBuilt': { code: 'internal', text: 'the web app is not built: run npm run build (npm start does it for you)' },

  // HTTP routes.
  'request.invalid': { code: 'invalid_input', text: 'send {expected}' },
  'input.invalid': { code: 'invalid_input', text: '{path}: {issue}' },
  'request.rejected': { code: 'invalid_input', text: 'the request was refused: {detail}' },
  'request.tooLarge': { code: 'invalid_input', text: 'the request body is too large' },
  'request.rateLimited': { code: 'rate_limited', text: 'too many requests; try again in a moment' },
  'route.notFound': { code: 'not_found', text: 'no route {method} {path}' },
  'origin.forbidden': { code: 'forbidden', text: 'this page may not connect from {origin}' },
  'host.tokenRequired': { code: 'unauthorised', text: 'this needs the host token as a Bearer token' },
  'session.notFound': { code: 'not_found', text: 'no such session' },
  'session.unknownCode': { code: 'not_found', text: 'no session has this code' },
  'session.deleted': { code: 'not_found', text: 'This session was deleted' },
  'session.deleteNotConfirmed': { code: 'invalid_input', text: 'deleting a session cannot be undone: to confirm, send {expected}' },
  'join.rateLimited': { code: 'rate_limited', text: 'too many joins from this network; try again in {retryAfterSeconds} s' },
  'join.tooManyWrongCodes': { code: 'rate_limited', text: 'too many wrong join codes from this network; check the code, or try again in {retryAfterSeconds} s' },
  'request.tooMany': { code: 'rate_limited', text: 'too many requests from this network; try again in {retryAfterSeconds} s' },
  'request.serverBusy': { code: 'rate_limited', text: 'the server is busy; try again in {retryAfterSeconds} s' },
  'host.tooManyAttempts': { code: 'rate_limited', text: 'too many wrong host tokens from this network; try again in {retryAfterSeconds} s' },
  'plan.invalid': { code: 'invalid_input', text: 'invalid plan: {path}: {issue}' },
  'template.unknown': { code: 'not_found', text: 'no template "{name}"; known: {known}' },
  'invite.speakerNeedsPanel': { code: 'invalid_input', text: 'a speaker link names a panel speaker of the plan' },
  'invite.notFound': { code: 'not_found', text: 'no such link, or it is already revoked' },

  // Organisers (ORG rules).
  'organiser.revoked': { code: 'unauthorised', text: 'this organiser access was revoked' },
  'organiser.notYourSession': { code: 'forbidden', text: 'this organiser access does not include this session' },
  'organiser.adminOnly': { code: 'forbidden', text: 'only the deployment’s admin may do this' },
  'organiser.notFound': { code: 'not_found', text: 'no such organiser access, or it is already revoked' },
  'organiser.unknownSession': { code: 'invalid_input', text: 'there is no session {sessionId}' },
  // The rapporteur's desk (REPORT-6..REPORT-10).
  'desk.noSuchNote': { code: 'not_found', text: 'no such note' },
  'desk.emptyNote': { code: 'invalid_input', text: 'write something, or pull something in' },
  'desk.tooMany': { code: 'invalid_state', text: 'a session holds at most {max} notes', one: 'a session holds at most {max} note' },
  'desk.notPublished': { code: 'invalid_state', text: 'only a published question can be pulled in' },
  'desk.noSuchIntervention': { code: 'not_found', text: 'no such intervention on the timeline' },

  // Follow-up sign-up (REPORT-13).
  'followup.none': { code: 'not_found', text: 'the host has announced no follow-up event for this session' },
  'followup.underEighteen': { code: 'forbidden', text: 'no contact is asked of anyone under 18: use the host’s public link instead' },
  'followup.participantRequired': { code: 'unauthorised', text: 'this needs your participant token as a Bearer token' },

  // The video platforms (INTEG rules).
  'webhook.notConfigured': { code: 'not_found', text: 'this session takes no webhooks from {platform}: the host has not set it up' },
  'webhook.badSignature': { code: 'unauthorised', text: 'the webhook signature does not match' },
  'webhook.stale': { code: 'unauthorised', text: 'the webhook is too old (more than {minutes} minutes)', one: 'the webhook is too old (more than {minutes} minute)' },
  'webhook.replayed': { code: 'duplicate_command', text: 'this webhook was received already' },
  'platform.contextRefused': { code: 'unauthorised', text: 'the Zoom app context was refused: {problem}' },
  'platform.staffRequired': { code: 'unauthorised', text: 'this needs a moderator link of this session as a Bearer token' },

  // The session report (REPORT rules).
  'report.accessRequired': { code: 'unauthorised', text: 'this needs the host token or the session’s rapporteur link as a Bearer token' },
  'report.textChanged': { code: 'invalid_state', text: 'someone saved the report’s text since you opened it (now revision {revision}): reload it and make your changes again' },
  'report.fontsMissing': { code: 'internal', text: 'the PDF needs fonts that are not installed on the server: {packages}' },

  // Participants and the code of conduct (GUIDE-3).
  'participant.only': { code: 'forbidden', text: 'only participants {action}' },
  'participant.channelFirst': { code: 'invalid_state', text: 'say first whether you are in the room or online' },
  'participant.youthNoGender': { code: 'invalid_input', text: 'in youth mode nobody is asked for a gender, and none is kept' },
  'conduct.required': { code: 'conduct_required', text: 'accept the code of conduct before your first contribution' },

  // The floor (FLOOR rules).
  'floor.youthNoNames': { code: 'invalid_input', text: 'in youth mode participants are not shown by name' },
  'floor.alreadyRaised': { code: 'invalid_state', text: 'your hand is already raised' },
  'floor.youHaveFloor': { code: 'invalid_state', text: 'you have the floor' },
  'floor.nothingToReplyTo': { code: 'invalid_state', text: 'nobody is speaking: there is nothing to reply to' },
  'floor.notRaised': { code: 'invalid_state', text: 'your hand is not raised' },
  'floor.notYourTurn': { code: 'invalid_state', text: 'you do not have the floor' },
  'floor.handOrPanel': { code: 'invalid_input', text: 'give the floor to a hand or to a panel speaker, not both' },
  'floor.noSuchPanelSpeaker': { code: 'not_found', text: 'the plan has no panel speaker {number}' },
  'floor.panelSpeaking': { code: 'invalid_state', text: '{name} has the floor already' },
  'floor.nobodyWaiting': { code: 'invalid_state', text: 'nobody is waiting for the floor' },
  'floor.noSuchHand': { code: 'not_found', text: 'this hand is not in the queue' },
  'floor.nobodySpeaking': { code: 'invalid_state', text: 'nobody has the floor' },
  'floor.onlyRepliesJump': { code: 'invalid_state', text: 'only a direct reply can be given priority; move the hand instead' },
  'floor.policyInUse': { code: 'invalid_state', text: 'this queue policy is already in use' },
  'floor.warningAfterLimit': { code: 'invalid_input', text: 'the warning must come before the end of the time limit' },
  'floor.balanceAlreadyShown': { code: 'invalid_state', text: 'the balance is already on the big screen' },
  'floor.balanceAlreadyHidden': { code: 'invalid_state', text: 'the balance is not on the big screen' },

  // The plan and the run of show (RUN rules).
  'plan.startedItemRemoved': { code: 'invalid_state', text: 'agenda item {number} ("{title}") has started and cannot be removed' },
  'plan.startedItemRenamed': { code: 'invalid_state', text: 'agenda item {number} has started: its title and place stay' },
  'plan.protectedSetting': { code: 'forbidden', text: 'only the host may change {setting}: it protects participants' },
  'run.alreadyStarted': { code: 'invalid_state', text: 'the run has already started' },
  'run.ended': { code: 'invalid_state', text: 'the run has ended' },
  'run.notStarted': { code: 'invalid_state', text: 'the run has not started' },
  'run.emptyAgenda': { code: 'invalid_state', text: 'the agenda is empty: add an item first' },
  'run.lastItem': { code: 'invalid_state', text: 'this is the last item: end the run instead' },
  'run.firstItem': { code: 'invalid_state', text: 'this is the first item' },
  'run.noSuchItem': { code: 'not_found', text: 'there is no agenda item {number}' },
  'run.itemRunning': { code: 'invalid_state', text: 'this item is already running' },
  'screen.noPollYet': { code: 'invalid_state', text: 'no poll has been opened yet: name one' },
  'screen.pollDraft': { code: 'invalid_state', text: 'open the poll before showing it' },
  'screen.pollIdOutOfMode': { code: 'invalid_input', text: 'pollId goes with the poll mode only' },

  // Polls (POLL rules).
  'poll.tooMany': { code: 'invalid_state', text: 'a session holds at most {max} polls', one: 'a session holds at most {max} poll' },
  'poll.notFound': { code: 'not_found', text: 'no such poll' },
  'poll.alreadyOpen': { code: 'invalid_state', text: 'the poll is already open' },
  'poll.anotherOpen': { code: 'invalid_state', text: 'another poll is open ("{question}"): close it first, or open this one alongside it' },
  'poll.notOpen': { code: 'invalid_state', text: 'only an open poll can be closed' },
  'poll.closed': { code: 'invalid_state', text: 'the poll is closed' },
  'poll.draftHasNoResults': { code: 'invalid_state', text: 'a draft poll has no results to reveal' },
  'poll.alreadyRevealed': { code: 'invalid_state', text: 'results are already revealed' },
  'poll.alreadyHidden': { code: 'invalid_state', text: 'results are already hidden' },
  'poll.closeBeforeDelete': { code: 'invalid_state', text: 'close the poll before deleting it' },
  'poll.unknownOption': { code: 'invalid_input', text: 'option {option} is not part of this poll' },
  'poll.optionTwice': { code: 'invalid_input', text: 'an option may be chosen only once' },
  'poll.exactlyOne': { code: 'invalid_input', text: 'this poll takes exactly one option' },
  'poll.atLeastOne': { code: 'invalid_input', text: 'choose at least one option' },
  'poll.tooManyChoices': { code: 'invalid_input', text: 'choose at most {max} options', one: 'choose at most {max} option' },
  'poll.rankAll': { code: 'invalid_input', text: 'rank every option, each once' },
  'poll.writeInstead': { code: 'invalid_input', text: 'this poll takes words or text, not options' },
  'poll.chooseInstead': { code: 'invalid_input', text: 'this poll takes options, not text' },
  'poll.tooManyWords': { code: 'invalid_input', text: 'at most {max} words', one: 'at most {max} word' },
  'poll.noWords': { code: 'invalid_input', text: 'write a word that means something (not only "the" or "and")' },
  'poll.wordTooLong': { code: 'invalid_input', text: 'a word or short phrase of at most {max} characters', one: 'a word or short phrase of at most {max} character' },
  'poll.oneAnswer': { code: 'invalid_input', text: 'this poll takes one answer' },
  'poll.emptyAnswer': { code: 'invalid_input', text: 'write an answer first' },
  'poll.timeUp': { code: 'invalid_state', text: 'time is up for this question' },
  'poll.noTimer': { code: 'invalid_state', text: 'only an open quiz has a timer that runs out' },
  'poll.timeNotUp': { code: 'invalid_state', text: 'the quiz’s time is not up yet' },
  'poll.nothingToJudge': { code: 'invalid_state', text: 'only words and answers are approved or hidden' },
  'poll.exportAccess': { code: 'unauthorised', text: 'this needs the host token or a moderator link of this session as a Bearer token' },
  'poll.alreadyJudged': { code: 'invalid_state', text: 'that word or answer already has this verdict' },
  'poll.pairSelf': { code: 'invalid_input', text: 'a poll cannot be paired with itself' },
  'poll.pairKind': { code: 'invalid_input', text: 'only two polls of the same kind, with shares per option (choice, rating, quiz), can be paired' },
  'poll.pairOptions': { code: 'invalid_input', text: 'a pair asks the same question: both polls need the same options in the same order' },
  'poll.notPaired': { code: 'invalid_state', text: 'the poll is not paired' },
  'poll.alreadyPaired': { code: 'invalid_state', text: 'the poll is already paired with that one' },
  'poll.pairOrder': { code: 'invalid_input', text: 'the earlier poll of a pair must have been prepared before the later one' },
  'poll.noBreakdown': { code: 'invalid_input', text: 'only polls with shares per option (choice, rating, quiz) can be shown by group' },
  'poll.breakdownAlreadyShown': { code: 'invalid_state', text: 'the results are already shown that way' },

  // Questions (QA rules).
  'qa.anonymous': { code: 'invalid_input', text: 'questions are anonymous in this session' },
  'qa.tooLong': { code: 'invalid_input', text: 'a question has at most {max} characters', one: 'a question has at most {max} character' },
  'qa.tooMany': { code: 'invalid_state', text: 'a session holds at most {max} questions', one: 'a session holds at most {max} question' },
  'qa.notFound': { code: 'not_found', text: 'no such question' },
  'qa.editOnlyWaiting': { code: 'invalid_state', text: 'a question can be changed only while it waits for a moderator' },
  'qa.withdrawOnlyWaiting': { code: 'invalid_state', text: 'a question can be withdrawn only while it waits for a moderator' },
  'qa.upvoteOnlyPublished': { code: 'invalid_state', text: 'only published questions take upvotes' },
  'qa.ownQuestion': { code: 'forbidden', text: 'you cannot upvote your own question' },
  'qa.alreadyDecided': { code: 'invalid_state', text: 'the question is already {status}' },
  'qa.merged': { code: 'invalid_state', text: 'the question was merged into another' },
  'qa.answerOnlyPublished': { code: 'invalid_state', text: 'only a published question can be marked answered' },
  'qa.archiveOnlyPublic': { code: 'invalid_state', text: 'only published or answered questions are archived' },
  'qa.nonePinned': { code: 'invalid_state', text: 'no question is pinned' },
  'qa.pinOnlyPublished': { code: 'invalid_state', text: 'only a published question can be pinned' },
  'qa.alreadyPinned': { code: 'invalid_state', text: 'the question is already on the big screen' },
  'qa.noneWaiting': { code: 'invalid_state', text: 'no published question is waiting' },
  'qa.mergeIntoItself': { code: 'invalid_input', text: 'a question cannot be merged into itself' },
  'qa.notMergeable': { code: 'invalid_state', text: 'this question cannot be merged' },
  'qa.mergeIntoPublished': { code: 'invalid_state', text: 'merge into a published question' },
  'qa.replyUnchanged': { code: 'invalid_state', text: 'the reply is already so' },
  'qa.forwardOnlyOnline': { code: 'invalid_state', text: 'only online questions are forwarded to the room' },
  'qa.forwardOnlyPublished': { code: 'invalid_state', text: 'only a published question can be forwarded' },
  'qa.alreadyForwarded': { code: 'invalid_state', text: 'the question was already forwarded' },
  'qa.policyInUse': { code: 'invalid_state', text: 'this question order is already in use' },
  'qa.changedSinceSeen': { code: 'invalid_state', text: 'the question changed while you were reading it; read the new text (version {version}) first' },
  'qa.emptyText': { code: 'invalid_input', text: 'write a question: this text has no visible letters or signs' },
  'qa.controlCharacter': { code: 'invalid_input', text: 'the text holds an invisible control character; type it again without it' },
} as const satisfies Record<string, { readonly code: ErrorCode; readonly text: string; readonly one?: string }>;

export type RefusalReason = keyof typeof REFUSALS;

/** A refusal's parameter value. */
export type RefusalParam = string | number;
export type RefusalParams = Readonly<Record<string, RefusalParam>>;

/** The `{name}` placeholders of a text, as a union of names. */
type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/**
 * The parameters a reason takes: its placeholders, plus an optional `path` naming the field
 * the refusal is about (a plan refusal points at `agenda.2.title`).
 */
export type ParamsOf<R extends RefusalReason> = Readonly<Record<Placeholders<(typeof REFUSALS)[R]['text']>, RefusalParam>> & { readonly path?: string };

/** `[params]` when the reason has placeholders, `[params?]` when it has none. */
export type ParamsArgs<R extends RefusalReason> = [Placeholders<(typeof REFUSALS)[R]['text']>] extends [never] ? [params?: { readonly path?: string }] : [params: ParamsOf<R>];

/** Fills `{name}` placeholders of `text` from `params`; an unknown name stays as written. */
export function fillText(text: string, params: RefusalParams): string {
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    return value === undefined ? placeholder : String(value);
  });
}

/** The reasons whose text counts things, and so is a plural message in the catalogs (I18N-6). */
export type PluralRefusalReason = { [R in RefusalReason]: (typeof REFUSALS)[R] extends { readonly one: string } ? R : never }[RefusalReason];

/** The first number among the params that `text` names: the count a plural text agrees with. */
export function countOf(text: string, params: RefusalParams): number | undefined {
  for (const [, name] of text.matchAll(/\{(\w+)\}/g)) {
    const value = params[name ?? ''];
    if (typeof value === 'number') return value;
  }
  return undefined;
}

/** The English text of `reason` filled with `params`, in the singular when it counts one thing. */
export function englishText(reason: RefusalReason, params: RefusalParams): string {
  const entry: { readonly text: string; readonly one?: string } = REFUSALS[reason];
  const text = entry.one !== undefined && countOf(entry.text, params) === 1 ? entry.one : entry.text;
  return fillText(text, params);
}

export function isRefusalReason(value: unknown): value is RefusalReason {
  return typeof value === 'string' && Object.hasOwn(REFUSALS, value);
}
