import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';

/**
 * Writes the inbound corpus (tests/fixtures/inbound/): raw messages shaped the way Outlook
 * desktop and web, Gmail, Apple Mail, the iPhone and Outlook mobile send replies in nb, da, sv
 * and en, each beside the exact text that must reach the other party. The shapes (quote headers,
 * separators, sign-offs, HTML containers, encodings) follow what those clients write; the words
 * are ours. Run `npx tsx scripts/inbound-corpus.ts` after changing it; the files are committed.
 */
type Lang = 'nb' | 'da' | 'sv' | 'en';
type Party = 'staff' | 'customer';

interface Words {
  customer: { name: string; email: string };
  marker: string;
  risk: string;
  /** Staff answer and customer answer, each a few lines. */
  answer: Record<Party, string>;
  /** An inline answer: the quoted question it answers, and the answer. */
  inline: Record<Party, [question: string, answer: string][]>;
  alertLines: string[];
  ackLines: string[];
  subject: Record<Party, string>;
  outlook: { from: string; sent: string; to: string; subject: string; date: string; separator: string };
  gmail: string;
  apple: string;
  iphone: string;
  outlookMobile: string;
}

const LINK = 'http://localhost:3000/a/eyJmIjoiYWJjIiwiYSI6ImNsYWltIn0.0123456789abcdef0123456789abcdef';
const REPLY = 'reply+s.abc.0123456789abcdef0123@reply.localhost';
const SITE = 'Fjordkaffe <feedback@example.com>';

