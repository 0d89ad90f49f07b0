import { clauseGap, type FrameSet } from './types.ts';

const CLAUSE = clauseGap(['og', 'men', 'viss', 'når', 'fordi']);
const PEOPLE =
  '(?:heile (?:min |mitt |mine |vår |vårt |våre |den )?\\p{L}*(?:klubb~|klub~|kreds~|krets~|gjeng~|gruppe~|grupp~|lag~|hold~|forening~|förening~|familie~|familj~|omgangskre[dt]s~|nabolag~|bygd~|skole~|skola~|klasse~|klass~|jobb~|arbejdsplads~|arbetsplats~|kontor~|släkt~|slekt~|vennegjeng~|venner~|vänner~|kolleg~)|resten av (?:familien|slekta|gjengen)|alle|folk|flest mogleg|så mange som mogleg|venn~|familie~|nabo~|kolleg~|andre kundar|heile (?:bygda|byen|familien|nabolaget|gata|jobben|klubben|laget|noreg|landet|verda|slekta|skulen|klassen))';

/** Norwegian nynorsk and the dialect forms customers type (eg, ikkje, korleis, difor). */
export const nnFrames: FrameSet = {
  entries: [
    {
      group: 'public',
      frame: 'tell-others',
      strength: 'signal',
      label: 'will tell others',
      patterns: [
        `${PEOPLE} ${CLAUSE}(?:skal|kjem til å|må|bør|fortener å) (?:nok |jo |verkeleg |i alle fall |iallfall |uansett )?(?:få )?(?:vite|veta|høyre|høyra)`,
        `syte for at ${PEOPLE} ${CLAUSE}(?:får vite|veit|får høyre|høyrer)`,
        `(?:får|skal|ska|kjem) ${PEOPLE} ${CLAUSE}(?:få )?(?:vite|veta|høyre|høyra|høre)`,
        '(?:fortel~|fortalt|fortelje) (?:det |dette |om dette |om det )?(?:til )?(?:alle|heile|venn~|familie~|folk|andre|flest mogleg)',
        'åtvar~ (?:andre|folk|alle)',
      ],
    },
    {
      group: 'public',
      frame: 'audience',
      strength: 'threat',
      label: 'has an audience',
      patterns: ['(?:mine|våre) (?:{audience})', '(?:{audience}) (?:mine|våre)'],
    },
    {
      group: 'public',
      frame: 'audience',
      strength: 'hint',
      label: 'has a channel of their own',
      patterns: ['(?:min|mitt|vår|vårt) (?:{audience})', '(?:{audience}) (?:min|mitt|vår|vårt)'],
    },
    {
      group: 'public',
      frame: 'go-public',
      strength: 'threat',
      label: 'will go public',
      patterns: [
        '(?:bli|blir|verte|vert|gjere|gjer|gå|går) (?:dette |det |saka |historia )?(?:ut )?offentleg~',
        '(?:leggj?e~|legg|lagt|post~|del~|delt|skriv~|skreiv|skrive|publiser~) _ (?:ut )?(?:på|i|om) (?:{forum})',
      ],
    },
    {
      group: 'public',
      frame: 'already-public',
      strength: 'threat',
      label: 'has already made it public',
      patterns: [
        '(?:ligg|er|står) (?:allereie |alt |no )?(?:ute )?(?:på|i) (?:{social}|{socialMedia}|{forum}|{review})',
        '(?:har|har alt|har allereie|har no) (?:lagt|posta|delt|skrive|publisert) (?:ut )?_ (?:på|i|om) (?:{social}|{socialMedia}|{forum}|{review})',
      ],
    },
    {
      group: 'leaving',
      frame: 'leave',
      strength: 'signal',
      label: 'says they are leaving',
      patterns: [
        'sett det siste (?:av|til) (?:meg|oss)',
        '(?:ikkje|ingen|aldri) (?:fleire|meir) (?:bestillingar|kjøp|handlar|besøk|pengar) (?:frå|hjå) (?:meg|oss)',
        '(?:går|byter|flyttar|drar) (?:eg |me |vi )?(?:heller )?over til',
        '(?:handlar|bestiller|kjøper|handle|bestille|kjøpe) (?:eg |me |vi )?heller (?:hjå|frå|på)',
      ],
    },
    {
      group: 'formal',
      frame: 'bank',
      strength: 'threat',
      label: 'will take the money back through the bank',
      patterns: [
        '(?:reklamer~|klag~|kontakt~|ringt|ringjer|ringje|meld~) (?:eg |me |vi )?(?:\\p{L}+ ){0,2}(?:til |via |gjennom |hjå |med )?(?:kort ?selskap~|kortutferdar~|banken)',
        '(?:halde|held|heldt) (?:att|tilbake) (?:pengane|betaling~)',
        '(?:snakka|snakke|snakkar|vore i kontakt|teke kontakt|tatt kontakt) med (?:banken|kort ?selskap~)',
        '(?:snakka|snakke|snakkar|vore i kontakt|teke kontakt|tatt kontakt) med (?:banken|kort ?selskap~)',
      ],
    },
  ],
  neutral: [
    '(?:ikkje|aldri) (?:typen|ein som|sånn|den typen) (?:som |til å )?[^.,;!?\\n]{0,60}',
    '(?:fortalt|fortel~|skryt~|skrytt|tilrådd|anbefalt) (?:til )?(?:alle|venn~|familie~|folk|andre) _ (?:kor|om kor) (?:bra|godt|nøgd|flinke|fantastisk|flott|hyggeleg|gode)',
  ],
};
