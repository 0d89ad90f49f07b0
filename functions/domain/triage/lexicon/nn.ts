import type { Lexicon } from './types.ts';

/**
 * Norwegian nynorsk: only the forms that differ from bokmål (eg, ikkje, seie opp, kjem attende,
 * Forbrukarrådet, gong). Messages often mix the two, so both lexicons are always scanned.
 */
export const nn: Lexicon = {
  language: 'nn',
  entries: [
    {
      group: 'public',
      strength: 'threat',
      label: 'will post it on social media',
      patterns: [
        '(?:leggj?e~|legg|la|lagt|post~|del~|delt|skriv~|skreiv|publiser~) (?:eg |me |vi )?(?:ut |opp )?_ (?:på|i|til|om) (?:{social}|{socialMedia})',
      ],
    },
    {
      group: 'public',
      strength: 'threat',
      label: 'will write a bad review',
      patterns: [
        '(?:skriv~|skreiv|gje~|gjev|gav|gitt|leggj?e igjen) (?:dykk |ein |ei |eit )?(?:\\p{L}+ )?(?:melding~|omtale~|vurdering~|anmeldelse~|review~) (?:på|i) {review}',
        '(?:gje~|gjev|gav|gitt) (?:dykk )?(?:1|éi|ei|ein|null|0) stjerne~',
      ],
    },
    {
      group: 'public',
      strength: 'threat',
      label: 'will warn others',
      patterns: [
        'åtvar~ (?:alle|andre|folk|venn~|familie~|nabo~|heile)',
        '(?:fortel~|fortalt|seie frå til) (?:alle|heile|venn~|folk|andre)',
      ],
    },
    {
      group: 'public',
      strength: 'signal',
      label: "won't recommend",
      patterns: ['ikkje tilrå~|tilrår ikkje|ikkje anbefal~|anbefaler ikkje'],
    },
    {
      group: 'leaving',
      strength: 'signal',
      label: 'cancelling',
      patterns: [
        '(?:seie|seier|sei|sa|sagt) opp (?:abonnement~|avtal~|medlemskap~|kontrakt~|kort~|konto~|alt|dykk)?',
        'meld~ (?:meg|oss) ut',
      ],
    },
    {
      group: 'leaving',
      strength: 'signal',
      label: 'says never again',
      patterns: [
        'aldri (?:meir|att|attende)',
        '(?:kjem|handlar|bestiller|kjøper|et) (?:eg |me |vi )?aldri (?:meir |nokon gong )?(?:tilbake|attende|att|igjen|hit|her|herifrå|hjå dykk)',
        '(?:kjem|handlar|bestiller|kjøper) (?:eg |me |vi )?ikkje (?:her |hit |herifrå )?(?:tilbake|attende|att|meir|igjen)',
        'ikkje til å (?:handle|kome|komme|bestille|kjøpe) (?:her |hit |hjå dykk |herifrå )?(?:meir|igjen|att|nokon gong)',
        '(?:var|blir|er) (?:den |det )?(?:aller )?siste gong~',
        'siste gong~ (?:eg|me|vi) (?:handlar|bestiller|kjøper|et|kjem|brukar|er her)',
      ],
    },
    {
      group: 'leaving',
      strength: 'signal',
      label: 'switching provider',
      patterns: [
        'byt~ (?:over )?(?:til )?(?:ein |eit )?(?:annan|anna|ny|nytt) (?:\\p{L}*leverandør~|bank~|operatør~|butikk~|selskap~|stad)',
      ],
    },
    {
      group: 'leaving',
      strength: 'signal',
      label: 'says they are leaving',
      patterns: [
        '(?:handle~|kjøpe~|bestille~|gå~) (?:\\p{L}+ ){0,2}(?:ein annan stad|andre stader|hjå konkurrent~|hjå andre)',
        '(?:mista|mist|tapt) (?:ein|nok ein) (?:\\p{L}+ )?kunde',
        'ferdig med dykk',
        'slutt~ å (?:handle|bruke|bestille|kjøpe|kome|komme) (?:her|hjå dykk|hit)?',
      ],
    },
    {
      group: 'formal',
      strength: 'threat',
      label: 'will contact the consumer authorities',
      patterns: [
        '(?:gå|går|gjekk|gått|klag~|meld~|kontakt~|send~ _ til|ta~ _ til|tek _ til)(?: eg| me| vi)? (?:inn )?(?:til |for |med )?{body}',
      ],
    },
    {
      group: 'formal',
      strength: 'threat',
      label: 'mentions a lawyer',
      patterns: [
        '(?:min|vår|mitt|ein|eigen) advokat~|advokaten (?:min|vår)',
        '(?:kontakt~|snakka med|snakke med|teke kontakt med|tatt kontakt med) (?:ein |min |vår )?(?:advokat~|jurist~)',
      ],
    },
    {
      group: 'formal',
      strength: 'threat',
      label: 'wants a chargeback',
      patterns: ['bestrid~ (?:eg |me )?(?:\\p{L}+ )?(?:belastning~|betaling~|kjøp~|trekk~)'],
    },
    {
      group: 'formal',
      strength: 'signal',
      label: 'cites consumer law',
      patterns: ['forbrukarkjøpslova|kjøpslova|forbrukarrett~|mine rettar'],
    },
    {
      group: 'intensity',
      strength: 'signal',
      label: 'repeated contact',
      patterns: [
        '(?:ringt|ringde|skrive|skreiv|sendt|sende|mailet|purra|spurt|spurde|kontakta|teke kontakt|tatt kontakt|klaga) _ (?:\\d+|to|tre|fire|fem|seks|sju|åtte|ni|ti|mange|fleire|utallige|x) gong(?:er|ar)',
        '(?:andre|tredje|fjerde|femte|sjette|\\d+\\.?) gong~ (?:eg|me|vi) (?:skriv|ringjer|spør|tek kontakt|purrar|klagar|sender|må)',
        'purr~ (?:for |på )?(?:andre|tredje|fjerde|femte|\\d+\\.?) gong',
        'klag~ (?:kvar|kvart|kver) gong',
      ],
    },
    {
      group: 'intensity',
      strength: 'hint',
      label: 'no answer',
      patterns: [
        '(?:framleis|enno|stadig) (?:ikkje|ingen) (?:fått )?(?:noko )?svar',
        'ingen (?:svarar|har svart|ringjer tilbake)|utan (?:å få )?svar|ikkje fått svar',
      ],
    },
    {
      group: 'intensity',
      strength: 'hint',
      label: 'again',
      patterns: ['(?:for )?(?:andre|tredje|fjerde|femte|sjette) gong~'],
    },
    {
      group: 'intensity',
      strength: 'hint',
      label: 'strong words',
      patterns: ['uakseptab~|skandal~|latterleg~|elendig~|forferdeleg~|katastrof~|ubrukeleg~|ikkje greitt'],
    },
  ],
  neutral: [
    '(?:såg|sett|fann|funne|las|lese) [^.!?\\n]{0,60}(?:på|via|i|gjennom) (?:{social}|{review})',
    '(?:vurderte|tenkte på|hadde tenkt|heldt på) (?:å )?[^.,;!?\\n]{0,80}',
    '(?:kan|kunne|vil|gidd) (?:de|du|dykk) (?:ikkje )?(?:leggj?e|lagt|post~|del~|publiser~|skrive?)',
  ],
  negation: {
    negators: ['ikkje', 'ikkj', 'aldri', 'ingen', 'inga', 'ikkje noko'],
    bridges: [
      'til',
      'å',
      'tenkt',
      'tenkjer',
      'planar',
      'planlegg',
      'om',
      'har',
      'ha',
      'lyst',
      'vil',
      'skal',
      'kjem',
      'gidd',
      'gidde',
      'orkar',
      'behov',
      'noko',
      'kan',
      'kome',
      'komme',
      'nok',
      'eigentleg',
      'heilt',
      'ønskjer',
    ],
    veils: ['måtte', 'nøydd til', 'tvinga til'],
    conditionals: ['viss', 'dersom', 'med mindre', 'om ikkje'],
  },
};
