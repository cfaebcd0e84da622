/**
 * English texts of the host's follow-up event (REPORT-13): the phone's sign-up card and the
 * host's panel. Spread into the later part (later.<lang>.ts): a phone shows the card only when
 * the host announced an event, so its texts are fetched when it first shows (WEB-7).
 */
export const followUpEn = {
  'followUp.heading': 'After this session',
  'followUp.kind.webinar': 'Webinar',
  'followUp.kind.training': 'Training',
  'followUp.kind.partnership_call': 'Partnership call',
  'followUp.when': 'When: {time}',
  'followUp.ageQuestion': 'Are you under 18?',
  'followUp.ageYes': 'Yes, I am under 18',
  'followUp.ageNo': 'No, I am 18 or older',
  'followUp.youthLink': 'We do not ask you for an e-mail or a phone number. You can find out more on the organisers’ page:',
  'followUp.youthNoLink': 'We do not ask you for an e-mail or a phone number. Ask the organisers how to join.',
  'followUp.publicLink': 'The organisers’ page',
  'followUp.contact': 'Your e-mail or phone number',
  'followUp.contactHint': 'Only the host sees it. It is deleted with the session’s data.',
  'followUp.consent': 'Use my contact only to tell me about this event.',
  'followUp.signUp': 'Sign me up',
  'followUp.signedUp': 'You are signed up. The host will contact you about this event only.',
  'followUp.failed': 'That did not work. Check your contact and try again.',
  'followUp.announce': 'Announce',
} as const;
