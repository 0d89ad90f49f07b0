import type { Lexicon } from './types.ts';

/**
 * Proper names that read the same in every language. A bare name is weaker than a sentence
 * around it ("writing a review on Trustpilot" is in the language files): review sites and
 * authorities are rarely named without a reason, social networks often are ("saw your ad on
 * Facebook"), so those only hint.
 */
export const common: Lexicon = {
  language: 'any',
  entries: [
    {
      group: 'public',
      strength: 'signal',
      label: 'mentions Trustpilot',
      patterns: ['trust ?pil+ot+~|truspilot~|trustpiolt~|trustpliot~'],
    },
    { group: 'public', strength: 'signal', label: 'mentions Tripadvisor', patterns: ['trip ?advis[oe]r'] },
    {
      group: 'public',
      strength: 'signal',
      label: 'mentions a review site',
      patterns: ['yelp|google ?(?:reviews?|anmeldelse~|omtale~|recension~)|reco\\.se'],
    },
    {
      group: 'public',
      strength: 'signal',
      label: 'mentions the press',
      patterns: [
        'dagbladet|aftenposten|forbrukerinspektørene|tipsmottaket|ekstra ?bladet|politiken|aftonbladet|expressen|kalla fakta|uppdrag granskning|journalist~',
      ],
    },
    {
      group: 'public',
      strength: 'hint',
      label: 'mentions Facebook',
      patterns: ['face ?book~|facebok~|facbook~|fjesboka'],
    },
    { group: 'public', strength: 'hint', label: 'mentions Instagram', patterns: ['insta ?gram~'] },
    { group: 'public', strength: 'hint', label: 'mentions TikTok', patterns: ['tik ?tok~'] },
    {
      group: 'public',
      strength: 'hint',
      label: 'mentions social media',
      patterns: ['twitter|youtube|reddit|snapchat'],
    },
    {
      group: 'formal',
      strength: 'threat',
      label: 'mentions the consumer council',
      patterns: [
        'forb?r?u[kg]+[ae]r ?r?(?:å|a|aa)de[tn]?(?: tænk)?|forbruk[ae]r ?r[åa]d|consumer council|hallå konsument',
      ],
    },
    {
      group: 'formal',
      strength: 'threat',
      label: 'mentions a consumer authority',
      patterns: [
        'forbrukertilsyn(?:et)?|forbrukerombud(?:et)?|forbrukarombod(?:et)?|forbrugerombudsmand(?:en)?|konsumentverk(?:et|ert)?|konsumenteverket|konsumentombudsman(?:nen)?|trading standards|citizens advice|better business bureau|konsumentvägledar(?:e|en|na)',
      ],
    },
    {
      group: 'formal',
      strength: 'threat',
      label: 'mentions a complaints board',
      patterns: [
        'allmän?n?a reklamationsnämnd(?:en)?|reklamationsnämnd(?:en)?|forbrugerklagenævn(?:et)?|nævnenes hus|center for klageløsning|ankenævn(?:et)?|forbrukerklageutvalg(?:et)?|finansklagenemnd(?:a|en)?|transportklagenemnd(?:a|en)?|pakkereiseklager',
      ],
    },
    {
      group: 'formal',
      strength: 'threat',
      label: 'mentions a court',
      patterns: [
        'forliksråd(?:et)?|småsagsret(?:ten)?|småsagsprocess(?:en)?|tingsrätt(?:en)?|tingrett(?:en)?|kronofogd(?:en|e)|small claims(?: court)?',
      ],
    },
    { group: 'formal', strength: 'threat', label: 'mentions a chargeback', patterns: ['charge ?backs?'] },
  ],
  neutral: [],
  negation: { negators: [], bridges: [], veils: [], conditionals: [] },
};
