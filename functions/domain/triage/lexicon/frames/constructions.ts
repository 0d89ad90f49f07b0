import type { FrameSet } from './types.ts';

/**
 * Frames built by construction rather than by sentence: a word class for *who* or *what*
 * (people one knows, a medium one owns, a payment provider) joined to a class for *what is done*
 * (told, posted, stopped, switched). A blind batch showed that frames written from examples
 * matched the examples' phrasing and little else; a construction matches any member of one
 * class next to any member of the other, so a new relative, a new app or a new tense is found
 * without a new sentence. Scandinavian classes are pooled (customers mix them, and negation is
 * pooled the same way); English has its own.
 */

/** Relatives, colleagues and circles, in all three Scandinavian languages and nynorsk. */
const KIN =
  '(?:(?:mine|mina|min|mitt|mi|mit|våre|våra|vores|vår|alle mine|alla mina|alle mine|hele min|hele mi|hela min) )?(?:mamma|mamman|pappa|pappan|mor|far|mora|mormor|farmor|morfar|farfar|bestemor|bestefar|søster~|syster~|søstr~|systr~|bror~|bro[dr]~|brødre~|bröder~|brorsan|syrran|tant~|onkel~|fætter~|kusin~|svigermor|svigerfar|svigerfamilie~|svigerforældre~|svigerforeldre~|svigers|svärmor|svärfar|svärföräldr~|svoger~|svogern|svigerinne~|svigerinde~|venn~|vänn~|vän~|vennin~|veninde~|väninn~|venner~|vänner~|kamerat~|kompis~|nabo~|naboer~|granne~|grannar~|grannen|kolleg~|kollega~|kollegor~|arbeidskolleg~|arbejdskolleg~|jobbkompis~|familie~|familj~|storfamilie~|slekt~|släkt~|slekta|släkten|folk~|alle|alla|hele (?:\\p{L}+ ){0,2}\\p{L}+|heile (?:\\p{L}+ ){0,2}\\p{L}+|halve (?:\\p{L}+ ){0,2}\\p{L}+|hela (?:\\p{L}+ ){0,2}\\p{L}+|halva (?:\\p{L}+ ){0,2}\\p{L}+)';
const EN_KIN =
  '(?:(?:my|our|the|all my|all our|all the|everyone in my|everyone at my|everyone in the|everyone at the) (?:\\p{L}+ ){0,3}(?:mum|mom|mother|dad|father|parents|sister|brother|siblings|aunt|uncle|cousins?|gran|grandma|nan|in laws|inlaws|friends?|mates|neighbours?|neighbors?|colleagues|coworkers|co workers|workmates|team|family|club|group|class|office|street|church|gym|circle|book club|whatsapp group)|everyone (?:i know|at work|at the school gate)|(?:every|each|all the) (?:parent|parents|mum|mums|mom|moms|dad|dads|member|members|neighbour|neighbours|neighbor|neighbors|friend|friends|customer|person|teacher|one) (?:at|in|from|on) (?:the|my|our) (?:\\p{L}+ ){0,2}\\p{L}+|(?:the )?whole (?:\\p{L}+ ){0,3}(?:team|family|office|street|club|group|class|school|village|town|estate))';

/** A medium one can own and publish in. */
const MEDIUM =
  '(?:\\p{L}*blogg~|\\p{L}*blog~|\\p{L}*podkast~|\\p{L}*podcast~|\\p{L}*podd~|\\p{L}*pod|nyhetsbrev~|nyhedsbrev~|nyhetsbrev~|youtube ?kanal~|tiktok ?kont~|instagram ?kont~|insta ?kont~|vlog~|kanal~ på (?:youtube|tiktok|twitch))';
const EN_MEDIUM =
  '(?:\\p{L}*blog|\\p{L}*podcast|pod|newsletter|substack|youtube channel|tiktok account|instagram account|insta account|vlog|channel on (?:youtube|tiktok|twitch)|(?:youtube|tiktok|twitch|instagram) (?:channel|account|page))';

/** What a next issue of that medium is called. */
const NEXT_ISSUE =
  '(?:neste|næste|nästa|kommende|kommande|nye|nya|nya|nyaste) (?:\\p{L}+ )?(?:innlegg~|indlæg~|inlägg~|episode~|avsnitt~|afsnit~|poddavsnitt~|video~|nyhetsbrev~|nyhedsbrev~|utgave~|udgave~|nummer|post~|opslag~|blogginnlegg~|blogindlæg~)';

/** Banks, card schemes and payment apps of the four countries. */
const PAYER =
  '(?:bank(?:en)?|banke[nr]|min bank|mi bank|kort ?selskap~|kort ?selskab~|kortföretag~|kortutsteder~|kortudsteder~|kortutgivar~|kredittkort~|kreditkort~|visa|mastercard|master card|amex|american express|klarna|paypal|pay pal|vipps|mobile ?pay|swish|dankort~|nets|dnb|nordea|danske bank|handelsbanken|seb|swedbank|sparebank~|sparbank~|länsförsäkringar|jyske bank|sydbank|arbejdernes landsbank|nykredit|santander|resurs bank|collector|walley|qliro|revolut|lunar)';
const EN_PAYER =
  '(?:bank|my bank|the bank|card (?:company|provider|issuer)|credit card (?:company|provider)|visa|mastercard|amex|american express|klarna|paypal|apple pay|google pay|monzo|revolut|starling|barclays|barclaycard|hsbc|lloyds|natwest|santander|nationwide|halifax|first direct|capital one)';
