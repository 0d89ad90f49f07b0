import type { Locale } from '../../config/schema.ts';

/**
 * Words on the server-rendered pages behind one-click links, per language side by side. Staff
 * pages speak the site's language, customer pages the language of the customer's own case.
 * Every page that cannot do what was asked says why and what to do instead.
 */
export const pageCopy = {
  nb: {
    caseTitle: 'Tilbakemelding til {site}',
    rating: 'Vurdering: {rating} av 5',
    wants: 'Dette ville gjort det godt igjen for kunden',
    contact: 'Kontakt',
    noContact: 'Kunden oppga ingen e-postadresse',
    status: 'Status',
    thread: 'Hele saken',
    claimTitle: 'Ta saken',
    claimIntro: 'Når du tar saken, stopper påminnelsene, og kollegaene dine ser at den er i gode hender.',
    claimButton: 'Jeg tar den',
    resolveTitle: 'Merk saken som løst',
    resolveIntro:
      'Om noen dager spør vi kunden om det ble ordnet. Svarer kunden nei, kommer saken tilbake til deg.',
    note: 'Notat (valgfritt, bare for dere)',
    resolveButton: 'Merk som løst',
    reassignTitle: 'Gi saken til en kollega',
    reassignIntro:
      'Kollegaen din får varselet med hele saken. Har kunden ventet lenger enn vi lovet, får kollegaen en ny frist.',
    reassignTo: 'Gi til',
    reassignButton: 'Gi saken videre',
    chooseColleague: 'Velg en kollega å gi saken til.',
    viewTitle: 'Saken',
    claimedTitle: 'Saken er din',
    claimedTold: 'Kunden får en kort e-post om at det er du som svarer, og når.',
    claimedQuiet: 'Kunden får ingen ny e-post om det.',
    resolvedTitle: 'Saken er løst',
    resolved: 'Saken er merket som løst. Har kunden oppgitt e-post, spør vi om noen dager om det ble ordnet.',
    reassignedTitle: 'Saken er gitt videre',
    reassigned: '{to} har fått varselet med hele saken.',
    unchangedTitle: 'Ingenting ble endret',
    unchanged: 'Saken var allerede {status}.',
    statuses: { open: 'åpen', claimed: 'tatt', resolved: 'løst', closed: 'lukket' },
    yesIntro:
      'Så godt å høre! Trykk «Send svaret», så er det registrert. Vil du si noe mer, kan du skrive det her først.',
    noIntro:
      'Det er vi lei oss for. Trykk «Send svaret», så åpner vi saken igjen, og {owner} tar kontakt. Fortell gjerne hva som fortsatt ikke er bra.',
    comment: 'Noen ord til {owner} (valgfritt)',
    send: 'Send svaret',
    wrongAnswer: 'Trykket du feil?',
    thanksYesTitle: 'Takk for svaret!',
    thanksYes: 'Så fint at det ble ordnet, og takk for at du ga oss sjansen.',
    thanksNoTitle: 'Takk for at du sa ifra',
    thanksNo: 'Saken er åpnet igjen, og {owner} har fått beskjed og tar kontakt med deg.',
    unsubscribeTitle: 'Meld deg av spørsmål og invitasjoner',
    unsubscribeIntro:
      'Trykk på knappen for å melde deg av spørsmål og invitasjoner fra {site}. Svar i saker du selv har sendt inn, får du fortsatt.',
    unsubscribeButton: 'Meld meg av',
    unsubscribedTitle: 'Du er meldt av',
    unsubscribed:
      'Du får ikke flere spørsmål eller invitasjoner fra {site}. Svar i sakene dine får du fortsatt.',
    oops: 'Lenken virker ikke',
    invalid:
      'Beklager, denne lenken virker ikke. Kanskje kom ikke hele lenken med? Prøv knappen i e-posten én gang til, eller svar på e-posten, så hjelper vi deg.',
    'not-found':
      'Beklager, vi finner ikke denne saken lenger, kanskje fordi den er slettet. Vil du ta kontakt, kan du svare på e-posten du fikk fra oss.',
    expired: 'Beklager, denne lenken er utløpt. Svar på e-posten du fikk fra oss, så hjelper vi deg videre.',
    used: 'Denne lenken er allerede brukt, så ingenting ble endret.',
    customerExpired:
      'Beklager, denne lenken er utløpt. Svar på e-posten fra {owner}, så får du hjelp derfra.',
    answeredTitle: 'Du har allerede svart',
    customerUsed: 'Takk for svaret ditt! Vil du legge til noe, kan du svare på e-posten fra {owner}.',
    staffExpired:
      'Denne lenken er utløpt. Åpne saken fra det nyeste varselet om den, eller svar på e-posten, så går svaret til kunden.',
    staffUsed: 'Denne lenken er allerede brukt, så ingenting ble endret. Saken er nå {status}.',
  },
  da: {
    caseTitle: 'Tilbagemelding til {site}',
    rating: 'Vurdering: {rating} ud af 5',
    wants: 'Det her ville gøre det godt igen for kunden',
    contact: 'Kontakt',
    noContact: 'Kunden har ikke oplyst en e-mailadresse',
    status: 'Status',
    thread: 'Hele sagen',
    claimTitle: 'Tag sagen',
    claimIntro:
      'Når du tager sagen, stopper påmindelserne, og dine kolleger kan se, at den er i gode hænder.',
    claimButton: 'Jeg tager den',
    resolveTitle: 'Markér sagen som løst',
    resolveIntro:
      'Om nogle dage spørger vi kunden, om det blev ordnet. Svarer kunden nej, kommer sagen tilbage til dig.',
    note: 'Note (valgfri, kun til jer)',
    resolveButton: 'Markér som løst',
    reassignTitle: 'Giv sagen til en kollega',
    reassignIntro:
      'Din kollega får beskeden med hele sagen. Har kunden ventet længere end lovet, får din kollega en ny frist.',
    reassignTo: 'Giv til',
    reassignButton: 'Giv sagen videre',
    chooseColleague: 'Vælg en kollega, du vil give sagen til.',
    viewTitle: 'Sagen',
    claimedTitle: 'Sagen er din',
    claimedTold: 'Kunden får en kort e-mail om, at det er dig, der svarer, og hvornår.',
    claimedQuiet: 'Kunden får ikke en ny e-mail om det.',
    resolvedTitle: 'Sagen er løst',
    resolved:
      'Sagen er markeret som løst. Har kunden oplyst sin e-mail, spørger vi om nogle dage, om det blev ordnet.',
    reassignedTitle: 'Sagen er givet videre',
    reassigned: '{to} har fået beskeden med hele sagen.',
    unchangedTitle: 'Intet blev ændret',
    unchanged: 'Sagen var allerede {status}.',
    statuses: { open: 'åben', claimed: 'taget', resolved: 'løst', closed: 'lukket' },
    yesIntro:
      'Hvor er det godt at høre! Tryk på »Send svaret«, så er det registreret. Vil du sige mere, kan du skrive det her først.',
    noIntro:
      'Det er vi kede af. Tryk på »Send svaret«, så genåbner vi sagen, og {owner} kontakter dig. Fortæl gerne, hvad der stadig ikke er i orden.',
    comment: 'Et par ord til {owner} (valgfrit)',
    send: 'Send svaret',
    wrongAnswer: 'Trykkede du forkert?',
    thanksYesTitle: 'Tak for dit svar!',
    thanksYes: 'Hvor er det godt, at det blev ordnet, og tak, fordi du gav os chancen.',
    thanksNoTitle: 'Tak, fordi du sagde til',
    thanksNo: 'Sagen er genåbnet, og {owner} har fået besked og kontakter dig.',
    unsubscribeTitle: 'Afmeld spørgsmål og invitationer',
    unsubscribeIntro:
      'Tryk på knappen for at afmelde spørgsmål og invitationer fra {site}. Svar i sager, du selv har sendt, får du stadig.',
    unsubscribeButton: 'Afmeld',
    unsubscribedTitle: 'Du er afmeldt',
    unsubscribed:
      'Du får ikke flere spørgsmål eller invitationer fra {site}. Svar i dine sager får du stadig.',
    oops: 'Linket virker ikke',
    invalid:
      'Beklager, dette link virker ikke. Måske kom hele linket ikke med? Prøv knappen i e-mailen igen, eller svar på e-mailen, så hjælper vi dig.',
    'not-found':
      'Beklager, vi kan ikke finde denne sag længere, måske fordi den er slettet. Vil du i kontakt med os, kan du svare på den e-mail, du fik fra os.',
    expired: 'Beklager, dette link er udløbet. Svar på den e-mail, du fik fra os, så hjælper vi dig videre.',
    used: 'Dette link er allerede brugt, så intet blev ændret.',
    customerExpired: 'Beklager, dette link er udløbet. Svar på e-mailen fra {owner}, så får du hjælp derfra.',
    answeredTitle: 'Du har allerede svaret',
    customerUsed: 'Tak for dit svar! Vil du tilføje noget, kan du svare på e-mailen fra {owner}.',
    staffExpired:
      'Dette link er udløbet. Åbn sagen fra den nyeste besked om den, eller svar på e-mailen, så går svaret til kunden.',
    staffUsed: 'Dette link er allerede brugt, så intet blev ændret. Sagen er nu {status}.',
  },
  sv: {
    caseTitle: 'Återkoppling till {site}',
    rating: 'Betyg: {rating} av 5',
    wants: 'Så här vill kunden att det löses',
    contact: 'Kontakt',
    noContact: 'Kunden angav ingen e-postadress',
    status: 'Status',
    thread: 'Hela ärendet',
    claimTitle: 'Ta ärendet',
    claimIntro: 'När du tar ärendet slutar påminnelserna, och dina kollegor ser att det är i goda händer.',
    claimButton: 'Jag tar det',
    resolveTitle: 'Markera ärendet som löst',
    resolveIntro:
      'Om några dagar frågar vi kunden om det blev löst. Svarar kunden nej kommer ärendet tillbaka till dig.',
    note: 'Anteckning (valfri, bara för er)',
    resolveButton: 'Markera som löst',
    reassignTitle: 'Ge ärendet till en kollega',
    reassignIntro:
      'Din kollega får aviseringen med hela ärendet. Har kunden väntat längre än vi lovade får kollegan en ny tidsgräns.',
    reassignTo: 'Ge till',
    reassignButton: 'Lämna över ärendet',
    chooseColleague: 'Välj en kollega att lämna över ärendet till.',
    viewTitle: 'Ärendet',
    claimedTitle: 'Ärendet är ditt',
    claimedTold: 'Kunden får ett kort mejl om att det är du som svarar, och när.',
    claimedQuiet: 'Kunden får inget nytt mejl om det.',
    resolvedTitle: 'Ärendet är löst',
    resolved:
      'Ärendet är markerat som löst. Har kunden angett sin e-post frågar vi om några dagar om det blev löst.',
    reassignedTitle: 'Ärendet är överlämnat',
    reassigned: '{to} har fått aviseringen med hela ärendet.',
    unchangedTitle: 'Inget ändrades',
    unchanged: 'Ärendet var redan {status}.',
    statuses: { open: 'öppet', claimed: 'taget', resolved: 'löst', closed: 'stängt' },
    yesIntro:
      'Vad roligt att höra! Tryck på ”Skicka svaret” så är det registrerat. Vill du säga något mer kan du skriva det här först.',
    noIntro:
      'Det är vi ledsna för. Tryck på ”Skicka svaret” så öppnar vi ärendet igen och {owner} hör av sig. Berätta gärna vad som fortfarande inte är bra.',
    comment: 'Några ord till {owner} (valfritt)',
    send: 'Skicka svaret',
    wrongAnswer: 'Tryckte du fel?',
    thanksYesTitle: 'Tack för ditt svar!',
    thanksYes: 'Vad roligt att det blev löst, och tack för att du gav oss chansen.',
    thanksNoTitle: 'Tack för att du sa till',
    thanksNo: 'Ärendet är öppnat igen, och {owner} har fått besked och hör av sig till dig.',
    unsubscribeTitle: 'Avregistrera dig från frågor och inbjudningar',
    unsubscribeIntro:
      'Tryck på knappen för att avregistrera dig från frågor och inbjudningar från {site}. Svar i ärenden som du själv har skickat in får du fortfarande.',
    unsubscribeButton: 'Avregistrera mig',
    unsubscribedTitle: 'Du är avregistrerad',
    unsubscribed:
      'Du får inga fler frågor eller inbjudningar från {site}. Svar i dina ärenden får du fortfarande.',
    oops: 'Länken fungerar inte',
    invalid:
      'Tyvärr fungerar inte den här länken. Kanske kom inte hela länken med? Prova knappen i mejlet en gång till, eller svara på mejlet så hjälper vi dig.',
    'not-found':
      'Tyvärr hittar vi inte det här ärendet längre, kanske för att det har raderats. Vill du komma i kontakt med oss kan du svara på mejlet du fick från oss.',
    expired: 'Tyvärr har den här länken gått ut. Svara på mejlet du fick från oss så hjälper vi dig vidare.',
    used: 'Den här länken är redan använd, så inget ändrades.',
    customerExpired:
      'Tyvärr har den här länken gått ut. Svara på mejlet från {owner} så får du hjälp därifrån.',
    answeredTitle: 'Du har redan svarat',
    customerUsed: 'Tack för ditt svar! Vill du lägga till något kan du svara på mejlet från {owner}.',
    staffExpired:
      'Den här länken har gått ut. Öppna ärendet från den senaste aviseringen, eller svara på mejlet så går svaret till kunden.',
    staffUsed: 'Den här länken är redan använd, så inget ändrades. Ärendet är nu {status}.',
  },
  en: {
    caseTitle: 'Feedback for {site}',
    rating: 'Rating: {rating} out of 5',
    wants: 'What would make it right for the customer',
    contact: 'Contact',
    noContact: 'The customer left no email address',
    status: 'Status',
    thread: 'The whole case',
    claimTitle: 'Take the case',
    claimIntro: 'Once you take the case, the reminders stop and your colleagues can see it is in good hands.',
    claimButton: "I'm on it",
    resolveTitle: 'Mark the case resolved',
    resolveIntro:
      'In a few days we will ask the customer whether it was made right. If they say no, the case comes back to you.',
    note: 'Note (optional, internal)',
    resolveButton: 'Mark as resolved',
    reassignTitle: 'Hand the case to a colleague',
    reassignIntro:
      'Your colleague gets the alert with the whole case. If the customer has waited longer than promised, your colleague gets a fresh deadline.',
    reassignTo: 'Hand to',
    reassignButton: 'Hand the case over',
    chooseColleague: 'Choose a colleague to hand the case to.',
    viewTitle: 'The case',
    claimedTitle: 'The case is yours',
    claimedTold: 'The customer gets a short email saying you are answering, and by when.',
    claimedQuiet: 'The customer gets no new email about it.',
    resolvedTitle: 'The case is resolved',
    resolved:
      'The case is marked resolved. If the customer left an email address, we will ask in a few days whether it was made right.',
    reassignedTitle: 'The case has been handed over',
    reassigned: '{to} has the alert with the whole case.',
    unchangedTitle: 'Nothing changed',
    unchanged: 'The case was already {status}.',
    statuses: { open: 'open', claimed: 'claimed', resolved: 'resolved', closed: 'closed' },
    yesIntro:
      "We're so glad to hear it! Press “Send my answer” and it's recorded. If you'd like to say more, you can write it here first.",
    noIntro:
      "We're sorry to hear that. Press “Send my answer” and we'll reopen the case, and {owner} will get in touch. Do tell us what still isn't right.",
    comment: 'A few words for {owner} (optional)',
    send: 'Send my answer',
    wrongAnswer: 'Pressed the wrong one?',
    thanksYesTitle: 'Thank you for your answer!',
    thanksYes: "We're so glad it was made right, and thank you for giving us the chance.",
    thanksNoTitle: 'Thank you for telling us',
    thanksNo: 'The case is open again, and {owner} has been told and will get back to you.',
    unsubscribeTitle: 'Unsubscribe from questions and invitations',
    unsubscribeIntro:
      'Press the button to unsubscribe from questions and invitations from {site}. Replies about cases you started yourself will still reach you.',
    unsubscribeButton: 'Unsubscribe me',
    unsubscribedTitle: "You're unsubscribed",
    unsubscribed:
      "You won't get any more questions or invitations from {site}. Replies about your cases will still reach you.",
    oops: "This link doesn't work",
    invalid:
      "Sorry, this link doesn't work. Perhaps not all of it came through? Try the button in the email again, or reply to the email and we'll help you.",
    'not-found':
      "Sorry, we can't find this case any more; it may have been deleted. To get in touch, reply to the email you had from us.",
    expired:
      "Sorry, this link has expired. Reply to the email you had from us and we'll help you from there.",
    used: 'This link has already been used, so nothing changed.',
    customerExpired:
      "Sorry, this link has expired. Reply to the email from {owner} and you'll get help from there.",
    answeredTitle: "You've already answered",
    customerUsed:
      "Thank you for your answer! If you'd like to add anything, reply to the email from {owner}.",
    staffExpired:
      'This link has expired. Open the case from the latest alert about it, or reply to the email and your answer goes to the customer.',
    staffUsed: 'This link has already been used, so nothing changed. The case is now {status}.',
  },
} satisfies Record<Locale, Record<string, string | Record<string, string>>>;

export type PageWords = (typeof pageCopy)['en'];

export { fill as fillIn } from '../../emails/format.ts';
