// The word lists as bundles carry them (esbuild.mjs, plugin packedData), and the way back.
//
// The lists are an object whose leaves are arrays of strings (some lists are objects of such arrays, by language).
// Packed, they are four values:
//   shape  the same object with each array replaced by its length;
//   chars  the UTF-16 code units above 127 that the strings use, in code order: the i-th of them is written as
//          the byte 128 + i, and a character below 128 as itself (Arabic takes one byte a letter, not two as in
//          UTF-8; ASCII kept as it is and the rest in code order keep the classes of characters in the high bits
//          of a byte, which LZMA's literal contexts read: 1 KB smaller than numbering by frequency or densely);
//   size   the number of those bytes;
//   text   every string of every array, in the order of the shape, each followed by '\n', written as those bytes,
//          compressed with LZMA (the build uses the `lzma` package, mode 9): a sixth smaller than deflate at its
//          best (96.7 KB against 113.5), for a slower unpacking (about 1.4 times the time of base64, fflate's
//          inflate and JSON.parse: 10 to 20 ms more, once, when the core loads, in Node and in Chromium), then
//          written in base 118 (below).
//
// Base 118: a bundle is UTF-8, where a character below 128 takes one byte; 118 of the 128 are written in a
// JavaScript string as they are (not ", \, NUL, BEL, BS, LF, VT, FF, CR, ESC, which esbuild escapes; esbuild.mjs
// checks that the bundles hold the text unchanged). Seven of them carry six bytes (118^7 > 2^48): 8 bits of
// source for 6.86 bits of data, where base64 gives 6.

export type Lists = { readonly [name: string]: readonly string[] | Lists };
export type Shape = { readonly [name: string]: number | Shape };
export interface Packed { readonly shape: Shape; readonly chars: string; readonly size: number; readonly text: string }

const ESCAPED = [0, 7, 8, 10, 11, 12, 13, 27, 34, 92];
/** The 118 digits, in order of value. */
export const DIGITS = String.fromCharCode(...Array.from({ length: 128 }, (_, c) => c).filter(c => !ESCAPED.includes(c)));
const BASE = DIGITS.length;
const SEPARATOR = '\n';

/** Bytes -> base 118: each six bytes (a little-endian number below 2^48) as seven digits, least significant
 * first; a last group of k < 6 bytes as k + 1 digits. */
export function toBase118(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 6) {
    const k = Math.min(6, bytes.length - i);
    let v = 0;
    for (let j = k - 1; j >= 0; j--) v = v * 256 + bytes[i + j];
    for (let d = k === 6 ? 7 : k + 1; d > 0; d--) { out += DIGITS[v % BASE]; v = Math.floor(v / BASE); }
  }
  return out;
}

const VALUE = new Uint8Array(128);
for (let i = 0; i < BASE; i++) VALUE[DIGITS.charCodeAt(i)] = i;

export function fromBase118(s: string): Uint8Array {
  const n = s.length, full = Math.floor(n / 7), rest = n % 7;
  const out = new Uint8Array(full * 6 + Math.max(0, rest - 1));
  let o = 0;
  for (let i = 0; i < n; i += 7) {
    const d = Math.min(7, n - i);
    let v = 0;
    for (let j = i + d - 1; j >= i; j--) v = v * BASE + VALUE[s.charCodeAt(j)];
    // v < 2^48: two 24-bit halves, each taken apart with integer operations
    const high = Math.floor(v / 0x1000000);
    let low = v - high * 0x1000000;
    for (let k = 0, m = d === 7 ? 6 : d - 1; k < m; k++) {
      if (k === 3) low = high;
      out[o++] = low & 255; low >>>= 8;
    }
  }
  return out;
}

/** What the build does (esbuild.mjs): `lzma` gives the raw stream that unlzma reads (the `lzma` package's
 * output less its dictionary size and length). */
