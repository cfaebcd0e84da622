/** Bumped on any change that an older client cannot understand. */
export const PROTOCOL_VERSION = 5;

/** The server refuses frames larger than this many bytes. */
export const MAX_FRAME_BYTES = 16 * 1024;
