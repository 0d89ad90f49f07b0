import { clauseGap, type FrameSet } from './types.ts';

const CLAUSE = clauseGap(['and', 'but', 'if', 'when', 'because']);
const PEOPLE =
  '(?:everyone|everybody|as many people as (?:i can|possible)|all my|all our|people|friends|family|neighbours|neighbors|colleagues|other customers|anyone|every (?:parent|mum|mom|dad|member|neighbour|neighbor|friend|customer|person)|the whole (?:town|village|street|school|office|club|family|world|internet|country))';

/** English, UK and US. */
export const enFrames: FrameSet = {
  entries: [
    {
      group: 'public',
      frame: 'tell-others',
      strength: 'threat',
      label: 'will tell others',
      patterns: [
        `${PEOPLE} ${CLAUSE}(?:will|is going to|are going to|gonna|is gonna|shall|needs? to|should|must|deserves? to|has to|have to|ought to|is about to) (?:definitely |certainly |all |soon )?(?:hear|know|find out|learn)`,
        `make (?:damn |very )?sure ${PEOPLE} ${CLAUSE}(?:knows?|hears?|finds? out|is aware|are aware|learns?)`,
        "(?:i'll|i will|i'm going to|im going to|i am going to|going to|gonna|i'll be) (?:be )?(?:tell~|warn~) (?:everyone|everybody|people|anyone|all|every|the whole|my)",
        'spread~ the word',
        '(?:shared|sharing|share) (?:this|it|my story|my experience) with (?:everyone|everybody|all|my|friends|family|people)',
        `let~ ${PEOPLE} ${CLAUSE}know`,
        'word (?:will|is going to|gets|is gonna) (?:get )?(?:around|out)',
      ],
    },
    {
      group: 'public',
      frame: 'audience',
      strength: 'threat',
      label: 'has an audience',
      patterns: [
        '(?:\\d[\\d.,]*k?|thousands of|tens of thousands of) (?:{audience})',
        '(?:my|our) (?:\\d[\\d.,]*k? )?(?:followers|subscribers|readers|viewers|audience)',
      ],
    },
    {
      group: 'public',
      frame: 'audience',
      strength: 'signal',
      label: 'has a channel of their own',
      patterns: ['(?:my|our) (?:{audience})'],
    },
    {
      group: 'public',
      frame: 'go-public',
      strength: 'threat',
      label: 'will go public',
      patterns: [
        'go~ public|gone public|went public|going public',
        'mak~ (?:this|it|the whole thing|everything) public',
        '(?:this|it|that) (?:will|is going to|is gonna|goes|will go|could go|might go) (?:be )?public',
        '(?:post~|shar~|put~|writ~|wrote|upload~) _ (?:on|in|to|online|up on) (?:{forum})',
        'all over (?:{social}|{socialMedia}|{forum}|town)',
        '(?:post~|shar~|put~|spread~|writ~) (?:\\p{L}+ ){0,3}everywhere',
        "(?:i'll|i will|going to|gonna|i'm going to|i am going to|i'll be|i will be) (?:be )?(?:writ~|blog~|post~) about (?:this|you|my experience|your company)",
        '(?:this|it|that|this story) (?:is going|goes|will go|is gonna go|will be going|will be|is going to be|is gonna be|ends up|will end up) (?:in|into|on) (?:my |our )?(?:next )?(?:{audience}|{forum})',
        '(?:writ~|wrote|post~) (?:about (?:this|it|you) )?(?:on|to) {review}',
      ],
    },
    {
      group: 'public',
      frame: 'already-public',
      strength: 'threat',
      label: 'has already made it public',
      patterns: [
        '(?:started|written|wrote|posted|made) (?:a )?thread (?:about (?:you|this|your company)|on)',
        "(?:it's|it is|this is|they're|its) (?:already |now )?(?:on|up on|all over) (?:{social}|{socialMedia}|{forum}|{review})",
        '(?:post|thread|review|tweet|video)s? (?:about you )?_ (?:has|have|got|already has|now has) (?:over |more than |nearly )?(?:\\d+k?|hundreds|thousands|loads)',
        '(?:already|just) (?:posted|shared|written|wrote|put) (?:it |this |about (?:this|it|you) )?_ (?:on|in|to) (?:{social}|{socialMedia}|{forum}|{review})',
        '(?:shared|retweeted|liked) (?:over |more than )?(?:\\d+k?|hundreds of|thousands of) times',
      ],
    },
    {
      group: 'public',
      frame: 'press',
      strength: 'threat',
      label: 'will go to the press',
      patterns: [
        '(?:this|it|that|my story|the story) (?:is going|goes|will go|is gonna go|will be going|gets? sent|will be sent) (?:straight )?to (?:{press})',
        '(?:contact~|in touch with|spoken to|spoke to|speaking to|talk~ to|talked to|tip~ off|email~|writ~ to|wrote to|call~) (?:a |the )?(?:journalist~|reporter~|{paper})',
      ],
    },
    {
      group: 'leaving',
      frame: 'leave',
      strength: 'signal',
      label: 'says they are leaving',
      patterns: [
        "(?:you've|you have|you) seen the last of (?:me|us)",
        '(?:no more|not another) (?:orders|purchases|visits|money|penny|pound|cent|dime) (?:from|out of) (?:me|us)',
        "(?:won't|will not|wont|never) (?:get|see) (?:another|one more) (?:penny|pound|cent|dime|order) (?:from|out of) (?:me|us)",
        '(?:mov~|tak~|took) (?:my|our) (?:business|money|custom|account|mortgage|savings|accounts|broadband|energy|contract)~? (?:elsewhere|somewhere else|to)',
        '(?:shop~|order~|buy~|go~|eat~|get~ (?:it|them|mine)) (?:from|at|to|with) (?:\\p{L}+ ){1,2}instead',
        '(?:end of|done with|finished with) (?:my )?loyalty',
        '(?:no longer|not) (?:be )?(?:a |your )?(?:loyal )?customer(?: of yours)?(?: any ?more)?',
        "(?:i'm|i am|im|we're|we are) (?:going|moving|switching) (?:over )?to (?:a |your )?(?:competitor|rival|\\p{L}+ instead)",
        '(?:losing|lose|lost) (?:me|us) as (?:a )?customers?',
      ],
    },
    {
      group: 'formal',
      frame: 'bank',
      strength: 'threat',
      label: 'will take the money back through the bank',
      patterns: [
        '(?:dispute|claim|complaint|chargeback|refund request|case) (?:with|through|via) (?:my |the )?(?:bank|card (?:provider|company|issuer)|credit card~?(?: company| provider)?|amex|american express|visa|mastercard|paypal)',
        '(?:ask~|asked|contact~|call~|told|get~|getting|speak~ to|spoke to|spoken to|talk~ to|talked to) (?:my|the) (?:bank|card company|card provider|credit card (?:company|provider)|card issuer|amex) (?:to|about|and)',
        'claw~ (?:the |my )?(?:money |payment )?back|claw~ back',
        '(?:paypal|klarna|amex|visa|mastercard) (?:claim|dispute|case|chargeback)',
        '(?:revers~|recall~) (?:the |this |my )?(?:charge|payment|transaction)s?',
        '(?:stop|stopped|stopping|cancel~) (?:the |my )?(?:payment|direct debit|standing order) (?:with|through|at) (?:my |the )?bank',
      ],
    },
    {
      group: 'formal',
      frame: 'authority',
      strength: 'threat',
      label: 'will contact the consumer authorities',
      patterns: [
        '(?:this|it|that|my complaint|complaint|the complaint|the matter|this matter|the case) (?:is going|goes|will go|is gonna go|will be going|gets? sent|will be sent|has gone|has been sent|has been referred|is being referred) (?:straight )?to (?:the )?{body}',
        '(?:refer~|escalat~|rais~|log~|lodg~|submit~|report~|complain~) (?:this |it |a complaint |the complaint |my complaint |you )?(?:with|to) (?:the )?{body}',
      ],
    },
  ],
  neutral: [
    '(?:told|tell~|telling|recommended|recommend~) (?:all my|everyone|everybody|my|people|friends|family) _ (?:how|about how) (?:great|good|amazing|lovely|brilliant|happy|fab|wonderful)',
    "(?:i'm|i am|im|i work as|as) an? (?:journalist|reporter)",
  ],
};
