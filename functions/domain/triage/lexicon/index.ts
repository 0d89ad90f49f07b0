import { common } from './common.ts';
import { da } from './da.ts';
import { en } from './en.ts';
import { englishConstructions, scandinavianConstructions } from './frames/constructions.ts';
import { daFrames } from './frames/da.ts';
import { enFrames } from './frames/en.ts';
import { nbFrames } from './frames/nb.ts';
import { nnFrames } from './frames/nn.ts';
import { svFrames } from './frames/sv.ts';
import type { FrameSet } from './frames/types.ts';
import { nb } from './nb.ts';
import { nn } from './nn.ts';
import { sv } from './sv.ts';
import type { Lexicon } from './types.ts';

/** A language's words and its intent frames, read as one lexicon. */
function withFrames(lexicon: Lexicon, ...sets: FrameSet[]): Lexicon {
  return {
    ...lexicon,
    entries: [...lexicon.entries, ...sets.flatMap((frames) => frames.entries)],
    neutral: [...lexicon.neutral, ...sets.flatMap((frames) => frames.neutral)],
  };
}

/** Every lexicon is scanned for every message: customers mix languages. */
export const lexicons: readonly Lexicon[] = [
  common,
  withFrames(nb, nbFrames, scandinavianConstructions),
  withFrames(nn, nnFrames),
  withFrames(da, daFrames),
  withFrames(sv, svFrames),
  withFrames(en, enFrames, englishConstructions),
];