const WORDS: Record<Lang, Words> = {
  nb: {
    customer: { name: 'Nora Nordmann', email: 'nora@example.org' },
    marker: 'Skriv svaret over denne linjen',
    risk: '[Haster] Kan bli offentlig: «legger det ut på Facebook»',
    answer: {
      staff:
        'Hei Nora!\n\nSå leit at kaffen kom knust. Jeg sender en ny pose i dag, og den er på meg.\n\nHilsen Kari',
      customer: 'Tusen takk, Kari! Da venter jeg på posen.\n\nNora',
    },
    inline: {
      staff: [
        ['Kaffen kom knust, og ingen svarer.', 'Beklager! Jeg sender en ny pose i dag.'],
        ['Kan jeg få pengene tilbake?', 'Ja, det ordner jeg med en gang.'],
      ],
      customer: [
        ['Jeg sender en ny pose i dag.', 'Flott, takk!'],
        ['Passer det at den kommer fredag?', 'Ja, fredag passer fint.'],
      ],
    },
    alertLines: [
      'Ny tilbakemelding til Fjordkaffe: 1 av 5',
      '',
      'Kunden skrev:',
      'Kaffen kom knust, og ingen svarer.',
    ],
    ackLines: [
      'Hei Nora,',
      '',
      'takk for at du sa ifra. Jeg følger opp saken din.',
      '',
      'Hilsen Kari',
      'Fjordkaffe',
    ],
    subject: {
      staff: 'SV: ★☆☆☆☆ 1/5 · Fjordkaffe · «Kaffen kom knust»',
      customer: 'SV: Takk for at du sa ifra',
    },
    outlook: {
      from: 'Fra',
      sent: 'Sendt',
      to: 'Til',
      subject: 'Emne',
      date: 'tirsdag 1. desember 2026 14:05',
      separator: '-----Opprinnelig melding-----',
    },
    gmail: 'Den tir. 1. des. 2026 kl. 14:05 skrev Fjordkaffe <feedback@example.com>:',
    apple: '1. des. 2026 kl. 14:05 skrev Fjordkaffe <feedback@example.com>:',
    iphone: 'Sendt fra min iPhone',
    outlookMobile: 'Hent Outlook for iOS',
  },
  da: {
    customer: { name: 'Mette Hansen', email: 'mette@example.dk' },
    marker: 'Skriv dit svar over denne linje',
    risk: '[Haster] Kan blive offentlig: »skriver det på Trustpilot«',
    answer: {
      staff:
        'Hej Mette\n\nDet er jeg virkelig ked af. Jeg sender en ny pose i dag, og du skal ikke betale for den.\n\nVenlig hilsen Kari',
      customer: 'Tusind tak for hurtigt svar. Jeg glæder mig til posen.\n\nMette',
    },
    inline: {
      staff: [
        ['Kaffen kom i stykker, og ingen svarer.', 'Undskyld! Jeg sender en ny pose i dag.'],
        ['Kan jeg få pengene tilbage?', 'Ja, det ordner jeg med det samme.'],
      ],
      customer: [
        ['Jeg sender en ny pose i dag.', 'Super, tak!'],
        ['Passer det, at den kommer fredag?', 'Ja, fredag passer fint.'],
      ],
    },
    alertLines: [
      'Ny tilbagemelding til Fjordkaffe: 1 ud af 5',
      '',
      'Kunden skrev:',
      'Kaffen kom i stykker, og ingen svarer.',
    ],
    ackLines: [
      'Hej Mette',
      '',
      'Tak, fordi du sagde til. Jeg følger op på din sag.',
      '',
      'Venlig hilsen Kari',
      'Fjordkaffe',
    ],
    subject: {
      staff: 'SV: ★☆☆☆☆ 1/5 · Fjordkaffe · »Kaffen kom i stykker«',
      customer: 'SV: Tak, fordi du sagde til',
    },
    outlook: {
      from: 'Fra',
      sent: 'Sendt',
      to: 'Til',
      subject: 'Emne',
      date: '1. december 2026 14:05',
      separator: '-----Oprindelig meddelelse-----',
    },
    gmail: 'Den tir. 1. dec. 2026 kl. 14.05 skrev Fjordkaffe <feedback@example.com>:',
    apple: '1. dec. 2026 kl. 14.05 skrev Fjordkaffe <feedback@example.com>:',
    iphone: 'Sendt fra min iPhone',
    outlookMobile: 'Få Outlook til iOS',
  },
  sv: {
    customer: { name: 'Lars Svensson', email: 'lars@example.se' },
    marker: 'Skriv ditt svar ovanför den här raden',
    risk: '[Brådskande] Kan bli offentligt: ”skriver om det på Facebook”',
    answer: {
      staff:
        'Hej Lars!\n\nFörlåt, det ska inte hända. Jag skickar en ny påse i dag, och den bjuder vi på.\n\nVänliga hälsningar\nKari',
      customer: 'Tack för snabbt svar! Jag ser fram emot påsen.\n\nLars',
    },
    inline: {
      staff: [
        ['Kaffet kom trasigt och ingen svarar.', 'Förlåt! Jag skickar en ny påse i dag.'],
        ['Kan jag få pengarna tillbaka?', 'Ja, det ordnar jag direkt.'],
      ],
      customer: [
        ['Jag skickar en ny påse i dag.', 'Toppen, tack!'],
        ['Passar det att den kommer på fredag?', 'Ja, fredag passar bra.'],
      ],
    },
    alertLines: [
      'Ny återkoppling till Fjordkaffe: 1 av 5',
      '',
      'Kunden skrev:',
      'Kaffet kom trasigt och ingen svarar.',
    ],
    ackLines: [
      'Hej Lars,',
      '',
      'tack för att du hörde av dig. Jag följer upp ditt ärende.',
      '',
      'Vänliga hälsningar',
      'Kari, Fjordkaffe',
    ],
    subject: {
      staff: 'SV: ★☆☆☆☆ 1/5 · Fjordkaffe · ”Kaffet kom trasigt”',
      customer: 'SV: Tack för att du hörde av dig',
    },
    outlook: {
      from: 'Från',
      sent: 'Skickat',
      to: 'Till',
      subject: 'Ämne',
      date: 'den 1 december 2026 14:05',
      separator: '-----Ursprungligt meddelande-----',
    },
    gmail: 'Den tis 1 dec. 2026 kl 14:05 skrev Fjordkaffe <feedback@example.com>:',
    apple: '1 dec. 2026 kl. 14:05 skrev Fjordkaffe <feedback@example.com>:',
    iphone: 'Skickat från min iPhone',
    outlookMobile: 'Skaffa Outlook för iOS',
  },
  en: {
    customer: { name: 'Emma Brown', email: 'emma@example.co.uk' },
    marker: 'Write your reply above this line',
    risk: '[Urgent] Risk of going public: Threat to post on social media',
    answer: {
      staff:
        "Hi Emma,\n\nI'm so sorry the coffee arrived crushed. A new bag goes out today, on us.\n\nBest,\nKari",
      customer: 'Thank you, Kari! I will look out for it.\n\nEmma',
    },
    inline: {
      staff: [
        ['The coffee arrived crushed and nobody answers.', 'So sorry! A new bag goes out today.'],
        ['Can I get a refund?', 'Yes, I have done that now.'],
      ],
      customer: [
        ['A new bag goes out today.', 'Lovely, thanks!'],
        ['Is Friday all right for the delivery?', 'Yes, Friday is fine.'],
      ],
    },
    alertLines: [
      'New feedback for Fjordkaffe: 1 out of 5',
      '',
      'The customer wrote:',
      'The coffee arrived crushed and nobody answers.',
    ],
    ackLines: [
      'Hi Emma,',
      '',
      'thank you for telling us. I am looking into it.',
      '',
      'Kind regards',
      'Kari, Fjordkaffe',
    ],
    subject: {
      staff: 'RE: ★☆☆☆☆ 1/5 · Fjordkaffe · “The coffee arrived crushed”',
      customer: 'Re: Thank you for telling us',
    },
    outlook: {
      from: 'From',
      sent: 'Sent',
      to: 'To',
      subject: 'Subject',
      date: 'Tuesday, December 1, 2026 2:05 PM',
      separator: '-----Original Message-----',
    },
    gmail: 'On Tue, 1 Dec 2026 at 14:05, Fjordkaffe <feedback@example.com> wrote:',
    apple: 'On 1 Dec 2026, at 14:05, Fjordkaffe <feedback@example.com> wrote:',
    iphone: 'Sent from my iPhone',
    outlookMobile: 'Get Outlook for iOS',
  },
};

