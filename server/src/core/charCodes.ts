// The UTF-16 code units the scanners compare with `charCodeAt`: reading a code rather than `text[i]` makes no
// one-character string per character read (each is a new string past Latin-1, so all of Japanese).

export const TAB = 0x09;
export const LF = 0x0a;
export const CR = 0x0d;
export const SPACE = 0x20;
export const DOUBLE_QUOTE = 0x22;
export const HASH = 0x23;
export const SINGLE_QUOTE = 0x27;
export const DASH = 0x2d;
export const FULL_STOP = 0x2e;
export const COLON = 0x3a;
export const BACKSLASH = 0x5c;
export const LOWER_N = 0x6e;
export const IDEOGRAPHIC_FULL_STOP = 0x3002;
export const FULLWIDTH_FULL_STOP = 0xff0e;