export function packLists(lists: Lists, lzma: (bytes: Uint8Array) => Uint8Array): Packed {
  const strings: string[] = [];
  const shapeOf = (o: Lists): Shape => Object.fromEntries(Object.entries(o).map(([name, v]) => {
    if (!Array.isArray(v)) return [name, shapeOf(v as Lists)];
    for (const s of v) {
      if (typeof s !== 'string' || s.includes(SEPARATOR)) throw new Error(`packLists: ${name} holds ${JSON.stringify(s)}`);
      strings.push(s);
    }
    return [name, v.length];
  }));
  const shape = shapeOf(lists);
  const all = strings.join(SEPARATOR) + SEPARATOR;
  const used = new Set<number>();
  for (let i = 0; i < all.length; i++) if (all.charCodeAt(i) > 127) used.add(all.charCodeAt(i));
  const codes = [...used].sort((a, b) => a - b);
  if (codes.length > 128) throw new Error(`packLists: ${codes.length} different characters above 127, one byte holds 128`);
  const byteOf = new Map(codes.map((c, i) => [c, 128 + i]));
  const bytes = new Uint8Array(all.length);
  for (let i = 0; i < all.length; i++) { const c = all.charCodeAt(i); bytes[i] = c < 128 ? c : byteOf.get(c)!; }
  return { shape, chars: String.fromCharCode(...codes), size: bytes.length, text: toBase118(lzma(bytes)) };
}

/** The lists packed by the build (see above). */
export function unpackData<T>(shape: Shape, chars: string, size: number, text: string): T {
  const bytes = unlzma(fromBase118(text), size);
  // byte -> UTF-16LE code unit, decoded natively
  const lo = new Uint8Array(256), hi = new Uint8Array(256);
  for (let i = 0; i < 128; i++) lo[i] = i;
  for (let i = 0; i < chars.length; i++) { lo[128 + i] = chars.charCodeAt(i) & 255; hi[128 + i] = chars.charCodeAt(i) >> 8; }
  const utf16 = new Uint8Array(bytes.length * 2);
  for (let i = 0, j = 0; i < bytes.length; i++, j += 2) { utf16[j] = lo[bytes[i]]; utf16[j + 1] = hi[bytes[i]]; }
  // (a lone surrogate would come back as U+FFFD: the build's check would fail; the lists have none)
  const all = new TextDecoder('utf-16le').decode(utf16);
  const strings = all.split(SEPARATOR);
  let next = 0;
  const fill = (s: Shape): Lists => {
    const o: { [name: string]: readonly string[] | Lists } = {};
    for (const name in s) {
      const v = s[name];
      o[name] = typeof v === 'number' ? strings.slice(next, next += v) : fill(v);
    }
    return o;
  };
  return fill(shape) as T;
}

/** LZMA (the raw stream of a `.lzma` file: the properties byte, then the range-coded data; no dictionary size
 * and no length, the caller knows the length) into `length` bytes. As in the LZMA specification's decoder
 * (LzmaSpec.cpp), keeping the whole output as the dictionary. */
