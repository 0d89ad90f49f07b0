import { clauseGap, type FrameSet } from './types.ts';

const CLAUSE = clauseGap(['och', 'men', 'om', 'när', 'eftersom']);
const PEOPLE =
  '(?:alla|folk|så många som möjligt|vänn~|vän~|familj~|grann~|kolleg~|andra kunder|hela (?:stan|byn|familjen|kvarteret|gatan|jobbet|klubben|föreningen|sverige|landet|världen|skolan|klassen|släkten))';

/** Swedish. */
export const svFrames: FrameSet = {
  entries: [
    {
      group: 'public',
      frame: 'tell-others',
      strength: 'threat',
      label: 'will tell others',
      patterns: [
        `${PEOPLE} ${CLAUSE}(?:ska|kommer(?: att)?|måste|borde|förtjänar att) (?:nog |verkligen |minsann )?(?:få )?(?:höra|veta)`,
        `se till att ${PEOPLE} ${CLAUSE}(?:vet|får veta|får höra|hör)`,
        '(?:berätta~) (?:det |det här |om det här |om det )?(?:för )?(?:alla|hela|vänn~|familj~|folk|andra|så många som möjligt)',
        '(?:sprid~|sprida|spridit) (?:ordet|det här|historien|saken)',
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
      patterns: ['(?:\\d[\\d .,]*k?|tusen~|tiotusen~|många) (?:{audience})', '(?:mina|våra) (?:{audience})'],
    },
    {
      group: 'public',
      frame: 'audience',
      strength: 'signal',
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
        'gå~ (?:ut )?(?:offentlig~ )?med (?:det här|det|saken|detta|historien)',
        '(?:lägg~|lagt|lade|la|post~|dela~|delat|skriv~|skrivit|skrev|publicer~) _ (?:ut |upp )?(?:på|i|om) (?:{forum})',
        'över hela (?:nätet|internet|stan|byn|{social})',
        '(?:lägg~|lagt|post~|dela~|delat|sprid~|skriv~) (?:\\p{L}+ ){0,3}(?:överallt|på alla ställen)',
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
        '(?:kontakta~|pratat med|pratade med|talat med|varit i kontakt med|i kontakt med|tipsa~|ring~|skrivit till|skriva till) (?:en |ett )?(?:journalist~|reporter~|{paper})',
      ],
    },
    {
      group: 'leaving',
      frame: 'leave',
      strength: 'signal',
      label: 'says they are leaving',
      patterns: [
        'sett det sista av (?:mig|oss)',
        '(?:inga|ingen|aldrig|inte) (?:fler|mer|flera) (?:beställningar|köp|besök|pengar) (?:från|hos) (?:mig|oss)',
        '(?:inte|aldrig) (?:en|ett) (?:krona|öre) (?:mer|till)',
        '(?:går|byter|flyttar) (?:jag |vi )?(?:hellre )?över till',
        '(?:handlar|beställer|köper|handla|beställa|köpa) (?:jag |vi )?hellre (?:hos|från|på)',
        'flytta~ (?:mitt |min |mina |vårt |vår )?(?:\\p{L}*abonnemang~|\\p{L}*avtal~|pengar~|konto~|\\p{L}*lån~|försäkring~|sparande~|\\p{L}*el~) _ till',
        'flytta~ (?:\\p{L}+ ){0,3}till (?:en |ett )?(?:annan|annat) (?:leverantör~|bank~|bolag~|operatör~|butik~)',
        '(?:byt~|flytta~) (?:jag |vi )?(?:över )?till (?:en )?konkurrent~',
        'byt~ (?:jag |vi )(?:över )?(?:till )?(?:en |ett )?(?:annan|annat) (?:leverantör~|bank~|operatör~|butik~|bolag~|företag~|ställe|frisör~|gym~)',
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
        '(?:stoppa~|stoppat) (?:betalning~|dragning~)',
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
  ],
  neutral: [
    '(?:berättat|berätta~|hyllat|hylla~|rekommenderat) (?:för )?(?:alla|vänn~|familj~|folk|andra) _ (?:hur|om hur|att ni är) (?:bra|nöjd|duktiga|fantastisk~|trevlig~|grym~)',
    '(?:följer|följt|följde) (?:er|dig) (?:på|i) (?:{social}|{forum})',
  ],
};
