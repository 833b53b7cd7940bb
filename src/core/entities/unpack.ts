// The word lists as bundles carry them (esbuild.mjs, plugin packedData), and the way back.
//
// The lists are an object whose leaves are arrays of strings (some lists are objects of such arrays, by language).
// Packed, they are three values:
//   shape  the same object with each array replaced by its length;
//   chars  the UTF-16 code units of every string, most frequent first, and the separator '\n' among them:
//          the i-th of them is written as the byte i (Arabic takes one byte a letter, not two as in UTF-8);
//   text   every string of every array, in the order of the shape, each followed by '\n', written as those bytes,
//          raw-deflated, then written in base 118 (below).
//
// Base 118: a bundle is UTF-8, where a character below 128 takes one byte; 118 of the 128 are written in a
// JavaScript string as they are (not ", \, NUL, BEL, BS, LF, VT, FF, CR, ESC, which esbuild escapes; esbuild.mjs
// checks that the bundles hold the text unchanged). Seven of them carry six bytes (118^7 > 2^48): 8 bits of
// source for 6.86 bits of data, where base64 gives 6.
import { inflateSync } from 'fflate';

export type Lists = { readonly [name: string]: readonly string[] | Lists };
export type Shape = { readonly [name: string]: number | Shape };
export interface Packed { readonly shape: Shape; readonly chars: string; readonly text: string }

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
    for (let k = d === 7 ? 6 : d - 1; k > 0; k--) { const b = v % 256; out[o++] = b; v = (v - b) / 256; }
  }
  return out;
}

/** What the build does (esbuild.mjs): `deflateRaw` is Node's zlib, which packs tighter than fflate. */
export function packLists(lists: Lists, deflateRaw: (bytes: Uint8Array) => Uint8Array): Packed {
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
  const count = new Map<number, number>();
  for (let i = 0; i < all.length; i++) count.set(all.charCodeAt(i), (count.get(all.charCodeAt(i)) ?? 0) + 1);
  const codes = [...count.keys()].sort((a, b) => count.get(b)! - count.get(a)! || a - b);
  if (codes.length > 256) throw new Error(`packLists: ${codes.length} different characters, one byte holds 256`);
  const byteOf = new Map(codes.map((c, i) => [c, i]));
  const bytes = new Uint8Array(all.length);
  for (let i = 0; i < all.length; i++) bytes[i] = byteOf.get(all.charCodeAt(i))!;
  return { shape, chars: String.fromCharCode(...codes), text: toBase118(deflateRaw(bytes)) };
}

/** The lists packed by the build (see above). */
export function unpackData<T>(shape: Shape, chars: string, text: string): T {
  const bytes = inflateSync(fromBase118(text));
  // byte -> UTF-16LE code unit, decoded natively
  const lo = new Uint8Array(256), hi = new Uint8Array(256);
  for (let i = 0; i < chars.length; i++) { lo[i] = chars.charCodeAt(i) & 255; hi[i] = chars.charCodeAt(i) >> 8; }
  const utf16 = new Uint8Array(bytes.length * 2);
  for (let i = 0, j = 0; i < bytes.length; i++, j += 2) { utf16[j] = lo[bytes[i]]; utf16[j + 1] = hi[bytes[i]]; }
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
