import { clauseGap, type FrameSet } from './types.ts';

const CLAUSE = clauseGap(['og', 'men', 'hvis', 'når', 'fordi']);
/** Who can be told: people the customer knows, or a whole community. */
const PEOPLE =
  '(?:alle|folk|flest mulig|så mange som mulig|venn~|familie~|nabo~|kolleg~|andre kunder|hele (?:bygda|byen|familien|nabolaget|gata|jobben|klubben|laget|norge|landet|verden|slekta|skolen|klassen))';

/** Norwegian bokmål; nynorsk forms are in nn.ts. */
export const nbFrames: FrameSet = {
  entries: [
    {
      group: 'public',
      frame: 'tell-others',
      strength: 'threat',
      label: 'will tell others',
      patterns: [
        `${PEOPLE} ${CLAUSE}(?:skal|ska|kommer til å|kommer te å|må|bør|fortjener å) (?:nok |jo |virkelig |i hvert fall )?(?:få )?(?:vite|høre)`,
        `sørge for at ${PEOPLE} ${CLAUSE}(?:får vite|vet|får høre|hører)`,
        `(?:fortell~|fortalt|forteller) (?:det |dette |om dette |om det )?(?:til )?(?:alle|hele|venn~|familie~|folk|andre|flest mulig)`,
        '(?:spre~|spredt|sprer) (?:ordet|dette|historien|saken)',
        '(?:delt|deler|dele) (?:dette|det|historien|opplevelsen) med (?:alle|venn~|familie~|folk|hele)',
        `la ${PEOPLE} (?:få )?vite`,
        'advar~ (?:andre|folk|alle)',
      ],
    },
    {
      group: 'public',
      frame: 'audience',
      strength: 'threat',
      label: 'has an audience',
      patterns: [
        '(?:\\d[\\d .,]*k?|tusen~|titusen~|mange) (?:{audience})',
        '(?:mine|våre) (?:{audience})',
        '(?:{audience}) (?:mine|våre)',
      ],
    },
    {
      group: 'public',
      frame: 'audience',
      strength: 'signal',
      label: 'has a channel of their own',
      patterns: ['(?:min|mitt|vår|vårt) (?:{audience})', '(?:{audience}) (?:min|mitt|vår|vårt)'],
    },
    {
      group: 'public',
      frame: 'go-public',
      strength: 'threat',
      label: 'will go public',
      patterns: [
        '(?:bli|blir|gjøre|gjør|gjort|gå|går) (?:dette |det |saken |historien )?(?:ut )?offentlig~',
        'gå~ (?:ut )?(?:offentlig~ )?med (?:dette|det|saken|historien)',
        '(?:legg~|lagt|post~|del~|delt|skriv~|skrevet|skrev|publiser~) _ (?:ut )?(?:på|i|om) (?:{forum})',
        'over hele (?:nettet|internett|byen|bygda|{social})',
        '(?:legg~|lagt|post~|del~|delt|spre~|skriv~) (?:\\p{L}+ ){0,3}(?:overalt|alle steder|over alt)',
        '(?:skal|ska|kommer til å|kommer te å) (?:skrive|skriva) (?:et innlegg |litt )?om (?:dette|dere|det her|opplevelsen)',
        '(?:tema|temaet|et tema|sak|innslag|episode|innlegg) (?:\\p{L}+ ){0,3}(?:i|på|av) (?:min |mitt |mine )?(?:{audience})',
        '(?:havner|havne|kommer|ender|ende) (?:det |dette |saken |historien )?(?:opp )?(?:på|i) (?:min |mitt |mine )?(?:{social}|{socialMedia}|{forum}|{audience})',
        '(?:skriv~|skrev~|poste~|post~) (?:det |dette |om dette |om det |om dere )?(?:på|i) {review}',
      ],
    },
    {
      group: 'public',
      frame: 'already-public',
      strength: 'threat',
      label: 'has already made it public',
      patterns: [
        '(?:skrevet|skrev|startet|starta) (?:en )?tråd (?:om (?:dere|dette|firmaet|butikken)|på)',
        '(?:ligger|er|står) (?:allerede |nå |alt )?(?:ute )?(?:på|i) (?:{social}|{socialMedia}|{forum}|{review})',
        '(?:innlegg~|post~|tråd~) (?:mitt |min |om dere )?_ (?:delt|likt|kommentert|fått) (?:over |mer enn )?(?:\\d+|hundre~|tusen~|mange)',
        '(?:delt|likt) (?:over |mer enn |hele )?(?:\\d+|hundre~|tusen~|mange) (?:ganger|gonger)',
        '(?:har|har allerede|har nå|har nettopp) (?:lagt|postet|delt|skrevet|publisert) (?:ut )?_ (?:på|i|om) (?:{social}|{socialMedia}|{forum}|{review})',
      ],
    },
    {
      group: 'public',
      frame: 'press',
      strength: 'threat',
      label: 'will go to the press',
      patterns: [
        '(?:går|gå|sendes|sender|havner|ender|kommer) (?:saken |dette |det |historien |hele saken )?(?:rett |videre )?(?:til|i) {press}',
        '(?:kontakt~|snakket med|vært i kontakt med|i kontakt med|tips~|ring~|skrevet til|skrive til) (?:en |ei |et )?(?:journalist~|reporter~|{paper})',
      ],
    },
    {
      group: 'leaving',
      frame: 'leave',
      strength: 'signal',
      label: 'says they are leaving',
      patterns: [
        'sett det siste (?:av|til) (?:meg|oss)',
        '(?:ikke|ingen|aldri) (?:flere|fler|mer) (?:bestillinger|kjøp|handler|besøk|penger) (?:fra|hos) (?:meg|oss)',
        '(?:ikke|aldri) (?:en|ei|én) (?:krone|øre) (?:mer|til)',
        '(?:går|bytter|flytter|drar) (?:jeg |vi )?(?:heller )?over til',
        '(?:går|drar|handler|bestiller|kjøper|handle|bestille|kjøpe) (?:jeg |vi )?heller (?:til|hos|fra|på|et annet)',
        'flytt~ (?:min~ |mitt |vår~ |vårt )?(?:\\p{L}*abonnement~|\\p{L}*avtale~|pengene|penger|konto~|\\p{L}*lån~|forsikring~|sparing~|kundeforhold~) _ til',
        'flytt~ (?:\\p{L}+ ){0,3}til (?:en |et )?(?:annen|annet) (?:\\p{L}*leverandør~|bank~|selskap~|butikk~|aktør~|tilbyder~)',
        '(?:bytt~|flytt~) (?:jeg |vi )?(?:over )?til (?:en )?konkurrent~',
        'bytt~ (?:jeg |vi )(?:over )?(?:til )?(?:en |et )?(?:annen|annet) (?:\\p{L}*leverandør~|bank~|operatør~|butikk~|forhandler~|selskap~|sted|frisør~|treningssenter~|mobilselskap~|tilbyder~|aktør~)',
        '(?:mist~|mista|tapt) (?:meg|oss) som kunde~',
        'siste (?:gang|bestilling~|kjøp~) (?:fra|hos) (?:meg|oss)',
      ],
    },
    {
      group: 'formal',
      frame: 'bank',
      strength: 'threat',
      label: 'will take the money back through the bank',
      patterns: [
        '(?:reklamer~|klag~|kontakt~|ringt|ringer|ringe|meld~) (?:jeg |vi )?(?:\\p{L}+ ){0,2}(?:til |via |gjennom |hos |med )?(?:kort ?selskap~|kortutsteder~|kredittkortselskap~|banken|min bank|visa|mastercard|amex|american express)',
        '(?:bedt|ber|be) (?:banken|kort ?selskap~|kortutsteder~|visa|mastercard|amex) (?:om )?(?:å )?(?:holde|stoppe|trekke|reklamere|tilbakeføre|bestride|sperre|kreve)',
        '(?:via|gjennom|hos) (?:kort ?selskap~|kortutsteder~|kredittkortselskap~)',
        '(?:holde|holder|holdt|trekke|trekker|trukket) tilbake (?:pengene|betaling~|belastning~|beløp~)',
        '(?:holde|holder|holdt) (?:pengene|betaling~) tilbake',
        '(?:stoppe|stopper|stoppet|stanse~) (?:betaling~|belastning~|trekk~)',
        '(?:krev~|kreve) pengene tilbake (?:via|gjennom|fra) (?:banken|kort~)',
        '(?:snakket|snakke|snakker|vært i kontakt|tatt kontakt) med (?:banken|min bank|kort ?selskap~|kortutsteder~)',
        '(?:reklamasjon~|klage~|krav~|innsigelse~) (?:\\p{L}+ ){0,2}(?:via|gjennom|hos|til) (?:banken|kort ?selskap~|kortutsteder~|kredittkort~|klarna|paypal|vipps)',
        '(?:reklamer~|klag~) (?:\\p{L}+ ){0,2}(?:via|gjennom) (?:kredittkort~|kortet|klarna|paypal|vipps)',
      ],
    },
    {
      group: 'formal',
      frame: 'authority',
      strength: 'threat',
      label: 'will contact the consumer authorities',
      patterns: [
        '(?:går|sendes|sender|havner|ender|kommer) (?:saken |dette |det |hele saken )?(?:rett |videre )?(?:til|inn til|hos) {body}',
        '(?:meld~|klag~|send~) (?:saken |dette |det )?inn (?:til |for )?{body}',
      ],
    },
  ],
  neutral: [
    '(?:fortal[td]|fortell~|skryt~|skrytt|anbefalt|anbefal~) (?:til )?(?:alle|venn~|familie~|folk|andre) _ (?:hvor|om hvor|at dere er) (?:bra|godt|fornøyd|flinke|fantastisk|flott|hyggelig|gode)',
    '(?:følger|fulgt|fulgte) (?:dere|deg) (?:på|i) (?:{social}|{forum})',
  ],
};
