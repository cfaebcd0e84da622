import { describe, expect, it } from 'vitest';
import { PROJECTOR_MODES } from '../../core/agenda/runTypes.ts';
import { projectorStage, type StageMaterial } from './projectorStage.ts';

const NOTHING: StageMaterial = { poll: false, pollOpen: false, floor: true, floorActive: false, question: false, balance: false };
const EVERYTHING: StageMaterial = { poll: true, pollOpen: true, floor: true, floorActive: true, question: true, balance: true };

describe('projector stage', () => {
  it('PROJ-1: each chosen mode shows its own material when there is some', () => {
    expect(PROJECTOR_MODES.map((mode) => projectorStage(mode, EVERYTHING))).toEqual(['pollQuestion', 'idle', 'agenda', 'poll', 'question', 'speaker', 'queue', 'balance']);
  });

  it('PROJ-1: a mode without its material falls back to the agenda item, never an empty screen', () => {
    expect(PROJECTOR_MODES.map((mode) => projectorStage(mode, NOTHING))).toEqual(['idle', 'idle', 'agenda', 'agenda', 'agenda', 'speaker', 'queue', 'agenda']);
    expect(projectorStage('speaker', { ...NOTHING, floor: false })).toBe('agenda');
  });

  it('PROJ-1: auto keeps the screen’s own choice: an open poll, else the floor, else the latest poll, else the title', () => {
    expect(projectorStage('auto', { ...NOTHING, poll: true, pollOpen: true, floorActive: true })).toBe('poll');
    expect(projectorStage('auto', { ...NOTHING, poll: true, pollOpen: false, floorActive: true })).toBe('floor');
    expect(projectorStage('auto', { ...NOTHING, poll: true })).toBe('poll');
    expect(projectorStage('auto', NOTHING)).toBe('idle');
  });

  it('PROJ-4: in auto, the question being answered shows even while a poll is open: they share the stage', () => {
    expect(projectorStage('auto', { ...NOTHING, poll: true, pollOpen: true, question: true })).toBe('pollQuestion');
    expect(projectorStage('auto', { ...NOTHING, poll: true, pollOpen: true, question: true, floorActive: true })).toBe('pollQuestion');
    // A closed poll gives way to the question.
    expect(projectorStage('auto', { ...NOTHING, poll: true, pollOpen: false, question: true })).toBe('question');
  });
});
