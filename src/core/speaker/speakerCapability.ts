import { capability } from '../capability.ts';
import { speakerCommands } from './speakerCommands.ts';
import { decideSpeakerNote, evolveSpeakerNotes } from './speakerNotes.ts';
import { SPEAKER_EVENT_TYPES } from './speakerTypes.ts';

/** Private notes from the moderators to one panel speaker (SPEAK rules). */
export const speakerCapability = capability({ name: 'speaker', commands: speakerCommands, decide: decideSpeakerNote, events: SPEAKER_EVENT_TYPES, evolve: evolveSpeakerNotes });
