import { clauseGap, type FrameSet } from './types.ts';

const CLAUSE = clauseGap(['og', 'men', 'hvis', 'når', 'fordi']);
const PEOPLE =
  '(?:alle|folk|flest muligt|så mange som muligt|venn~|familie~|nabo~|kolleg~|andre kunder|hele (?:byen|familien|kvarteret|opgangen|gaden|arbejdspladsen|klubben|foreningen|danmark|landet|verden|skolen|klassen))';

/** Danish. "I" (you, plural) is lowercased `i` in the text. */
export const daFrames: FrameSet = {
  entries: [
    {
      group: 'public',
      frame: 'tell-others',
      strength: 'threat',
      label: 'will tell others',
      patterns: [
        `${PEOPLE} ${CLAUSE}(?:skal|ska|kommer til at|må|bør|fortjener at) (?:nok |jo |virkelig |i hvert fald )?(?:høre|vide|få at vide|få det at vide)`,
        `sørge for at ${PEOPLE} ${CLAUSE}(?:ved|får at vide|får det at vide|hører)`,
        '(?:fortæl~|fortalt) (?:det |det her |om det her |om det )?(?:til )?(?:alle|hele|venn~|familie~|folk|andre|flest muligt)',
        '(?:spred~|spredt|spreder) (?:ordet|det her|historien|sagen)',
        '(?:delt|deler|dele) (?:det her|det|historien|oplevelsen) med (?:alle|venn~|familie~|folk|hele)',
        'advar~ (?:andre|folk|alle)',
        `lad~ ${PEOPLE} (?:få )?(?:at )?vide`,
      ],
    },
    {
      group: 'public',
      frame: 'audience',
      strength: 'threat',
      label: 'has an audience',
      patterns: ['(?:\\d[\\d .,]*k?|tusind~|titusind~|mange) (?:{audience})', '(?:mine) (?:{audience})'],
    },
    {
      group: 'public',
      frame: 'audience',
      strength: 'signal',
      label: 'has a channel of their own',
      patterns: ['(?:min|mit|vores) (?:{audience})'],
    },
    {
      group: 'public',
      frame: 'go-public',
      strength: 'threat',
      label: 'will go public',
      patterns: [
        '(?:blive|bliver|blir|gøre|gør|gjort|gå|går) (?:det her |det |sagen |historien )?(?:ud )?offentlig~',
        'gå~ (?:ud )?(?:offentlig~ )?med (?:det her|det|sagen|historien)',
        '(?:lægg~|lagt|lagde|post~|del~|delt|skriv~|skrevet|skrev|publicer~) _ (?:op |ud )?(?:på|i|om) (?:{forum})',
        'ud over (?:hele )?(?:nettet|internettet|byen|{social})',
        '(?:lægg~|lagt|post~|del~|delt|spred~|skriv~) (?:\\p{L}+ ){0,3}(?:overalt|alle steder)',
        '(?:skal|kommer til at) skrive (?:et opslag |lidt )?om (?:det her|jer|oplevelsen)',
        '(?:skriv~|skrev~|post~) (?:det |det her |om det her |om det |om jer )?(?:på|i) {review}',
        '(?:ryger|ryge|kommer|havner) (?:det |det her |sagen )?(?:ud )?(?:på|i) (?:mit |min |mine |vores )?(?:{social}|{socialMedia}|{forum}|{audience}|{press})',
      ],
    },
    {
      group: 'public',
      frame: 'already-public',
      strength: 'threat',
      label: 'has already made it public',
      patterns: [
        '(?:skrevet|skrev|startet|startede) (?:en )?tråd (?:om (?:jer|det her|firmaet|butikken)|på)',
        '(?:ligger|er|står) (?:allerede |nu )?(?:ude )?(?:på|i) (?:{social}|{socialMedia}|{forum}|{review})',
        '(?:opslag~|indlæg~|post~|tråd~) (?:om jer )?_ (?:delt|liket|kommenteret|fået) (?:over |mere end )?(?:\\d+|hundred~|tusind~|mange)',
        '(?:delt|liket) (?:over |mere end )?(?:\\d+|hundred~|tusind~|mange) gange',
        '(?:har|har allerede|har nu|har lige) (?:lagt|postet|delt|skrevet|publiceret) (?:op |ud )?_ (?:på|i|om) (?:{social}|{socialMedia}|{forum}|{review})',
      ],
    },
    {
      group: 'public',
      frame: 'press',
      strength: 'threat',
      label: 'will go to the press',
      patterns: [
        '(?:går|gå|sendes|sender|havner|ender|kommer|ryger) (?:sagen |det her |det |historien )?(?:direkte |videre )?(?:til|i) (?:{press}|bt|dr)',
        '(?:kontakt~|talt med|snakket med|været i kontakt med|i kontakt med|tip~|ring~|skrevet til|skrive til) (?:en |et )?(?:journalist~|reporter~|{paper})',
      ],
    },
    {
      group: 'leaving',
      frame: 'leave',
      strength: 'signal',
      label: 'says they are leaving',
      patterns: [
        'set det sidste (?:til|af) (?:mig|os)',
        '(?:ikke|ingen|aldrig) (?:flere|mere) (?:bestillinger|køb|handler|besøg|penge) (?:fra|hos) (?:mig|os)',
        '(?:ikke|aldrig) (?:en|én) (?:krone|øre) (?:mere|til)',
        '(?:går|skifter|flytter|tager) (?:jeg |vi )?(?:hellere )?over til',
        '(?:handler|bestiller|køber|handle|bestille|købe) (?:jeg |vi )?hellere (?:hos|fra|på|et andet)',
        'flyt~ (?:min~ |mit |vores )?(?:\\p{L}*abonnement~|\\p{L}*aftale~|penge~|konto~|\\p{L}*lån~|forsikring~|opsparing~) _ til',
        'flyt~ (?:\\p{L}+ ){0,3}til (?:en |et )?(?:anden|andet) (?:udbyder~|leverandør~|bank~|selskab~|butik~)',
        '(?:skift~|flyt~) (?:jeg |vi )?(?:over )?til (?:en )?konkurrent~',
        'skift~ (?:jeg |vi )(?:over )?(?:til )?(?:en |et )?(?:anden|andet) (?:udbyder~|leverandør~|bank~|operatør~|butik~|selskab~|sted|frisør~|fitnesscenter~|forhandler~)',
        'sidste (?:gang|bestilling~|køb~) (?:fra|hos) (?:mig|os)',
      ],
    },
    {
      group: 'formal',
      frame: 'bank',
      strength: 'threat',
      label: 'will take the money back through the bank',
      patterns: [
        '(?:reklamer~|klag~|kontakt~|ringet|ringer|ringe|meld~) (?:jeg |vi )?(?:\\p{L}+ ){0,2}(?:til |via |gennem |hos |med )?(?:kortselskab~|kortudsteder~|banken|min bank|visa|mastercard|amex|dankort)',
        '(?:bedt|beder|bede) (?:banken|kortselskab~|kortudsteder~) (?:om )?(?:at )?(?:tilbageføre|stoppe|holde|spærre|trække)',
        '(?:via|gennem|hos) (?:kortselskab~|kortudsteder~)',
        'tilbage ?før~ (?:betaling~|pengene|beløb~|købet)',
        '(?:trække|trækker|trukket) (?:betaling~|pengene|beløb~) tilbage',
        '(?:stoppe|stopper|stoppet) (?:betaling~|trækket)',
        '(?:talt|tale|taler|snakket|snakke|været i kontakt) med (?:banken|min bank|kortselskab~|kortudsteder~)',
        '(?:reklamation~|klage~|krav~|indsigelse~) (?:\\p{L}+ ){0,2}(?:via|gennem|hos|til) (?:banken|kortselskab~|kortudsteder~|kreditkort~|mobilepay|paypal|klarna)',
      ],
    },
    {
      group: 'formal',
      frame: 'authority',
      strength: 'threat',
      label: 'will contact the consumer authorities',
      patterns: [
        '(?:går|sendes|sender|havner|ender|kommer|ryger) (?:sagen |det her |det )?(?:direkte |videre )?(?:til|hos) {body}',
        '(?:sendt|indsendt|anmeldt|meldt) (?:sagen |det )?(?:ind )?(?:til|hos) {body}',
        '(?:til|hos|kontakter|kontakte|kontaktet) tænk',
      ],
    },
  ],
  neutral: [
    '(?:fortalt|fortæl~|rost|anbefalet|anbefal~) (?:til )?(?:alle|venn~|familie~|folk|andre) _ (?:hvor|om hvor|at i er) (?:god~|tilfreds|dygtige|fantastisk~|flot~|søde)',
    '(?:følger|fulgt|fulgte) (?:jer|dig) (?:på|i) (?:{social}|{forum})',
  ],
};
