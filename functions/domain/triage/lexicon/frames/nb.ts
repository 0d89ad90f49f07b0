import { clauseGap, type FrameSet } from './types.ts';

const CLAUSE = clauseGap(['og', 'men', 'hvis', 'når', 'fordi']);
/** Who can be told: people the customer knows, or a whole community. */
const PEOPLE =
  '(?:hele (?:min |mitt |mine |vår |vårt |våre |den )?\\p{L}*(?:klubb~|klub~|kreds~|krets~|gjeng~|gruppe~|grupp~|lag~|hold~|forening~|förening~|familie~|familj~|omgangskre[dt]s~|nabolag~|bygd~|skole~|skola~|klasse~|klass~|jobb~|arbejdsplads~|arbetsplats~|kontor~|släkt~|slekt~|vennegjeng~|venner~|vänner~|kolleg~)|resten av (?:familien|slekta|gjengen|klassen)|(?:venn~|familie~|naboene|kolleg~|svigermor|svigerfar|mor|far|søster~|bror~) (?:og|og hele|og resten av) (?:\\p{L}+ ){0,2}(?:familien|slekta|gjengen|venn~)|alle|folk|flest mulig|så mange som mulig|venn~|familie~|nabo~|kolleg~|andre kunder|hele (?:bygda|byen|familien|nabolaget|gata|jobben|klubben|laget|norge|landet|verden|slekta|skolen|klassen))';

