import { normalise } from './triage/normalise.ts';

/**
 * Words that carry no topic, per language side by side: two complaints that share only these
 * share nothing. Compared after normalising (lowercase, NFKC), before stemming.
 */
const STOP_WORDS: Record<'nb' | 'da' | 'sv' | 'en', string[]> = {
  nb: 'og i jeg det at en et den til er som på de med han av ikke der så var meg seg men ett har om vi min mitt ha hadde hun nå over da ved fra du ut sin dem oss opp man kan hans hvor eller hva skal selv sjøl her alle vil bli ble blitt kunne inn når være kom noen noe ville dere deres kun ja etter ned skulle denne for deg si sine sitt mot å meget hvorfor dette disse uten hvordan ingen din ditt blir samme hvilken hvilke sånn inni mellom vår hver hvem vors hvis både bare enn fordi før mange også slik vært veldig fikk får gikk går helt fortsatt igjen enda hei takk hilsen'.split(
    ' ',
  ),
  da: 'og i jeg det at en den til er som på de med han af for ikke der var mig sig men et har om vi min havde ham hun nu over da fra du ud sin dem os op man hans hvor eller hvad skal selv her alle vil blev kunne ind når være dog noget ville jo deres efter ned skulle denne end dette mit også under have dig anden hende mine alt meget sit sine vor mod disse hvis din nogle hos blive mange ad bliver hendes været thi jer sådan fordi bare stadig igen helt fik får gik går hej tak hilsen'.split(
    ' ',
  ),
  sv: 'och det att i en jag hon som han på den med var sig för så till är men ett om hade de av icke mig du henne då sin nu har inte hans honom skulle hennes där min man ej vid kunde något från ut när efter upp vi dem vara vad över än dig kan sina här ha mot alla under någon eller allt mycket sedan ju denna själv detta åt utan varit hur ingen mitt ni bli blev oss din dessa några deras blir mina samma vilken er sådan vår blivit dess inom mellan sådant varför varje vilka ditt vem vilket sitta sådana vart dina vars vårt våra ert era vilkas fortfarande igen bara helt fick får gick går hej tack hälsningar'.split(
    ' ',
  ),
  en: 'a an the and or but if then so of to in on at by for with from into about as is are was were be been being am i me my we our you your he him his she her it its they them their this that these those there here what which who whom when where why how all any both each few more most other some such no nor not only own same than too very can will just should now have has had do does did doing would could also still again get got gets please hello hi thanks thank dear regards yet even ever never really'.split(
    ' ',
  ),
};
const STOP = new Set(Object.values(STOP_WORDS).flat());

/** Words shorter than this are too vague to say what a complaint is about. */
const MIN_WORD = 4;
/** Long enough to tell words apart, short enough that "betaling" and "betalingen" are one term. */
const STEM = 6;

export interface Term {
  /** The comparable form: a prefix of the normalised word. */
  stem: string;
  /** How the customer wrote it, for explaining what reports share. */
  word: string;
}

/** The topic words of a message, each once, in the order they first appear. */
export function topicTerms(message: string): Term[] {
  const words = normalise(message).text.split(/[^\p{L}\p{N}]+/u);
  const seen = new Map<string, Term>();
  for (const word of words) {
    if (word.length < MIN_WORD || STOP.has(word) || /^\d+$/.test(word)) continue;
    const stem = word.slice(0, STEM);
    if (!seen.has(stem)) seen.set(stem, { stem, word });
  }
  return [...seen.values()];
}