/** What Earshot sent, as the other party's client has it: the marker first, links and all. */
function original(w: Words, party: Party): string[] {
  if (party === 'staff') {
    return [w.marker, '', w.risk, '  “Facebook”', '', ...w.alertLines, '', `  ${LINK}`, `  ${REPLY}`];
  }
  return [w.marker, '', ...w.ackLines];
}

// --- MIME encoding, as the clients do it ---------------------------------------------------

function qp(text: string): string {
  const bytes = Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8');
  let out = '';
  let line = '';
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    if (byte === 13 && bytes[i + 1] === 10) {
      out += `${line}\r\n`;
      line = '';
      i++;
      continue;
    }
    const plain = (byte >= 33 && byte <= 126 && byte !== 61) || (byte === 32 && bytes[i + 1] !== 13);
    const piece = plain ? String.fromCharCode(byte) : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    if (line.length + piece.length > 75) {
      out += `${line}=\r\n`;
      line = '';
    }
    line += piece;
  }
  return out + line;
}

function base64(text: string): string {
  return (
    Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8')
      .toString('base64')
      .match(/.{1,76}/g) ?? []
  ).join('\r\n');
}

/** RFC 2047 encoded words, folded over several lines the way long subjects arrive. */
function encodedSubject(subject: string): string {
  // Each encoded word must decode on its own: split at character boundaries, not bytes.
  const pieces: string[] = [];
  let current = '';
  for (const char of subject) {
    if (Buffer.byteLength(current + char) > 30) {
      pieces.push(current);
      current = '';
    }
    current += char;
  }
  pieces.push(current);
  return pieces.map((piece) => `=?UTF-8?B?${Buffer.from(piece).toString('base64')}?=`).join('\r\n ');
}

