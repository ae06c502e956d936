/**
 * Turn the bytes of a raw text into a string, saying which encoding was used. Sources come as UTF-8
 * (with or without a byte-order mark), UTF-16 with a byte-order mark, or GB18030/GBK from older Windows
 * tools. The encoding is detected from the bytes, never guessed silently: a file that is none of these
 * is refused rather than imported as mojibake.
 */
import { EditorError } from './messages.ts';

/** The encodings the importer recognises, as it reports them. */
export type SourceEncoding = 'UTF-8' | 'UTF-8 (BOM)' | 'UTF-16LE (BOM)' | 'UTF-16BE (BOM)' | 'GB18030';

/** A decoded source text and the encoding it was read in. */
export interface DecodedText {
  text: string;
  encoding: SourceEncoding;
}

/**
 * Control characters no text file holds. Tab, line feed, carriage return, vertical tab and form feed
 * are allowed: PDF extractors emit form feeds between pages.
 */
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/u;

/** The private use area: where GB18030 puts byte pairs no standard character has. */
const PRIVATE_USE = /[\uE000-\uF8FF]/u;

/** Below this share of everyday (GB2312-range) byte pairs, bytes that happen to decode are not Chinese. */
const MIN_GB2312_SHARE = 0.8;

/** Decode with a fatal decoder, returning null where the bytes are not valid in that encoding. */
function tryDecode(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The share of double-byte characters that lie in the GB2312 range (lead and trail bytes A1–FE), where
 * ordinary Simplified Chinese text lives. Latin-1 or Shift-JIS bytes that happen to form valid GB18030
 * sequences mostly fall outside it.
 */
function gb2312Share(bytes: Uint8Array): number {
  let pairs = 0;
  let common = 0;
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x81) continue;
    const next = bytes[i + 1] ?? 0;
    // A four-byte GB18030 sequence has a digit as its second byte.
    const width = next >= 0x30 && next <= 0x39 ? 4 : 2;
    pairs++;
    if (width === 2 && lead >= 0xa1 && next >= 0xa1 && next <= 0xfe) common++;
    i += width - 1;
  }
  return pairs === 0 ? 1 : common / pairs;
}

/** The error for bytes in no encoding the importer recognises, with what was found. */
function undecodable(zh: string, en: string): EditorError {
  return new EditorError(
    'undecodable',
    `无法识别文件编码：${zh}。请另存为 UTF-8 后再导入`,
    `cannot tell the file's encoding: ${en}; save it as UTF-8 and import again`,
  );
}

/** Decode the bytes after any byte-order mark has told their encoding. */
function decodeByMark(bytes: Uint8Array): DecodedText | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = tryDecode(bytes.subarray(3), 'utf-8');
    if (text === null)
      throw undecodable(
        '有 UTF-8 字节序标记，但内容不是有效的 UTF-8',
        'it has a UTF-8 byte-order mark but is not valid UTF-8',
      );
    return { text, encoding: 'UTF-8 (BOM)' };
  }
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  if (!le && !be) return null;
  const text = bytes.length % 2 === 0 ? tryDecode(bytes.subarray(2), le ? 'utf-16le' : 'utf-16be') : null;
  if (text === null)
    throw undecodable(
      '有 UTF-16 字节序标记，但内容不是有效的 UTF-16',
      'it has a UTF-16 byte-order mark but is not valid UTF-16',
    );
  return { text, encoding: le ? 'UTF-16LE (BOM)' : 'UTF-16BE (BOM)' };
}

/** Decode bytes without a byte-order mark: UTF-8 when they are valid UTF-8, else GB18030 when plausible. */
function decodeUnmarked(bytes: Uint8Array): DecodedText {
  if (bytes.includes(0)) {
    throw new EditorError(
      'binary',
      '文件含有 NUL 字节，像是二进制文件或不带字节序标记的 UTF-16，不能导入',
      'the file holds NUL bytes: a binary file, or UTF-16 without a byte-order mark; not importing',
    );
  }
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'UTF-8' };
  const gb = tryDecode(bytes, 'gb18030');
  if (gb === null)
    throw undecodable('既不是 UTF-8，也不是 GB18030/GBK', 'it is neither UTF-8 nor GB18030/GBK');
  if (PRIVATE_USE.test(gb) || gb2312Share(bytes) < MIN_GB2312_SHARE) {
    throw undecodable(
      '按 GB18030 解码得到的不像中文文本',
      'read as GB18030 it does not look like Chinese text',
    );
  }
  return { text: gb, encoding: 'GB18030' };
}

/**
 * Decode a raw source file. Throws an EditorError (code `empty`, `binary` or `undecodable`) for a file
 * that holds no text, holds binary data, or is in no encoding the importer recognises.
 */
export function decodeSource(bytes: Uint8Array): DecodedText {
  const decoded = decodeByMark(bytes) ?? decodeUnmarked(bytes);
  if (CONTROL.test(decoded.text)) {
    throw new EditorError(
      'binary',
      '文件含有控制字符，像是二进制文件，不能导入',
      'the file holds control characters: it looks binary; not importing',
    );
  }
  if (decoded.text.trim() === '') {
    throw new EditorError(
      'empty',
      '文件是空的，没有可导入的文字',
      'the file is empty: there is no text to import',
    );
  }
  return decoded;
}
