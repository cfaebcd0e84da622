/**
 * English texts of the video-platform integrations (issue 17): where a hand came from, the
 * page inside a call. Spread into the English catalog.
 */
export const callsEn = {
  'calls.source.zoom': 'via Zoom',
  'calls.source.webex': 'via Webex',
  'calls.source.jitsi': 'via Jitsi',
  'calls.jitsi.title': 'The Jitsi meeting',
  'calls.jitsi.failed': 'The Jitsi meeting could not be loaded.',
  'calls.inZoom': 'Connected in Zoom: your Zoom hand raises your hand here.',
} as const;