/** What a payer does to money already paid: stopped, paused, disputed, reversed. */
/** Stopped or paused: also what a failed payment does, so it needs the customer's hand or a wait. */
const CLAWBACK =
  '(?:få (?:pengene|pengarna|pengane|beløpet|beloppet) (?:tilbake|tillbaka|tilbage|retur)|stopp~|stopa~|stans~|stanse~|paus~|på pause|på paus|sperr~|spärr~|fryst~|frys~|frös)';
/** Disputed, reversed, charged back: only ever the customer's doing. */
const DISPUTE =
  '(?:reklamert|reklamerte|reklamerat|reklamerade|reklameret|bestrid~|innsigelse~|indsigelse~|återkrav~|återkräv~|återför~|tilbakefør~|tilbageført~|tilbagefør~|tilbakebetal~ (?:pengene|beløpet)|chargeback~|sag~ (?:er |blev |blevet )?(?:åbnet|oprettet)|sak~ (?:er |ble |blitt )?(?:åpnet|opprettet)|ärende~ (?:är |har )?(?:öppnat|öppnats|skapats)|(?:fått|fikk|fick|fik|fået) (?:tilbake|tillbaka|tilbage) (?:pengene|pengarna|pengane|beløpet|beloppet|summen)|(?:fått|fikk|fick|fik|fået) (?:\\p{L}+ ){0,2}(?:pengene|pengarna|pengane|beløpet|beloppet|summen) (?:tilbake|tillbaka|tilbage|retur))';
const EN_CLAWBACK = '(?:stop~|stopped|paus~|freez~|froze~|frozen|block~|on hold)';
const EN_DISPUTE =
  '(?:refunded me|chasing you|chase you|disput~|revers~|chargeback~|charge back|claw~ back|(?:case|claim|dispute) (?:is |has been |was )?(?:open~|raised|filed|lodged|started)|(?:got|get|getting) (?:\\p{L}+ ){0,2}(?:money|refund|payment) back)';

/** Posted, past tense: the story is already out. */
const POSTED =
  '(?:la ut|lagt ut|la opp|lagt opp|postet|posta|postade|postat|publiserte|publisert|publicerade|publicerat|delte|delt|delade|delat|skrev|skrevet|skrivit|skreiv|lagde ud|lagt ud|lagde op|lagt op|lagt et opslag|lavede et opslag|lavet et opslag|lade ut|lagt ut|la upp|lade upp|lagt upp|laddade upp|lastet opp|lasta opp|uploadede|uploadet|filmet|filma|filmade)';
const EN_POSTED = '(?:posted|shared|put|uploaded|wrote|written|made|did|filmed|left|started|put up)';
/** Where a post sits, beyond the named networks. */
const PLACE =
  '(?:story~|storien|stories|storyen|storyn|reel~|feed~|profil~|tråd~|trå[dn]|opslag~|innlegg~|inlägg~|grupp~|gruppe~|forum~|r ?/ ?\\p{L}+|{social}|{socialMedia}|{review})';
const EN_PLACE =
  '(?:stor(?:y|ies)|reels?|feed|profile|thread|forums?|groups?|page|subreddit|r ?/ ?\\p{L}+|{social}|{socialMedia}|{review})';

/** Switching to a competitor, by what is switched. */
const PROVIDER =
  '(?:\\p{L}*frisør~|\\p{L}*frisör~|barberer~|barberare~|barber~|tannlege~|tandläkare~|tandlæge~|\\p{L}*gym~|\\p{L}*treningssenter~|\\p{L}*träningscenter~|\\p{L}*fitnesscenter~|\\p{L}*studio|\\p{L}*bank~|\\p{L}*leverandør~|\\p{L}*leverantör~|\\p{L}*verksted~|\\p{L}*verkstad~|\\p{L}*værksted~|mekaniker~|elektriker~|rørlegger~|rörmokare~|vvs ?\\p{L}*|håndverker~|håndværker~|hantverkare~|\\p{L}*butikk~|\\p{L}*butik~|\\p{L}*affär~|restaurang~|restaurant~|\\p{L}*operatør~|\\p{L}*operatör~|\\p{L}*selskap~|\\p{L}*selskab~|\\p{L}*bolag~|forsikring~|försäkring~|salong~|salon~|tilbyder~|tilbyd~|\\p{L}*firma~|\\p{L}*klinikk~|\\p{L}*klinik~|veterinær~|veterinär~|pizzeria~|bakeri~|bageri~|café~|kafé~|kafe~)';
const EN_PROVIDER =
  '(?:barber~|hairdresser~|salon~|dentist~|gym~|bank|supplier~|provider~|garage~|mechanic~|electrician~|plumber~|builder~|shop~|store~|restaurant~|takeaway~|café~|cafe~|bakery~|pizzeria~|courier~|vet~|clinic~|firm~|company|broadband|energy supplier|insurer~)';
/** The competitor named by what it is not: another, a new one, the one down the road. */
const ELSEWHERE = '(?:en |ei |et |ett |ny |nytt |nye |annen |annet |anden |andet |annan |annat |nya )';