export function unlzma(input: Uint8Array, length: number): Uint8Array {
  const out = new Uint8Array(length);
  let props = input[0];
  const lc = props % 9; props = (props / 9) | 0;
  const lp = props % 5, pb = (props / 5) | 0;
  // every probability in one array: offsets of the models
  const IS_MATCH = 0, IS_REP = 192, IS_REP_G0 = 204, IS_REP_G1 = 216, IS_REP_G2 = 228, IS_REP0_LONG = 240;
  const POS_SLOT = 432, POS = 688, ALIGN = 803, LEN = 819, REP_LEN = 1333, LITERAL = 1847;
  const p = new Uint16Array(LITERAL + (0x300 << (lc + lp))).fill(1024);
  // The range and the code are 32-bit unsigned numbers, kept in a typed array: in variables that the closures
  // share, each new value above 2^30 would be a new heap number (twice as slow in VS Code for the Web).
  const rc = new Uint32Array(2);
  rc[0] = 0xffffffff;
  let inPos = 1;
  for (let i = 0; i < 5; i++) rc[1] = (rc[1] << 8) | input[inPos++];
  const bit = (i: number): number => {
    let range = rc[0], code = rc[1], b: number;
    const bound = (range >>> 11) * p[i];
    if (code < bound) { range = bound; p[i] += (2048 - p[i]) >> 5; b = 0; }
    else { range -= bound; code -= bound; p[i] -= p[i] >> 5; b = 1; }
    if (range < 0x1000000) { range *= 256; code = code * 256 + input[inPos++]; }
    rc[0] = range; rc[1] = code;
    return b;
  };
  const tree = (base: number, bits: number): number => {
    let m = 1;
    for (let i = 0; i < bits; i++) m = (m << 1) | bit(base + m);
    return m - (1 << bits);
  };
  const reverse = (base: number, bits: number): number => {
    let m = 1, sym = 0;
    for (let i = 0; i < bits; i++) { const b = bit(base + m); m = (m << 1) | b; sym |= b << i; }
    return sym;
  };
  // choice, choice2, low[16][8], mid[16][8], high[256]
  const len = (base: number, posState: number): number =>
    !bit(base) ? tree(base + 2 + posState * 8, 3)
      : !bit(base + 1) ? 8 + tree(base + 130 + posState * 8, 3)
        : 16 + tree(base + 258, 8);
  let state = 0, rep0 = 0, rep1 = 0, rep2 = 0, rep3 = 0, o = 0;
  const pbMask = (1 << pb) - 1, lpMask = (1 << lp) - 1;
  while (o < length) {
    const posState = o & pbMask;
    if (!bit(IS_MATCH + (state << 4) + posState)) {
      const base = LITERAL + 0x300 * (((o & lpMask) << lc) + ((o ? out[o - 1] : 0) >> (8 - lc)));
      let sym = 1;
      if (state >= 7) {
        let match = out[o - rep0 - 1];
        while (sym < 0x100) {
          const mb = (match >> 7) & 1; match <<= 1;
          const b = bit(base + ((1 + mb) << 8) + sym);
          sym = (sym << 1) | b;
          if (mb !== b) break;
        }
      }
      while (sym < 0x100) sym = (sym << 1) | bit(base + sym);
      out[o++] = sym - 0x100;
      state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
      continue;
    }
    let n: number;
    if (bit(IS_REP + state)) {
      if (!bit(IS_REP_G0 + state)) {
        if (!bit(IS_REP0_LONG + (state << 4) + posState)) {
          state = state < 7 ? 9 : 11;
          out[o] = out[o - rep0 - 1]; o++;
          continue;
        }
      } else {
        let dist: number;
        if (!bit(IS_REP_G1 + state)) dist = rep1;
        else {
          if (!bit(IS_REP_G2 + state)) dist = rep2;
          else { dist = rep3; rep3 = rep2; }
          rep2 = rep1;
        }
        rep1 = rep0; rep0 = dist;
      }
      n = len(REP_LEN, posState);
      state = state < 7 ? 8 : 11;
    } else {
      rep3 = rep2; rep2 = rep1; rep1 = rep0;
      n = len(LEN, posState);
      state = state < 7 ? 7 : 10;
      const slot = tree(POS_SLOT + (n < 3 ? n : 3) * 64, 6);
      if (slot < 4) rep0 = slot;
      else {
        const direct = (slot >> 1) - 1;
        let dist = (2 | (slot & 1)) * 2 ** direct;
        if (slot < 14) dist += reverse(POS + dist - slot, direct);
        else {
          let d = 0;
          for (let i = direct - 4; i > 0; i--) {
            let range = rc[0] >>> 1, code = rc[1];
            const b = code >= range ? 1 : 0;
            if (b) code -= range;
            d = d * 2 + b;
            if (range < 0x1000000) { range *= 256; code = code * 256 + input[inPos++]; }
            rc[0] = range; rc[1] = code;
          }
          dist += d * 16 + reverse(ALIGN, 4);
        }
        rep0 = dist;
      }
      if (rep0 === 0xffffffff) break; // the end mark
      if (rep0 >= o) throw new Error('unlzma: corrupt data');
    }
    for (n += 2; n > 0 && o < length; n--, o++) out[o] = out[o - rep0 - 1];
  }
  return out;
}
