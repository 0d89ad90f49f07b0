import { clauseGap, type FrameSet } from './types.ts';

const CLAUSE = clauseGap(['och', 'men', 'om', 'när', 'eftersom']);
const PEOPLE =
  '(?:hela (?:min |mitt |mina |vår |vårt |våra |den )?\\p{L}*(?:klubb~|klub~|kreds~|krets~|gjeng~|gruppe~|grupp~|lag~|hold~|forening~|förening~|familie~|familj~|omgangskre[dt]s~|nabolag~|bygd~|skole~|skola~|klasse~|klass~|jobb~|arbejdsplads~|arbetsplats~|kontor~|släkt~|slekt~|vennegjeng~|venner~|vänner~|kolleg~)|resten av (?:familjen|släkten|gänget|klassen)|grannarna|kollegorna|alla|folk|så många som möjligt|vänn~|vän~|familj~|grann~|kolleg~|andra kunder|hela (?:stan|byn|familjen|kvarteret|gatan|jobbet|klubben|föreningen|sverige|landet|världen|skolan|klassen|släkten))';

/** Swedish. */
export const svFrames: FrameSet = {
  entries: [
    {
      group: 'public',
      frame: 'tell-others',
      strength: 'signal',
      label: 'will tell others',
      patterns: [
        `${PEOPLE} ${CLAUSE}(?:ska|kommer(?: att)?|måste|borde|förtjänar att) (?:nog |verkligen |minsann |i alla fall |iallafall |garanterat |säkert )?(?:få )?(?:höra|veta)`,
        `se till att ${PEOPLE} ${CLAUSE}(?:vet|får veta|får höra|hör)`,
        `(?:får|ska|kommer) ${PEOPLE} ${CLAUSE}(?:att )?(?:få )?(?:veta|höra)`,
        '(?:berätta~) (?:det |det här |om det här |om det )?(?:för )?(?:alla|hela|vänn~|familj~|folk|andra|så många som möjligt)',
        '(?:sprid~|sprida|spridit) (?:ordet|det här|historien|saken)',
        `(?:ska|kommer att|tänker) (?:nog )?säga (?:det |det här )?till ${PEOPLE}`,
        '(?:delat|delar|dela) (?:det här|det|detta|historien|upplevelsen) med (?:alla|vänn~|familj~|folk|hela)',
        'varna~ (?:andra|folk|alla)',
        `låt~ ${PEOPLE} (?:få )?veta`,
      ],
    },
    {
      group: 'public',
      frame: 'audience',
      strength: 'threat',
      label: 'has an audience',
      patterns: [
        '(?:\\d[\\d .,]*k?|tusen~|tiotusen~|många|ganska många|en hel del|flera tusen|tusentals) (?:{audience})',
        '(?:mina|våra) (?:{audience})',
        '(?:\\d[\\d .,]*k?|tusen~|många|ganska många|en hel del|flera tusen|tusentals) (?:som )?(?:följer|läser|tittar på|lyssnar på) (?:mig|oss|bloggen|kontot|kanalen)',
        '(?:mat|reise|mote|interiør|mad|rejse|mode|resa|mode|food|travel|fashion|lifestyle|beauty|mamma|mor|foto|tech)?(?:blogg|bloggare|influencer|youtuber|poddare|podd) (?:\\p{L}+ ){0,3}(?:som )?(?:många|ganska många|en hel del|tusentals) (?:läser|följer|tittar|lyssnar)',
        '(?:som|jag är) (?:mat|reise|mote|interiør|mad|rejse|mode|resa|mode|food|travel|fashion|lifestyle|beauty|mamma|mor|foto|tech)?(?:bloggare|influencer|youtuber|poddare)',
      ],
    },
    {
      group: 'public',
      frame: 'audience',
      strength: 'hint',
      label: 'has a channel of their own',
      patterns: ['(?:min|mitt|vår|vårt) (?:{audience})'],
    },
    {
      group: 'public',
      frame: 'go-public',
      strength: 'threat',
      label: 'will go public',
      patterns: [
        '(?:bli|blir|göra|gör|gjort|gå|går) (?:det här |det |saken |detta |historien )?(?:ut )?offentlig~',
        '(?:alla|folk) (?:på|i) (?:{review}|{social}|{forum})',
        'gå~ (?:ut )?(?:offentlig~ )?med (?:det här|det|saken|detta|historien)',
        '(?:lägg~|lagt|lade|la|post~|dela~|delat|skriv~|skrivit|skrev|publicer~) _ (?:ut |upp )?(?:på|i|om) (?:{forum})',
        'över hela (?:nätet|internet|stan|byn|{social})',
        '(?:lägg~|lagt|post~|dela~|delat|sprid~|skriv~) (?:\\p{L}+ ){0,5}(?:överallt|på alla ställen)',
        '(?:skriv~|post~|berätta~|dela~|lägg~) (?:\\p{L}+ ){0,4}offentlig~',
        '(?:tema|avsnitt~|episod~|inlägg~|video~|recension~) (?:\\p{L}+ ){0,3}(?:i|på|av) (?:min |mitt |mina )?(?:{audience}|{forum})',
        '(?:blir|blev) det (?:en |ett )?(?:\\p{L}+ )?(?:recension~|omdöme~|inlägg~) (?:på|i) (?:{review}|{social}|{forum})',
        '(?:ska|kommer att|kommer) skriva (?:ett inlägg |lite )?om (?:det här|detta|er|upplevelsen)',
        '(?:skriv~|skrev|post~) (?:det |det här |om det här |om det |om er )?(?:på|i) {review}',
        '(?:hamna~|komma~|kommer) (?:det |det här |saken )?(?:ut )?(?:på|i) (?:mitt |min |mina |vårt |vår )?(?:{social}|{socialMedia}|{forum}|{audience})',
      ],
    },
    {
      group: 'public',
      frame: 'already-public',
      strength: 'threat',
      label: 'has already made it public',
      patterns: [
        '(?:skrivit|skrev|startat|startade) (?:en )?tråd (?:om (?:er|det här|detta|företaget|butiken)|på)',
        '(?:ligger|är|finns) (?:redan |nu )?(?:ute )?(?:på|i) (?:{social}|{socialMedia}|{forum}|{review})',
        '(?:inlägg~|post~|tråd~) (?:om er )?_ (?:delats|delat|gillats|kommenterats|fått) (?:över |mer än )?(?:\\d+|hundra~|tusen~|många)',
        '(?:delats|delat|gillats) (?:redan )?(?:över |mer än )?(?:\\d+|hundra~|tusen~|många) gånger',
        '(?:är|finns|ligger) (?:nu |redan )?(?:en|ett) (?:tråd|inlägg|post|video|recension) om (?:er|företaget|butiken|det här)',
        '(?:recension~|omdöme~|inlägg~|review~) (?:min |mitt )?(?:\\p{L}+ ){0,3}(?:är|ligger) (?:redan |nu )?(?:ute|publicerad~|uppe|online)',
        '(?:har|har redan|har nu|har precis) (?:lagt|postat|delat|skrivit|publicerat) (?:ut |upp )?_ (?:på|i|om) (?:{social}|{socialMedia}|{forum}|{review})',
      ],
    },
    {
      group: 'public',
      frame: 'press',
      strength: 'threat',
      label: 'will go to the press',
      patterns: [
        '(?:går|gå|skickas|hamnar|kommer) (?:ärendet |saken |det här |det |historien )?(?:direkt |vidare )?(?:till|i) (?:{press}|dn)',
        '(?:något|nåt|ett fall|en sak|en historia|ett jobb) för (?:{press}|dn)',
        '(?:kontakta~|pratat med|pratade med|talat med|varit i kontakt med|i kontakt med|tipsa~|ring~|skrivit till|skriva till|mejla~|maila~) (?:en |ett )?(?:journalist~|reporter~|{press}|dn)',
      ],
    },
    {
      group: 'leaving',
      frame: 'leave',
      strength: 'signal',
      label: 'says they are leaving',
      patterns: [
        'sett det sista av (?:mig|oss)',
        'nu är det (?:slut|över|nog)(?= *[.!,;\\n]| *$| *(?:för|med) (?:mig|min del|oss))',
        '(?:sätta|sätter|satt|satte) (?:\\p{L}+ ){0,3}(?:fot|fötterna) (?:här|hos er|i er)',
        '(?:aldrig|inte) (?:mer |igen )?(?:sätta|sätter) (?:min |mina |sin |sina |vår )?(?:fot|fötter)',
        '(?:hålla~|håll~|håller) (?:sig|mig|oss|er) (?:långt )?borta från (?:er|stället|butiken|företaget)',
        '(?:inga|ingen|aldrig|inte) (?:fler|mer|flera) (?:beställningar|köp|besök|pengar) (?:från|hos) (?:mig|oss)',
        '(?:inte|aldrig) (?:en|ett) (?:krona|öre) (?:mer|till)',
        '(?:går|byter|flyttar) (?:jag |vi )?(?:hellre )?över till',
        '(?:handlar|beställer|köper|handla|beställa|köpa) (?:jag |vi )?hellre (?:hos|från|på)',
        'flytta~ (?:mitt |min |mina |vårt |vår )?(?:\\p{L}*abonnemang~|\\p{L}*avtal~|pengar~|konto~|\\p{L}*lån~|försäkring~|sparande~|\\p{L}*el~) _ till',
        'flytta~ (?:\\p{L}+ ){0,3}till (?:en |ett )?(?:annan|annat) (?:leverantör~|bank~|bolag~|operatör~|butik~)',
        '(?:byt~|flytta~) (?:jag |vi )?(?:över )?till (?:en )?konkurrent~',
        'byt~ (?:jag |vi )?(?:över )?(?:till )?(?:en |ett )?(?:annan|annat|ny|nytt) (?:\\p{L}*leverantör~|\\p{L}*bank~|operatör~|butik~|\\p{L}*bolag~|företag~|ställe|frisör~|gym~)',
        'sista (?:gången|beställning~|köp~) (?:från|hos) (?:mig|oss)',
      ],
    },
    {
      group: 'formal',
      frame: 'bank',
      strength: 'threat',
      label: 'will take the money back through the bank',
      patterns: [
        '(?:reklamera~|klaga~|kontakta~|ringt|ringer|ringa|anmäl~) (?:jag |vi )?(?:\\p{L}+ ){0,2}(?:till |via |genom |hos |med )?(?:kortföretag~|kortutgivar~|kreditkortsföretag~|banken|min bank|visa|mastercard|amex|klarna)',
        '(?:bett|ber|be) (?:banken|kortföretag~|kortutgivar~|klarna) (?:om )?(?:att )?(?:dra|stoppa|spärra|bestrida|återkräva|häva)',
        '(?:via|genom|hos) (?:kortföretag~|kortutgivar~|kreditkortsföretag~)',
        '(?:dra~|drar|dragit) tillbaka (?:betalning~|pengarna|dragning~|köp~|beloppet)',
        '(?:pratat|pratade|prata|talat|talade|varit i kontakt) med (?:banken|min bank|kortföretag~|kortutgivar~)',
        '(?:reklamation~|klagomål~|krav~|bestridande~) (?:\\p{L}+ ){0,2}(?:via|genom|hos|till) (?:banken|kortföretag~|kortutgivar~|kreditkort~|klarna|paypal|swish)',
      ],
    },
    {
      group: 'formal',
      frame: 'authority',
      strength: 'threat',
      label: 'will contact the consumer authorities',
      patterns: [
        '(?:går|skickas|hamnar|kommer) (?:ärendet |saken |det här |det )?(?:direkt |vidare )?(?:till|hos) (?:{body}|arn)',
        '(?:anmält|anmäld|anmälts|skickat|skickats) (?:ärendet |saken |det )?(?:in )?(?:till|hos) (?:{body}|arn)',
        '(?:anmäl~|kontakta~|vänd~ mig till) (?:min |mitt |kommunens )?(?:\\p{L}+ )?(?:konsumentvägled~|konsumentrådgiv~)',
      ],
    },
    {
      // Stopping a payment alone may be a wrong invoice; asking the bank to stop it is above.
      group: 'formal',
      frame: 'bank',
      strength: 'signal',
      label: 'stops the payment',
      patterns: ['(?:stoppa~|stoppat) (?:betalning~|dragning~)'],
    },
  ],
  neutral: [
    '(?:inte|aldrig) (?:typen|en som|sån som|den typen) (?:som |att )?[^.,;!?\\n]{0,60}',
    '(?:berättat|berätta~|hyllat|hylla~|rekommenderat) (?:för )?(?:alla|vänn~|familj~|folk|andra) _ (?:hur|om hur|att ni är) (?:bra|nöjd|duktiga|fantastisk~|trevlig~|grym~)',
    '(?:följer|följt|följde) (?:er|dig) (?:på|i) (?:{social}|{forum})',
  ],
};