/** Norwegian bokmål; nynorsk forms are in nn.ts. */
export const nbFrames: FrameSet = {
  entries: [
    {
      group: 'public',
      frame: 'tell-others',
      strength: 'signal',
      label: 'will tell others',
      patterns: [
        `${PEOPLE} ${CLAUSE}(?:skal|ska|kommer til å|kommer te å|må|bør|fortjener å) (?:nok |jo |virkelig |i hvert fall |iallefall |i alle fall |uansett |garantert |sikkert )?(?:få )?(?:vite|høre)`,
        `sørge for at ${PEOPLE} ${CLAUSE}(?:får vite|vet|får høre|hører)`,
        // Word order turns after a condition or an adverb: "… får alle vite", "nå skal hele bygda få høre".
        `(?:får|skal|ska|kommer) ${PEOPLE} ${CLAUSE}(?:få )?(?:vite|høre)`,
        `(?:fortell~|fortalt|forteller) (?:det |dette |om dette |om det )?(?:til )?(?:alle|hele|venn~|familie~|folk|andre|flest mulig)`,
        '(?:spre~|spredt|sprer) (?:ordet|dette|historien|saken)',
        `(?:skal|ska|vil|kommer til å) (?:nok )?si (?:det |dette |fra )?til ${PEOPLE}`,
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
        '(?:\\d[\\d .,]*k?|tusen~|titusen~|mange|en del|ganske mange|masse|flere tusen|tusenvis av) (?:{audience})',
        '(?:\\d[\\d .,]*k?|tusen~|mange|en del|ganske mange|flere tusen|tusenvis) (?:som )?(?:følger|leser|ser på|lytter til) (?:meg|oss|bloggen|kontoen|kanalen)',
        '(?:mat|reise|mote|interiør|mad|rejse|mode|resa|mode|food|travel|fashion|lifestyle|beauty|mamma|mor|foto|tech)?(?:blogger|blogg|influenser|influencer|youtuber|podkaster|podcaster) (?:\\p{L}+ ){0,3}(?:som )?(?:mange|en del|ganske mange|tusenvis) (?:leser|følger|ser|lytter)',
        '(?:som|jeg er) (?:mat|reise|mote|interiør|mad|rejse|mode|resa|mode|food|travel|fashion|lifestyle|beauty|mamma|mor|foto|tech)?(?:blogger|influenser|influencer|youtuber|podkaster|podcaster)',
        '(?:mine|våre) (?:{audience})',
        '(?:{audience}) (?:mine|våre)',
      ],
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
        '(?:bli|blir|gjøre|gjør|gjort|gå|går) (?:dette |det |saken |historien )?(?:ut )?offentlig~',
        '(?:alle|folk) (?:på|i) (?:{review}|{social}|{forum})',
        'gå~ (?:ut )?(?:offentlig~ )?med (?:dette|det|saken|historien)',
        '(?:legg~|lagt|post~|del~|delt|skriv~|skrevet|skrev|publiser~) _ (?:ut )?(?:på|i|om) (?:{forum})',
        'over hele (?:nettet|internett|byen|bygda|{social})',
        '(?:legg~|lagt|post~|del~|delt|spre~|skriv~) (?:\\p{L}+ ){0,5}(?:overalt|alle steder|over alt)',
        '(?:skal|ska|kommer til å|kommer te å) (?:skrive|skriva) (?:et innlegg |litt )?om (?:dette|dere|det her|opplevelsen)',
        '(?:tema|temaet|et tema|sak|innslag|episode~|innlegg|video~|omtale) (?:\\p{L}+ ){0,3}(?:i|på|av) (?:min |mitt |mine )?(?:{audience}|{forum})',
        '(?:skriv~|post~|fortell~|del~|legg~) (?:\\p{L}+ ){0,4}offentlig~',
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
        '(?:er|finnes|ligger) (?:nå |allerede )?(?:en|et|ei) (?:tråd|innlegg|post|video|anmeldelse) om (?:dere|firmaet|butikken|dette)',
        '(?:anmeldelse~|omtale~|innlegg~|review~|vurdering~) (?:min |mitt )?(?:\\p{L}+ ){0,3}(?:er|ligger) (?:allerede |nå )?(?:ute|publisert|postet|oppe)',
        '(?:delt|likt) (?:over |mer enn |hele )?(?:\\d+|hundre~|tusen~|mange) (?:ganger|gonger)',
        '(?:har|har allerede|har nå|har nettopp) (?:lagt(?! inn)|postet|delt|skrevet|publisert) (?:ut )?_ (?:på|i|om) (?:{social}|{socialMedia}|{forum}|{review})',
      ],
    },
    {
      group: 'public',
      frame: 'press',
      strength: 'threat',
      label: 'will go to the press',
      patterns: [
        '(?:går|gå|sendes|sender|havner|ender|kommer) (?:saken |dette |det |historien |hele saken )?(?:rett |videre )?(?:til|i) {press}',
        '(?:en )?(?:sak|historie|oppgave) for {press}',
        '(?:kontakt~|snakket med|vært i kontakt med|i kontakt med|tips~|ring~|skrevet til|skrive til) (?:en |ei |et )?(?:journalist~|reporter~|{press})',
      ],
    },
    {
      group: 'leaving',
      frame: 'leave',
      strength: 'signal',
      label: 'says they are leaving',
      patterns: [
        'sett det siste (?:av|til) (?:meg|oss)',
        'ser (?:meg|oss) (?:ikke|aldri) (?:mer |her |hit )*igjen',
        // Only as the end of a clause: "nå er det slutt på melken" is about the milk.
        '(?:nå|så) er det (?:slutt|over|nok)(?= *[.!,;\\n]| *$| *(?:for|med) (?:meg|mig|min del|oss))',
        '(?:sett~|satt) (?:\\p{L}+ ){0,3}(?:fot|fötter|bein) (?:her|hos dere|innenfor|i butikken)',
        '(?:aldri|ikke) (?:mer |igjen )?(?:sette|setter|sett) (?:min |mine |sin |sine |vår )?(?:fot|føtter|bein)',
        '(?:holde~|hold~) (?:seg|dere|meg|oss) (?:langt )?unna (?:dere|stedet|butikken|firmaet)',
        'bruke (?:en |et )?(?:annen|annet|ny|nytt) (?:\\p{L}*leverandør~|\\p{L}*selskap~|butikk~|bank~|frisør~|verksted~|tilbyder~)',
        '(?:ikke|ingen|aldri) (?:flere|fler|mer) (?:bestillinger|kjøp|handler|besøk|penger) (?:fra|hos) (?:meg|oss)',
        '(?:ikke|aldri) (?:en|ei|én) (?:krone|øre) (?:mer|til)',
        '(?:går|bytter|flytter|drar) (?:jeg |vi )?(?:heller )?over til',
        '(?:går|drar|handler|bestiller|kjøper|handle|bestille|kjøpe) (?:jeg |vi )?heller (?:til|hos|fra|på|et annet)',
        'flytt~ (?:min~ |mitt |vår~ |vårt )?(?:\\p{L}*abonnement~|\\p{L}*avtale~|pengene|penger|konto~|\\p{L}*lån~|forsikring~|sparing~|kundeforhold~) _ til',
        'flytt~ (?:\\p{L}+ ){0,3}til (?:en |et )?(?:annen|annet) (?:\\p{L}*leverandør~|bank~|selskap~|butikk~|aktør~|tilbyder~)',
        '(?:bytt~|flytt~) (?:jeg |vi )?(?:over )?til (?:en )?konkurrent~',
        'bytt~ (?:jeg |vi )?(?:over )?(?:til )?(?:en |et )?(?:annen|annet|ny|nytt) (?:\\p{L}*leverandør~|\\p{L}*bank~|operatør~|butikk~|forhandler~|\\p{L}*selskap~|sted|frisør~|treningssenter~|tilbyder~|aktør~)',
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
        '(?:ba|bedt|ber|be) (?:klarna|paypal|vipps|banken|kort ?selskap~) (?:om )?(?:å )?(?:stoppe|stanse|holde|trekke|reklamere|sperre|kreve)',
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
    {
      // Stopping a payment alone may be a wrong invoice; asking the bank to stop it is above.
      group: 'formal',
      frame: 'bank',
      strength: 'signal',
      label: 'stops the payment',
      patterns: ['(?:stoppe|stopper|stoppet|stanse~) (?:betaling~|belastning~|trekk~|faktura~|avtalegiro~)'],
    },
  ],
  neutral: [
    '(?:ikke|aldri) (?:typen|en som|sånn|den typen) (?:som |til å )?[^.,;!?\\n]{0,60}',
    '(?:fortal[td]|fortell~|skryt~|skrytt|anbefalt|anbefal~) (?:til )?(?:alle|venn~|familie~|folk|andre) _ (?:hvor|om hvor|at dere er) (?:bra|godt|fornøyd|flinke|fantastisk|flott|hyggelig|gode)',
    '(?:følger|fulgt|fulgte) (?:dere|deg) (?:på|i) (?:{social}|{forum})',
  ],
};
