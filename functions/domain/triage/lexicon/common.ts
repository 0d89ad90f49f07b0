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
      frame: 'mention',
      strength: 'signal',
      label: 'mentions Trustpilot',
      patterns: ['trust ?pil+ot+~|truspilot~|trustpiolt~|trustpliot~'],
    },
    {
      group: 'public',
      frame: 'mention',
      strength: 'signal',
      label: 'mentions Tripadvisor',
      patterns: ['trip ?advis[oe]r'],
    },
    {
      group: 'public',
      frame: 'mention',
      strength: 'signal',
      label: 'mentions a review site',
      patterns: ['yelp|google ?(?:reviews?|anmeldelse~|omtale~|recension~)|reco\\.se'],
    },
    {
      group: 'public',
      frame: 'press',
      strength: 'signal',
      label: 'mentions the press',
      patterns: [
        'bbc|dagbladet|aftenposten|forbrukerinspektørene|tipsmottaket|ekstra ?bladet|politiken|aftonbladet|expressen|kalla fakta|uppdrag granskning',
        '{paper}',
      ],
    },
    {
      // Customers rarely name a journalist unless they have one in mind; "I am a journalist" is masked.
      group: 'public',
      frame: 'press',
      strength: 'threat',
      label: 'mentions a journalist',
      patterns: ['journalist~|reporter~|journo'],
    },
    {
      group: 'public',
      frame: 'mention',
      strength: 'hint',
      label: 'mentions Facebook',
      patterns: ['face ?book~|facebok~|facbook~|fjesboka'],
    },
    {
      group: 'public',
      frame: 'mention',
      strength: 'hint',
      label: 'mentions Instagram',
      patterns: ['insta ?gram~'],
    },
    {
      group: 'public',
      frame: 'mention',
      strength: 'hint',
      label: 'mentions TikTok',
      patterns: ['tik ?tok~'],
    },
    {
      group: 'public',
      frame: 'mention',
      strength: 'hint',
      label: 'mentions social media',
      patterns: ['twitter|youtube|reddit|snapchat'],
    },
    {
      group: 'formal',
      frame: 'authority',
      strength: 'threat',
      label: 'mentions the consumer council',
      patterns: [
        'forb?r?u[kg]+[ae]r ?r?(?:å|a|aa)de[tn]?(?: tænk)?|forbruk[ae]r ?r[åa]d|consumer council|hallå konsument',
      ],
    },
    {
      group: 'formal',
      frame: 'authority',
      strength: 'threat',
      label: 'mentions a consumer authority',
      patterns: [
        'forbrukertilsyn(?:et)?|forbrukerombud(?:et)?|forbrukarombod(?:et)?|forbrugerombudsmand(?:en)?|konsumentverk(?:et|ert)?|konsumenteverket|konsumentombudsman(?:nen)?|trading standards|citizens advice|better business bureau|konsumentvägledar(?:e|en|na)',
        '{authority}',
      ],
    },
    {
      group: 'formal',
      frame: 'authority',
      strength: 'threat',
      label: 'mentions a complaints board',
      patterns: [
        'allmän?n?a reklamationsnämnd(?:en)?|reklamationsnämnd(?:en)?|forbrugerklagenævn(?:et)?|nævnenes hus|center for klageløsning|ankenævn(?:et)?|forbrukerklageutvalg(?:et)?|finansklagenemnd(?:a|en)?|transportklagenemnd(?:a|en)?|pakkereiseklager',
      ],
    },
    {
      group: 'formal',
      frame: 'legal',
      strength: 'threat',
      label: 'mentions a court',
      patterns: [
        'forliksråd(?:et)?|småsagsret(?:ten)?|småsagsprocess(?:en)?|tingsrätt(?:en)?|tingrett(?:en)?|kronofogd(?:en|e)|small claims(?: court)?',
      ],
    },
    {
      group: 'formal',
      frame: 'bank',
      strength: 'threat',
      label: 'mentions a chargeback',
      patterns: ['charge ?backs?|section ?75(?: claim)?'],
    },
    {
      // A complaint that names the card company is usually about taking the money back.
      group: 'formal',
      frame: 'bank',
      strength: 'signal',
      label: 'mentions the card company',
      patterns: [
        'kort ?selskap~|kortutsteder~|kortudsteder~|kortföretag~|kortutgivar~|kreditkortsföretag~|kredittkortselskap~|(?:credit )?card (?:company|provider|issuer)',
      ],
    },
    {
      // "Aldri igjen" with words between, in any of the four languages: the negation is the signal.
      group: 'leaving',
      frame: 'leave',
      strength: 'signal',
      label: 'says never again',
      patterns: [
        '(?:aldri|aldrig|never) (?:\\p{L}+ ){0,2}(?:handl~|kom~|bestill~|beställ~|kjøp~|køb~|köp~|spis~|ät~|bruk~|brug~|använd~|book~|order~|shop~|buy~|eat~|use|using|visit~|return~|come|coming|set~ (?:min |mine )?(?:fot|fod)) (?:\\p{L}+ ){0,3}(?:igjen|igen|att|attende|again|mer|mere|meir|hos dere|hos jer|hos er|hjå dykk|herfra|herifrå|härifrån|from you)',
      ],
    },
    {
      group: 'public',
      frame: 'press',
      strength: 'threat',
      label: 'will go to the press',
      patterns: [
        '(?:the )?(?:{press}) (?:would|will|might|could|hadde|ville|vil|skulle|kunne) (?:nok |sikkert |säkert |definitely |surely |love |be )?(?:interested|love|like|enjoy|syntes|synes|tycka|likt|elske~|være interessert|vara intresserad~|fundet)',
      ],
    },
  ],
  neutral: [
    "(?:jeg er|eg er|jobber som|jobbar som|arbejder som|jobber selv som|jag är|i'm a|i am a|im a|as a|work as a) (?:journalist|reporter)~",
  ],
  negation: { negators: [], bridges: [], veils: [], conditionals: [] },
};