export const scandinavianConstructions: FrameSet = {
  entries: [
    {
      group: 'public',
      frame: 'tell-others',
      strength: 'signal',
      label: 'will tell others',
      patterns: [
        `${KIN} (?:\\p{L}+ ){0,3}(?:får|skal få|ska få|skall få|kommer til å få|kommer til at få|kommer att få|vil få|må få|bør få) (?:nok |jo |sgu |garanteret |garantert )?(?:vite|høre|høyre|veta|höra|vide)`,
        `(?:kommer|skal|ska|skall|får|vil) ${KIN} (?:nok |da |jo |sgu |fanden |minsann )?(?:til at |til å |te å |att )?(?:få )?(?:høre|hører|høyre|höra|vide|vite|veta) (?:om|det|dette)`,
      ],
    },
    {
      group: 'public',
      frame: 'tell-others',
      strength: 'signal',
      label: 'has told others',
      patterns: [
        // Past and present, not just the future the older frames know: "fortalte hele lunsjbordet".
        // Complaining to someone is telling them; saying or telling needs what about ("om", "hvordan").
        `(?:klaget|klagde|klaga|klagat|klager|klagar|syt~|sutra~|sutret|rant~|brokk~|brokket|surmul~) (?:om (?:det|dette|jer|dere|er|dykk) )?(?:til|till|for|för|åt|med) ${KIN}`,
        `(?:sa|sagt|sagde|seier|sier|siger|säger|sir|nevnt|nevnte|nævnt|nævnte|nämnt|nämnde|fortalte|fortalt|fortæller|fortalde|berättade|berättat|berättar|fortel|fortell) (?:(?:til|till|for|för|åt) )?${KIN} (?:\\p{L}+ ){0,4}(?:om (?:\\p{L}+ ){0,3}(?:dere|jer|er|dykk|dokker|deres|jeres|era|dykkar)|om (?:den|det|de) (?:\\p{L}+ )?(?:\\p{L}+ )?(?:dere|jer|er|dykk|deres|jeres|era)|hvordan (?:dere|jer|i|de)|hur ni|hvad (?:i|der)|hva (?:dere|som)|vad (?:ni|som)|alt om|allt om|hele historien|hela historien)`,
        `(?:sa|sagt|sagde|seier|sier|siger|säger|sir|fortalte|fortalt|fortæller|berättade|berättat|fortel|fortell) (?:det|dette|det her|om dette|om det|om jer|om dere|om er|om dykk|ifrå|fra|ifra) (?:til|till|for|för|åt) ${KIN}`,
        `${KIN} (?:\\p{L}+ ){0,3}(?:fikk|fik|fick|har fått|har fået|fått|fået|får|fåt) (?:hele |höra |høre |høyre |vite |vide |veta )?(?:historien|historia|historie|hele historien|hela historien|høre om|höra om|vite om|vide om|veta om|greie på|besked)`,
        `${KIN} (?:\\p{L}+ ){0,2}(?:vet|ved|veit|vett|kender|kjenner) (?:\\p{L}+ ){0,1}(?:om (?:det|dette|det her|jer|dere|er|dykk)|hele historien|hela historien|hvordan dere|hvordan i|hur ni)`,
        `${KIN} (?:\\p{L}+ ){0,2}(?:har hørt|har høyrt|har hört|har fått høre|har fått höra|fått höra|fick höra|fikk høre|fekk høyre|fik høre|har fået høre|har fått høyre|har fått vite|har fått veta|har fået at vide|har fået besked|fikk vite|fekk vite|fick veta|fik at vide|vet nå|veit no|vet nu|ved nu) (?:nok |alt |allt |all |mye |mykje |meget |masse |en del |ein del )?(?:om |hvordan |korleis |hur |hvad |kva |vad )?(?:det|dette|det her|det här|jer|dere|dykk|dokker|er|i|ni|dei|de)`,
        // Telling them not to come: "sagt til heile bygda at dei ikkje skal handle her".
        `(?:sa|sagt|sagde|seier|sier|siger|säger|sir|fortalt|fortalte|berättat|berättade) (?:til |till |åt |for |för )?${KIN} (?:at|att) (?:dei|de|dom|dem|hun|han|hon|ho) (?:ikke|ikkje|inte|aldri|aldrig) (?:skal|ska|skall|må|bør|burde|bör)`,
        '(?:sa|sagt|sagde|sade|svarte|svarade|svarede) (?:\\p{L}+ ){0,2}(?:nei|nej|nei takk|nej tak) (?:til|till|åt) (?:dere|jer|er|dykk|dokker)',
        '(?:hvor som helst|var som helst|kvar som helst|hvorsomhelst) (?:\\p{L}+ ){0,1}(?:men|bortsett fra|undtagen|utom|untatt) (?:ikke |ikkje |inte )?(?:hos |til |till )?(?:dere|jer|er|dykk|dokker)',
        // Advising someone against the shop: "har frarådet ham det", "sagt åt henne att leta någon annanstans".
        `(?:fraråd~|frarådde|avråd~|avrått|avrådde|advar~|varn~|varsku~) (?:\\p{L}+ ){0,1}${KIN}`,
        `(?:fraråd~|frarådde|avråd~|avrått|avrådde) (?:ham|hende|henne|honom|han|hun|dem|dei|deim|folk)`,
        `(?:sagt|sa|sagde|bedt|bett|bad|rådet|rådde|rådet|rådede) (?:åt |til |till )?(?:ham|hende|henne|honom|han|hun|dem|dei|${KIN}) (?:at|att|å|om å|om at) (?:\\p{L}+ ){0,4}(?:någon annanstans|någon annan stans|et annet sted|et andet sted|et annat ställe|andre steder|andra ställen|annetsteds|andetsteds|annanstans|ikke \\p{L}+|ikkje \\p{L}+|inte \\p{L}+|aldri \\p{L}+|aldrig \\p{L}+|holde seg unna|holde sig væk|hålla sig borta)`,
        `(?:sa|sagt|sagde|seier|sier) (?:rett ut |klart |tydelig |helt klart )?(?:at|att) (?:hun|han|de|dei|hon|dom|ho) (?:ikke|ikkje|inte|aldri|aldrig|IKKE) (?:skal|ska|skall|må|bør|burde) (?:\\p{L}+ ){0,2}(?:til|till|hos|med) (?:dere|jer|er|dykk|dokker)`,
        // A recommendation withheld: "kan ikke med god samvittighed anbefale jer til nogen".
        '(?:kan|kunne|vil|ville|kommer) (?:jeg |jag |eg |æ |vi )?(?:ikke|ikkje|inte|aldri|aldrig|ikk) (?:\\p{L}+ ){0,4}(?:anbefal~|rekommender~|tilrå~) (?:jer|dere|er|dykk|dokker|deg|dig|stedet|firmaet|butikken) (?:\\p{L}+ ){0,2}(?:til|till|for|för) (?:noen|nogen|nokon|någon|nogon|andre|andra|nokon|folk|venner|vänner|nogen som helst)',
      ],
    },
    {
      // Owning a blog or a podcast alone is a hint ("vi har en podd och undrade om ni vill sponsra"):
      // with a next episode or a readership it adds up.
      group: 'public',
      frame: 'audience',
      strength: 'hint',
      label: 'has a medium of their own',
      patterns: [
        `(?:driver|drifter|driv|har|have|lager|lagar|laver|gör|gjør|gjer|skriver|skriv|skriver for|står bak|hoster|vi har|vi lager|vi gör|vi laver) (?:en |et |ei |ett |eit |ein |min |mitt |vår |vårt |vores |min egen |mitt eget )?(?:\\p{L}+ ){0,2}${MEDIUM}`,
      ],
    },
    {
      group: 'public',
      frame: 'audience',
      strength: 'threat',
      label: 'will feature it in their own medium',
      patterns: [
        `(?:driver|drifter|driv|har|have|lager|lagar|laver|gör|gjør|gjer|skriver|skriv|skriver for|står bak|hoster|vi har|vi lager|vi gör|vi laver) (?:en |et |ei |ett |eit |ein |min |mitt |vår |vårt |vores |min egen |mitt eget )?(?:\\p{L}+ ){0,2}${MEDIUM}[^.!?\\n]{0,80}(?:${NEXT_ISSUE}|(?:får|fikk|fick) (?:\\p{L}+ ){0,2}(?:en hel|et helt|ett helt|sin egen|sitt eget) (?:episode|afsnit|avsnitt|innlegg|indlæg|inlägg|video|nummer))`,
      ],
    },
    {
      group: 'public',
      frame: 'audience',
      strength: 'signal',
      label: 'is read by many',
      patterns: [
        // Read by many without a number: "en matblogg som leses av ganske mange", "går ut til over 2000 husstander".
        '(?:side~|gruppe~|grupp~|forum~|konto~|kanal~|profil~|sida|sidan) (?:\\p{L}+ ){0,2}(?:med|har|på|som har) (?:over |mer enn |flere enn |nesten |nästan |næsten |omkring |cirka |ca |drøyt |knapt )?\\d[\\d .,]*k? (?:medlemmer|medlemmar|følgere|följare|abonnenter|prenumeranter|lesere|læsere|läsare)',
        '\\d[\\d .,]*k? (?:modtagere|mottakere|mottagare|mottakarar)',
        '(?:leses|lest|læses|läses|følges|följs|følgt|sees|ses|lyttes) (?:\\p{L}+ ){0,1}(?:av|af) (?:ganske |rigtig |rätt |veldig |svært |väldigt )?(?:mange|mange folk|tusen~|tusind~|flere tusen|tusenvis|mange tusen|\\d[\\d .,]*k?)',
        '(?:går|sendes|sendast|gaar|skickas) ut (?:til|till) (?:over |mer enn |flere enn |nesten |nästan |cirka |ca |omkring )?\\d[\\d .,]* (?:husstander|hushold~|husstandar|hushåll~|medlemmer|medlemmar|abonnent~|mottakere|mottagare|modtagere|lesere|læsere|läsare|personer|folk|mennesker)',
      ],
    },
    {
      group: 'public',
      frame: 'audience',
      strength: 'hint',
      label: 'plans the next issue',
      patterns: [
        NEXT_ISSUE,
        '(?:få|får|fått) (?:sig |seg )?(?:et|ett|en|ei|sitt|sit|eget|egen) (?:\\p{L}+ )?(?:inlägg|innlegg|indlæg|avsnitt|afsnit|episode|video)',
        '(?:får|fikk|gets) (?:\\p{L}+ ){0,2}(?:en hel|et helt|ett helt|sin egen|sitt eget) (?:episode|afsnit|avsnitt|innlegg|indlæg|inlägg|video|nummer)',
      ],
    },
    {
      group: 'public',
      frame: 'already-public',
      strength: 'threat',
      label: 'has already posted it',
      patterns: [
        `${POSTED} (?:\\p{L}+ ){0,6}(?:på|i|in|inn i|ind i|op i|opp i|upp i|upp på|ut på|ud på|om det på|om det i) (?:min |mi |mitt |mine |vår |den |det |en |ei |et |ett )?(?:\\p{L}+ ){0,3}${PLACE}`,
        `(?:lagt|lavet|lavede|lagde|la|laget|lagd|skrevet|skrev|skrivit|postet|postat|gjort|gjorde|startet|startat|startede) (?:et |en |ett |ei |eit |ein )?(?:opslag|innlegg|inlägg|indlæg|post|tråd|video|tiktok|reel|story|anmeldelse|omtale|recension) (?:op |ut |upp |ud |opp )?(?:i|på|om)`,
        // "Face" alone is Facebook only after posting it there: "æ har lagt det ut på face".
        '(?:la|lagt|legg|legger|legge|post~|del~|delt|skreiv|skrev|skrevet) (?:\\p{L}+ ){0,4}(?:på|i) face(?!\\p{L})',
        '(?:tagget|tagga|taggat|taggede|tagget) (?:dere|jer|er|dykk|dokker|firmaet|butikken)',
        '(?:ligger|står|er|är) (?:det |den |dette )?(?:nå |nu |no )?ute (?:for|för) (?:alle|alla)',
        // Numbers only a post gets: "50k visningar", "300 delinger".
        '(?:\\d[\\d .,]*k?|hundre~|hundra~|tusen~|tusind~|flere tusen|tusenvis av) (?:visningar|visninger|visninger|visninger|views|likes|liker|gillningar|delninger|delinger|delningar|delinger|kommentarer|kommentarar|reaksjoner|reaktioner|reaktionar|seere|tittare|seere)',
        '(?:gått|gikk|gick|gået|gik|blitt|blivit|blevet|ble|blev|gjekk) (?:\\p{L}+ ){0,3}viral~',
      ],
    },
    {
      group: 'public',
      frame: 'go-public',
      strength: 'threat',
      label: 'will go public',
      patterns: [
        '(?:få|får|fått|fikk|fick) (?:høre|høyre|vite|veta|höra|vide|lese|läsa|læse) (?:det |om det |dette |om dette |det her |om det her )?(?:på|i) (?:{social}|{socialMedia}|{review}|{forum})',
      ],
    },
    {
      group: 'public',
      frame: 'go-public',
      strength: 'threat',
      label: 'will put it in their own medium',
      patterns: [
        `(?:nevn~|nämn~|nævn~|tar nog upp|tar upp|ta opp|tar opp|tager op|tage op|ta med|tar med|tager med|skriv~|kommer med|kommer|havner|hamnar|ender) (?:det |dette |den |det her |det här )?(?:nok |nog |lige |bare |sikkert )?(?:med |opp |op |upp )?(?:i|på) (?:min |mitt |mit |mi |vår |vårt |vores )?(?:\\p{L}+ ){0,1}${MEDIUM}`,
        '(?:ser ut|ser ud|ta seg ut|tar seg ut|tar sig ud|ta sig ut|tar sig ut) (?:\\p{L}+ ){0,2}(?:på|i) (?:{social}|{review}|{socialMedia})',
      ],
    },
    {
      group: 'public',
      frame: 'go-public',
      strength: 'threat',
      label: 'will put it in a review',
      patterns: [
        '(?:havner|havne|hamnar|hamna|ender|ende|ender op|ender opp|kommer|kommer med|tas med|tages med|tas med) (?:det |dette |den |det her |saken )?(?:opp |op |med |upp )?(?:i|på) (?:min |mitt |mi |den |en |ei |et |ett )?(?:\\p{L}+ )?(?:anmeldelse~|omtale~|recension~|vurdering~|betyg~|omdøm~|review~)',
      ],
    },
    {
      group: 'public',
      frame: 'press',
      strength: 'threat',
      label: 'has sent the story to the press',
      patterns: [
        '(?:gå|går|gaa) (?:\\p{L}+ ){0,1}(?:te|tel|åt) {press}',
        '(?:sendt|sendte|sender|sende|skickat|skickade|skickar|skicka|sent|tipset|tipsat|tipsade|tipsa) (?:inn |ind |in )?(?:min |mi |hele |hela |den |et |ett |en )?(?:historie~|historia|historien|saken|sagen|tips|tip) (?:\\p{L}+ ){0,2}(?:til|till|åt) (?:\\p{L}+ ){0,2}(?:{press}|program~|redaksjon~|redaktion~|nyhet~|nyhed~)',
        '{press} (?:\\p{L}+ ){0,2}(?:har fått|har fået|har fåt|fikk|fik|fick|har) (?:et |ett |en )?(?:tips|tip|henvendelse|mail|mejl|e post) (?:om|fra|från)',
      ],
    },
    {
      group: 'formal',
      frame: 'authority',
      strength: 'threat',
      label: 'has reported it to the police',
      patterns: [
        '(?:anmelde|anmelder|anmeldt|anmeldte|anmäla|anmäler|anmält|anmälde) (?:jer|dere|dykk|dokker|er|firmaet|butikken|forretningen|företaget)',
        '(?:politi~|polis~|polisen) (?:\\p{L}+ ){0,3}(?:anmeldelse|anmeldt|anmeldte|anmälan|anmält|anmälde|politianmeld~|sak~ mot|sag mod)',
        '(?:anmeldt|anmeldte|anmelder|anmälde|anmält|anmäler|politianmeld~|polisanmäl~) (?:\\p{L}+ ){0,3}(?:til|till|hos) (?:politi~|polis~|polisen)',
        '(?:politianmeld~|polisanmäl~)',
      ],
    },
    {
      group: 'formal',
      frame: 'legal',
      strength: 'threat',
      label: 'has a lawyer looking at it',
      patterns: [
        '(?:advokat~|jurist~|advokaten|juristen) (?:\\p{L}+ ){0,6}(?:skal|ska|skall|kommer til å|vil|har) (?:\\p{L}+ )?(?:gå gjennom|gå igjennom|gå igjen|gennemgå|gå igenom|granske|granska|se på|se over|kigge på|titta på|sjå på|vurdere|vurdera|ta saken|ta sagen|ta ärendet|ta den)',
      ],
    },
    {
      group: 'formal',
      frame: 'bank',
      strength: 'threat',
      label: 'the bank is taking the money back',
      patterns: [
        `${PAYER}[^.!?\\n]{0,40}${DISPUTE}`,
        `${DISPUTE} (?:\\p{L}+ ){0,5}(?:via|gjennom|gennem|genom|hos|med|på|i|through) (?:min |mit |mitt |mi )?${PAYER}`,
        `(?:ringte|ringt|ringde|ringet|ringede|kontaktet|kontaktede|kontaktat|kontakta|ba|bad|bedt|bett|bedt|meldte|meldt|fikk|fick|fik) (?:\\p{L}+ ){0,2}${PAYER} (?:\\p{L}+ ){0,6}${CLAWBACK}`,
        `${PAYER} (?:\\p{L}+ ){0,6}${CLAWBACK} (?:\\p{L}+ ){0,4}(?:etter at|efter at|efter att|mens|medan|mens de|til|tills|indtil|inntil|fordi jeg|fordi eg|da jeg|när jag)`,
        `${PAYER} (?:har |have |has )?(?:fått|fået|fikk|fick|fik|fekk) (?:min |mi |mit |mitt |en |ei |et |ett )?(?:beskjed|besked|melding|meddelande|reklamasjon~|reklamation~|klage~|klagomål~|indsigelse~|innsigelse~)`,
        '(?:gå|går|gikk|gick|gik|gaa) (?:\\p{L}+ ){0,2}(?:via|gjennom|gennem|genom|til|till|te) (?:banken|min bank|kortselskap~|kortselskab~|kortföretag~)',
        '(?:paypal|klarna|vipps|mobilepay|swish) ?(?:sag~|sak~|ärende~|tvist~|krav~|reklamasjon~|reklamation~)',
      ],
    },
    {
      group: 'leaving',
      frame: 'leave',
      strength: 'signal',
      label: 'has gone to a competitor',
      patterns: [
        'takk for meg|tak for mig|tack för mig',
        '(?:ikke|ikkje|inte|aldrig|aldri) (?:kommer til å |kommer att |kommer til at |vil |skal )?(?:fornye|fornyer|fornya|förnya|förnyar|forlenge|forlenger|forlænge|forlænger|förlänga|förlänger) (?:\\p{L}+ ){0,1}(?:avtalen|aftalen|avtalet|kontrakten|kontraktet|abonnementet|abonnemanget|medlemskapet|medlemskabet|medlemskapen)',
        '(?:kommer|kjem|kommer) (?:\\p{L}+ )?(?:ikke|ikkje|aldri|inte|aldrig) (?:mer |meir )?tilbake (?:te|til|till) (?:dere|dykk|dokker|jer|er)',
        '(?:går|gaar|drar|handler|handlar|handle|handla|går over|gå over) (?:jeg |jag |eg |vi |me )?(?:heller |hellere |hellre )?(?:til|till|hos|på|over til|över till) (?:\\p{L}+ ){1,3}(?:i stedet|istedet|istället|i stället|isteden|istaden)',
        '(?:ferdig~|færdig~|klar~) (?:for min del|med dere|med jer|med er|med dykk|med dokker)',
        '(?:handler|handlar|bestiller|beställer|kjøper|køber|köper|handle|handla) (?:\\p{L}+ ){0,3}(?:fra nå av|fra nu af|från och med nu|heretter|herefter|hädanefter|fremover|framöver)',
        '(?:ikke|ikkje|inte|aldrig|aldri) (?:en|ei|et|én|ett|eitt|ein|ei) (?:krone|øre|krona|öre|kr) (?:mer|til|mere|mera|mere|till)',
        `(?:meldt|meldte|melder|booka|booket|booker|bokat|bokade|bookat|bookade|gått|gikk|gick|gået|gik|byttet|bytta|byttede|bytt|bytte|bytter|byter|flyttet|flytta|flyttat|flyttade|tegnet|tegna|tecknat|tecknade|skrevet meg|skrivit mig|skrevet mig) (?:\\p{L}+ ){0,5}(?:i stedet|istedet|istället|i stället|isteden|i staden|istaden|i steden)`,
        `(?:booka|booket|bokat|bokade|bestilt|bestilte|beställt|gått|gikk|gick|gået|gik|byttet|bytta|bytt|bytter|byter|flyttet|flytta|flyttat|flyttar|flytter|meldt meg inn|meldt mig ind|gått med|gått över|gått over|gikk over|gick över|gik over) (?:\\p{L}+ ){0,4}(?:hos|til|till|på|med) (?:${ELSEWHERE}){1,2}(?:\\p{L}+ ){0,1}${PROVIDER}`,
        `(?:byter|bytter|bytt|byttet|bytta|bytte|skifter|skiftet|skifta) (?:til |till |over til |över till |over till )?(?:${ELSEWHERE}){0,2}${PROVIDER}`,
        '(?:gått|gikk|gick|gået|gik|går|gaar|byttet|bytta|bytt|skiftet|skifta) (?:over|över|ovar) (?:til|till) (?:\\p{L}+ ){1,3}',
        '(?:meldt|meldte) (?:meg|mig|oss|os) (?:inn|ind) (?:på|hos|i) (?:\\p{L}+ ){1,2}(?:i stedet|istedet|nå|nu)',
        '(?:sagt opp|sagt upp|sa opp|sade upp|opsagt|opsagde|avsluttet|avslutta|avslutat|avslutade) (?:\\p{L}+ ){0,3}(?:og|och) (?:\\p{L}+ ){0,2}(?:gått|gikk|gick|gået|byttet|bytt|flyttet|flyttat|bokat|booket|tegnet|tecknat)',
      ],
    },
  ],
  neutral: [
    // "Så" is also "so / then": "så skriver jag om det på Tripadvisor" is a threat, not a sighting.
    '(?:er|jobber som|arbejder som|arbetar som|jobbar som|är|e) (?:selv |sjøl |själv |sjølv |også |og |ogsaa )?(?:\\p{L}+ )?(?:journalist|reporter|journalistar|journalister)(?! \\p{L}*(?:på|i|hos|fra|från) )',
    '(?:læste|læst|leste|lest|läste|läst|las|hørte|hørt|hörde|hört|så|set|sett|såg) (?:om|en artikel om|en artikkel om|en artikel om|noe om|något om|noget om) (?:jer|dere|er|dykk|butikken|stedet|firmaet) (?:i|på|hos) (?:{press}|{social}|{review}|{forum})',
    '(?:ingen grunn|ingen grund|ingen anledning|inget skäl|ingen grunn|inga skäl|ikke noe behov|ikke behov|ingen grunn|ingen grunde|inte nödvändigt|ikke nødvendigt|ikke nødvendig) (?:til|till|att|for|for at|å) [^.,;!?\\n]{0,60}',
    '(?:inte|ikke|ikkje|aldrig|aldri) (?:\\p{L}+ ){0,1}(?:anmäla|anmelde|anmelda|skriva|skrive|skriv|lägga ut|legge ut|lægge ud|poste|posta|klaga|klage) (?:någon|något|några|noen|noe|noget|nogen|nokon|noko|nogon) [^.;!?\\n]{0,40}',
    '(?:er|är|e|jobber som|arbejder som|arbetar som|jobbar som) (?:\\p{L}+ )?(?:advokat|jurist)(?= *[.,;!?\\n]| og | och )',
    '(?:skrevet|skrev|skrivit|skreiv|givet|gitt|gav|gave|lagt igjen|lämnat|lämnade) (?:\\p{L}+ ){0,3}(?:pænt|pent|fint|positivt|godt|bra|rosende|fem stjerner|5 stjerner|fem stjärnor|5 stjärnor|toppkarakter|topkarakter)[^.!?\\n]{0,60}',
  ],
};