type Encoding = 'qp' | 'base64' | '8bit';
const encode = (text: string, encoding: Encoding) =>
  encoding === 'qp' ? qp(text) : encoding === 'base64' ? base64(text) : text.replace(/\n/g, '\r\n');

function part(type: 'plain' | 'html', body: string, encoding: Encoding, extra = ''): string {
  return `Content-Type: text/${type}; charset="utf-8"${extra}\r\nContent-Transfer-Encoding: ${encoding === '8bit' ? '8bit' : encoding === 'qp' ? 'quoted-printable' : 'base64'}\r\n\r\n${encode(body, encoding)}`;
}

function message(options: {
  from: string;
  to: string;
  subject: string;
  mailer: string;
  id: string;
  parts: string[];
  foldedHeaders?: boolean;
}): string {
  const boundary = `----=_Part_${options.id}`;
  const subject = options.foldedHeaders
    ? encodedSubject(options.subject)
    : `=?UTF-8?B?${Buffer.from(options.subject).toString('base64')}?=`;
  const headers = [
    `From: ${options.from}`,
    options.foldedHeaders
      ? `To: "Fjordkaffe, kundeservice og oppfølging av tilbakemeldinger"\r\n <${options.to}>`
      : `To: ${options.to}`,
    `Subject: ${subject}`,
    'Date: Tue, 1 Dec 2026 14:20:00 +0100',
    `Message-ID: <${options.id}@corpus.example>`,
    'In-Reply-To: <0100018c00000000-aaaa@eu-north-1.amazonses.com>',
    options.foldedHeaders
      ? 'References: <0100018c00000000-aaaa@eu-north-1.amazonses.com>\r\n <0100018c00000000-bbbb@eu-north-1.amazonses.com>\r\n <0100018c00000000-cccc@eu-north-1.amazonses.com>'
      : 'References: <0100018c00000000-aaaa@eu-north-1.amazonses.com>',
    `X-Mailer: ${options.mailer}`,
    'MIME-Version: 1.0',
  ];
  if (options.parts.length === 1) return `${headers.join('\r\n')}\r\n${options.parts[0]}\r\n`;
  return `${headers.join('\r\n')}\r\nContent-Type: multipart/alternative; boundary="${boundary}"\r\n\r\n${options.parts
    .map((body) => `--${boundary}\r\n${body}\r\n`)
    .join('')}--${boundary}--\r\n`;
}

const html = (body: string) =>
  `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p{margin:0}</style></head><body>${body}</body></html>`;
const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paragraphsHtml = (text: string) =>
  text
    .split('\n')
    .map((line) => (line ? `<div>${esc(line)}</div>` : '<div><br></div>'))
    .join('');
const quoted = (lines: string[]) => lines.map((line) => (line ? `> ${line}` : '>')).join('\n');

// --- The shapes ------------------------------------------------------------------------------

interface Fixture {
  name: string;
  party: Party;
  raw: string;
  expected: string;
}

