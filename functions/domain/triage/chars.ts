const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A letter or digit, by char code where possible: this runs for every character of a message. */
export function isWordChar(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80)
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
  // Latin-1 letters (æ, ø, å, ä, ö, é…) without the regex; × and ÷ are the two non-letters there.
  if (code >= 0xc0 && code <= 0xff) return code !== 0xd7 && code !== 0xf7;
  return WORD_CHAR.test(text.charAt(i));
}
