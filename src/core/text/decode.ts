// Bytes on disk -> article text, or a clear reason why the bytes are not an article.
// Used by the CLI and the editor alike, so both refuse the same files with the same words.

export type DecodeResult =
  | { readonly ok: true; readonly text: string; readonly bom: boolean }
  | { readonly ok: false; readonly reason: 'binary' | 'encoding' | 'too-large'; readonly message: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** Decodes UTF-8 (BOM removed, line endings kept); refuses binary and undecodable bytes. */
export function decodeArticle(bytes: Uint8Array, maxBytes = Number.POSITIVE_INFINITY): DecodeResult {
  if (bytes.length > maxBytes) {
    return { ok: false, reason: 'too-large', message: `file is ${formatBytes(bytes.length)}, above the limit of ${formatBytes(maxBytes)}` };
  }
  // A NUL byte never occurs in text a person wrote; it is how binary files give themselves away.
  const probe = Math.min(bytes.length, 65536);
  for (let i = 0; i < probe; i++) {
    if (bytes[i] === 0) return { ok: false, reason: 'binary', message: `binary file (NUL byte at offset ${i})` };
  }
  const bom = bytes.length >= 3 && bytes[0] === UTF8_BOM[0] && bytes[1] === UTF8_BOM[1] && bytes[2] === UTF8_BOM[2];
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bom ? bytes.subarray(3) : bytes);
    return { ok: true, text, bom };
  } catch {
    return { ok: false, reason: 'encoding', message: `not valid UTF-8 (byte ${firstInvalidUtf8(bytes)})` };
  }
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** Offset of the first byte that does not start a valid UTF-8 sequence (for the message). */
function firstInvalidUtf8(b: Uint8Array): number {
  for (let i = 0; i < b.length;) {
    const c = b[i];
    const n = c < 0x80 ? 1 : c >= 0xc2 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xf0 && c < 0xf5 ? 4 : 0;
    if (n === 0 || i + n > b.length) return i;
    for (let k = 1; k < n; k++) if ((b[i + k] & 0xc0) !== 0x80) return i;
    i += n;
  }
  return b.length;
}
