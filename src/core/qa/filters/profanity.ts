import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import { clean } from './normalize.ts';

/** Profanity (FILTER-3): obscenity's English dataset with its recommended transformers. */

const english = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });

/** True when the text holds a profane word. */
export function hasProfanity(text: string): boolean {
  return english.hasMatch(clean(text));
}
