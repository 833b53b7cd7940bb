// The word lists as bundles carry them: JSON, deflated, in base64 (see esbuild.mjs, plugin packedData).
import { inflateSync, strFromU8 } from 'fflate';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function fromBase64(s: string): Uint8Array {
  const clean = s.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0, value = 0, o = 0;
  for (let i = 0; i < clean.length; i++) {
    value = (value << 6) | ALPHABET.indexOf(clean[i]);
    bits += 6;
    if (bits >= 8) { bits -= 8; out[o++] = (value >> bits) & 0xff; }
  }
  return out;
}

/** The object packed by the build: base64 of raw-deflated UTF-8 JSON. */
export function unpackData<T>(packed: string): T {
  return JSON.parse(strFromU8(inflateSync(fromBase64(packed)))) as T;
}