export const englishConstructions: FrameSet = {
  entries: [
    {
      group: 'public',
      frame: 'tell-others',
      strength: 'signal',
      label: 'has told others',
      patterns: [
        `(?:warned|warn~|ranting to|ranted to|rant~ to|moan~ to|moaned to|complain~ to|vent~ to|vented to|whing~ to|mentioned it to) ${EN_KIN}`,
        `(?:told|tell~|telling|talked to|talking to|talk~ to) ${EN_KIN} (?:\\p{L}+ ){0,4}(?:about (?:you|your|this|it|the way|how)|what (?:happened|you)|how you|the whole story|all about)`,
        `${EN_KIN} (?:\\p{L}+ ){0,2}(?:knows?|know|heard|has heard|have heard|got the whole story|found out) (?:all )?(?:about )?(?:this|it|what happened|what you|the whole story|about you)`,
        "(?:can't|cannot|can not|couldn't|won't|will not|wouldn't|would not|never) (?:\\p{L}+ ){0,3}recommend~ (?:you|your \\p{L}+|this place|this company|the \\p{L}+) (?:\\p{L}+ ){0,2}to (?:anyone|anybody|a soul|friends|family|people|others)",
        '(?:advised|told|asked|warned) (?:her|him|them|my \\p{L}+|everyone) (?:\\p{L}+ ){0,1}(?:to|not to) (?:go|look|book|shop|find) (?:\\p{L}+ ){0,2}(?:elsewhere|somewhere else|anywhere else)',
        `(?:advised|told|warned) (?:her|him|them|my \\p{L}+|everyone|${EN_KIN}) (?:\\p{L}+ ){0,2}(?:not to|to avoid|to steer clear|against)`,
      ],
    },
    {
      group: 'public',
      frame: 'audience',
      strength: 'hint',
      label: 'has a medium of their own',
      patterns: [
        `(?:run|runs|have|host|hosts|make|write|do|co host|co hosts|i run|we run|we have|we host|we do) (?:a |an |my |our |my own |our own )?(?:\\p{L}+ ){0,2}${EN_MEDIUM}`,
      ],
    },
    {
      group: 'public',
      frame: 'audience',
      strength: 'threat',
      label: 'will feature it in their own medium',
      patterns: [
        `(?:mention~|give it a mention|bring~ it up|talk~ about it|feature~ it) (?:\\p{L}+ ){0,3}(?:on|in) (?:my|our) (?:\\p{L}+ )?${EN_MEDIUM}`,
        `(?:run|runs|have|host|hosts|make|write|do|co host|co hosts|i run|we run|we have|we host|we do) (?:a |an |my |our |my own |our own )?(?:\\p{L}+ ){0,2}${EN_MEDIUM}[^.!?\\n]{0,80}(?:(?:next|upcoming) (?:\\p{L}+ )?(?:ep|episode|post|blog post|issue|video|newsletter|vlog|edition)|be featured|writing (?:you |this |it )?up)`,
      ],
    },
    {
      group: 'public',
      frame: 'audience',
      strength: 'signal',
      label: 'is read by many',
      patterns: [
        '(?:page|group|forum|account|channel|profile|server) (?:\\p{L}+ ){0,2}(?:with|has|of|that has) (?:over |more than |nearly |almost |about |around )?\\d[\\d.,]*k? (?:members|followers|subscribers|readers)',
        '(?:decent|big|large|huge|good|loyal|sizeable|sizable) (?:\\p{L}+ )?(?:readership|following|audience|subscriber base|listenership)',
        '(?:read|followed|watched|listened to) by (?:quite )?(?:a lot of|lots of|loads of|thousands|many|plenty of|\\d[\\d.,]*k?)',
        '(?:goes|sent|going) out to (?:over |more than |nearly |about )?\\d[\\d.,]*k? (?:households|members|people|subscribers|readers)',
      ],
    },
    {
      group: 'public',
      frame: 'audience',
      strength: 'hint',
      label: 'plans the next issue',
      patterns: [
        '(?:next|upcoming|latest|new) (?:\\p{L}+ )?(?:ep|episode|post|blog post|issue|video|newsletter|vlog|edition)',
        "(?:writing up|write up|writing about|featured|feature you|featuring you|you'll be featured|be featured)",
      ],
    },
    {
      group: 'public',
      frame: 'already-public',
      strength: 'threat',
      label: 'has already posted it',
      patterns: [
        `${EN_POSTED} (?:\\p{L}+ ){0,6}(?:on|in|to|up on) (?:my |our |the |a )?(?:\\p{L}+ ){0,4}${EN_PLACE}`,
        '(?:tagged|tagging) (?:you|your (?:\\p{L}+ )?(?:page|account|company))',
        '(?:\\d[\\d.,]*k?|hundreds of|thousands of) (?:views|likes|shares|comments|retweets|reactions)',
        '(?:gone|went|going|is going) (?:\\p{L}+ ){0,3}viral',
      ],
    },
    {
      group: 'public',
      frame: 'press',
      strength: 'threat',
      label: 'has sent the story to the press',
      patterns: [
        '(?:sent|send|sending|emailed|passed|given|gave) (?:my |the |our )?(?:story|tip|details|case) (?:\\p{L}+ ){0,2}to (?:\\p{L}+ ){0,2}(?:{press}|programme|program|show)',
        '(?:rogue traders|watchdog|panorama|dispatches)',
      ],
    },
    {
      group: 'formal',
      frame: 'bank',
      strength: 'threat',
      label: 'the bank is taking the money back',
      patterns: [
        `${EN_PAYER}[^.!?\\n]{0,40}${EN_DISPUTE}`,
        `${EN_DISPUTE} (?:\\p{L}+ ){0,5}(?:with|through|via|on|at) (?:my |the )?${EN_PAYER}`,
        '(?:go|went|going|gone) (?:through|via|to) (?:my|the) (?:bank|card company|card provider)',
        `(?:called|rang|phoned|contacted|asked|told|got) (?:\\p{L}+ ){0,2}${EN_PAYER} (?:\\p{L}+ ){0,6}${EN_CLAWBACK}`,
        `${EN_PAYER} (?:\\p{L}+ ){0,6}${EN_CLAWBACK} (?:\\p{L}+ ){0,4}(?:while|until|after i|since i|since you|pending)`,
      ],
    },
    {
      group: 'leaving',
      frame: 'leave',
      strength: 'signal',
      label: 'has gone to a competitor',
      patterns: [
        `(?:switched|switching|switch|moved|moving|gone|went|going|changed|changing) (?:over )?to (?!your |you |yours )(?:the |a |another |a new |a different )?(?:\\p{L}+ ){0,2}${EN_PROVIDER}`,
        `(?:booked|joined|signed up|went|going|gone) (?:\\p{L}+ ){0,5}(?:instead|elsewhere|somewhere else)`,
        "(?:won't|will not|wont|not) (?:be )?renew~ (?:the |our |my |this )?(?:contract|subscription|membership|agreement|plan|policy)",
        'anywhere but (?:you|here|your \\p{L}+)',
        "(?:done with you|i'm done|not a penny more|not one more penny|never again|you've lost (?:a|my|our) (?:customer|business))",
      ],
    },
  ],
  neutral: [
    '(?:read|heard|saw|seen) (?:about|an article about|a piece about|something about) (?:you|your \\p{L}+|this place) (?:in|on) (?:the )?(?:{press}|{social}|{review}|{forum})',
    '(?:no need|no reason) to [^.,;!?\\n]{0,60}',
    '(?:left|gave|written|wrote|given) (?:you )?(?:a |an )?(?:\\p{L}+ ){0,1}(?:glowing|great|good|positive|lovely|nice|five star|5 star|5\\*) [^.!?\\n]{0,60}',
  ],
};
