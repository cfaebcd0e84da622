/**
 * English texts of the accessibility work (issue 18): the moderator console's skip links and
 * the participant's live announcements. Spread into the English catalog.
 */
export const a11yEn = {
  'a11y.skipLinks': 'Skip links',
  'a11y.skip.floor': 'Skip to the floor now',
  'a11y.skip.room': 'Skip to polls and questions now',
  'a11y.skip.questions': 'Skip to the questions waiting',
  'a11y.skip.panes': 'Skip to the detail tabs',
  'a11y.announcements': 'Announcements',
  'a11y.questionPublished': 'Your question was published: everyone can see it now.',
  'a11y.shortcutsOn': 'One-key shortcuts on (turn them off if you use speech input)',
} as const;