function fixtures(lang: Lang): Fixture[] {
  const w = WORDS[lang];
  const out: Fixture[] = [];
  const add = (
    name: string,
    party: Party,
    build: (from: string, to: string, id: string) => string,
    expected?: string,
  ) => {
    const from =
      party === 'staff' ? 'Kari Nordmann <kari@example.com>' : `${w.customer.name} <${w.customer.email}>`;
    const to = party === 'staff' ? 'reply+s.case@reply.localhost' : 'reply+c.case@reply.localhost';
    const id = `${lang}-${name}`;
    out.push({ name: id, party, raw: build(from, to, id), expected: expected ?? w.answer[party] });
  };
  const o = w.outlook;
  const outlookBlock = (party: Party) =>
    [
      `${o.from}: ${SITE}`,
      `${o.sent}: ${o.date}`,
      `${o.to}: ${party === 'staff' ? 'Kari Nordmann <kari@example.com>' : `${w.customer.name} <${w.customer.email}>`}`,
      `${o.subject}: ${w.subject[party].slice(4)}`,
    ].join('\n');

  // Outlook desktop: text + HTML, the underscore line and the header block (nb/en) or the old
  // "-----Original Message-----" separator (da/sv), quoted-printable.
  add('outlook-desktop', 'staff', (from, to, id) => {
    const rule = lang === 'nb' || lang === 'en' ? '________________________________' : o.separator;
    const text = `${w.answer.staff}\n\n${rule}\n${outlookBlock('staff')}\n\n${original(w, 'staff').join('\n')}`;
    const body = `<div class="WordSection1">${paragraphsHtml(w.answer.staff)}</div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p><b>${o.from}:</b> Fjordkaffe &lt;feedback@example.com&gt;<br><b>${o.sent}:</b> ${o.date}</p></div>${paragraphsHtml(original(w, 'staff').join('\n'))}`;
    return message({
      from,
      to,
      id,
      subject: w.subject.staff,
      mailer: 'Microsoft Outlook 16.0',
      parts: [part('plain', text, 'qp'), part('html', html(body), 'qp')],
    });
  });
  // Outlook desktop, customer side, 8-bit text only.
  add('outlook-desktop-text', 'customer', (from, to, id) => {
    const text = `${w.answer.customer}\n\n${o.separator}\n${outlookBlock('customer')}\n\n${original(w, 'customer').join('\n')}`;
    return message({
      from,
      to,
      id,
      subject: w.subject.customer,
      mailer: 'Microsoft Outlook 16.0',
      parts: [part('plain', text, '8bit')],
    });
  });
  // Outlook on the web: HTML only, #appendonsend then #divRplyFwdMsg, base64.
  add('outlook-web-html', 'staff', (from, to, id) => {
    const body = `<div dir="ltr">${paragraphsHtml(w.answer.staff)}</div><div id="appendonsend"></div><hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif"><b>${o.from}:</b> Fjordkaffe &lt;feedback@example.com&gt;<br><b>${o.sent}:</b> ${o.date}<br><b>${o.to}:</b> Kari Nordmann</font></div><div>${paragraphsHtml(original(w, 'staff').join('\n'))}<a href="${LINK}">Jeg tar den</a></div>`;
    return message({
      from,
      to,
      id,
      subject: w.subject.staff,
      mailer: 'Outlook-WebApp',
      parts: [part('html', html(body), 'base64')],
    });
  });
  // Gmail: text + HTML; the attribution wrapped over two lines, `>` quote; long folded headers.
  add('gmail', 'customer', (from, to, id) => {
    const [head, tail] = [
      w.gmail.slice(0, w.gmail.indexOf('<') + 1),
      w.gmail.slice(w.gmail.indexOf('<') + 1),
    ];
    const text = `${w.answer.customer}\n\n${head}\n${tail}\n\n${quoted(original(w, 'customer'))}\n`;
    const body = `<div dir="ltr">${paragraphsHtml(w.answer.customer)}</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">${esc(w.gmail)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">${paragraphsHtml(original(w, 'customer').join('\n'))}</blockquote></div>`;
    return message({
      from,
      to,
      id,
      subject: w.subject.customer,
      mailer: 'Gmail',
      foldedHeaders: true,
      parts: [part('plain', text, 'qp'), part('html', html(body), 'qp')],
    });
  });
  // Gmail, staff side: HTML only (the plain part dropped by a forwarding rule), quoted-printable.
  add('gmail-html', 'staff', (from, to, id) => {
    const body = `<div dir="ltr">${paragraphsHtml(w.answer.staff)}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">${esc(w.gmail)}<br></div><blockquote class="gmail_quote">${paragraphsHtml(original(w, 'staff').join('\n'))}</blockquote></div>`;
    return message({
      from,
      to,
      id,
      subject: w.subject.staff,
      mailer: 'Gmail',
      parts: [part('html', html(body), 'qp')],
    });
  });
  // Gmail, answers written between the quoted lines.
  const inlineText = (party: Party) => {
    const pairs = w.inline[party];
    // The whole original stays quoted, the answers written in between; the trailing rest too.
    const lines = [w.gmail, '', quoted(original(w, party).slice(0, -1))];
    for (const [question, answer] of pairs) lines.push('>', `> ${question}`, '', answer, '');
    lines.push(quoted(original(w, party).slice(-1)));
    return {
      text: lines.join('\n'),
      expected: pairs.map(([question, answer]) => `> ${question}\n\n${answer}`).join('\n\n'),
    };
  };
  for (const party of ['staff', 'customer'] as const) {
    const { text, expected } = inlineText(party);
    add(
      `gmail-inline-${party}`,
      party,
      (from, to, id) =>
        message({
          from,
          to,
          id,
          subject: w.subject[party],
          mailer: 'Gmail',
          parts: [part('plain', text, 'qp')],
        }),
      expected,
    );
  }
  // Apple Mail on a Mac: text + HTML with blockquote type=cite.
  add('apple-mail', 'staff', (from, to, id) => {
    const text = `${w.answer.staff}\n\n${w.apple}\n\n${quoted(original(w, 'staff'))}\n`;
    const body = `${paragraphsHtml(w.answer.staff)}<div><br><blockquote type="cite"><div>${esc(w.apple)}</div><br>${paragraphsHtml(original(w, 'staff').join('\n'))}</blockquote></div>`;
    return message({
      from,
      to,
      id,
      subject: w.subject.staff,
      mailer: 'Apple Mail (2.3774)',
      parts: [part('plain', text, 'qp'), part('html', html(body), 'qp')],
    });
  });
  // Apple Mail, HTML only.
  add('apple-mail-html', 'customer', (from, to, id) => {
    const body = `<div dir="auto">${paragraphsHtml(w.answer.customer)}</div><div dir="ltr"><br><blockquote type="cite">${esc(w.apple)}<br><br>${paragraphsHtml(original(w, 'customer').join('\n'))}</blockquote></div>`;
    return message({
      from,
      to,
      id,
      subject: w.subject.customer,
      mailer: 'iPhone Mail (22B83)',
      parts: [part('html', html(body), 'qp')],
    });
  });
  // The iPhone: the sign-off, then the attribution and the quote; base64 text.
  add('iphone', 'customer', (from, to, id) => {
    const text = `${w.answer.customer}\n\n${w.iphone}\n\n${w.apple}\n\n${quoted(original(w, 'customer'))}\n`;
    return message({
      from,
      to,
      id,
      subject: w.subject.customer,
      mailer: 'iPhone Mail (22B83)',
      parts: [part('plain', text, 'base64', '; format=flowed; delsp=yes')],
    });
  });
  // Outlook for iOS: its sign-off, then the header block.
  add('outlook-mobile', 'staff', (from, to, id) => {
    const text = `${w.answer.staff}\n\n${w.outlookMobile}\n${'_'.repeat(32)}\n${outlookBlock('staff')}\n\n${original(w, 'staff').join('\n')}`;
    return message({
      from,
      to,
      id,
      subject: w.subject.staff,
      mailer: 'Outlook for iOS',
      parts: [part('plain', text, 'base64')],
    });
  });
  return out;
}

const dir = new URL('../tests/fixtures/inbound/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const file of readdirSync(dir)) rmSync(new URL(file, dir));
let count = 0;
for (const lang of ['nb', 'da', 'sv', 'en'] as const) {
  for (const fixture of fixtures(lang)) {
    writeFileSync(new URL(`${fixture.name}.${fixture.party}.eml`, dir), fixture.raw);
    writeFileSync(new URL(`${fixture.name}.${fixture.party}.expected.txt`, dir), `${fixture.expected}\n`);
    count++;
  }
}
console.log(`wrote ${count} messages to tests/fixtures/inbound/`);
