/**
 * Characters a reader cannot see but that change what they read: bidi overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069) can make "gnp.exe" look like "exe.png"; zero-width characters
 * (U+200B–U+200D, U+2060, U+FEFF) hide inside words and split phrases a filter looks for; C0 and
 * C1 controls (all but newline and tab) can move a terminal's cursor or end a header.
 */
const INVISIBLE =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200d\u2060\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * Text as it is stored: NFC (so "å" typed on a Mac and on Windows is one spelling), broken
 * surrogate halves replaced, line ends made `\n` (a lone `\r` is a control, but it was a line
 * break to whoever typed it), and the invisible characters above removed.
 */
export function cleanText(value: string): string {
  return value.toWellFormed().replace(/\r\n?/g, '\n').normalize('NFC').replace(INVISIBLE, '');
}
