import { common } from './common.ts';
import { da } from './da.ts';
import { en } from './en.ts';
import { nb } from './nb.ts';
import { nn } from './nn.ts';
import { sv } from './sv.ts';
import type { Lexicon } from './types.ts';

/** Every lexicon is scanned for every message: customers mix languages. */
export const lexicons: readonly Lexicon[] = [common, nb, nn, da, sv, en];
