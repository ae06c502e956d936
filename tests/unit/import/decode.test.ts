import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../../src/lib/import/decode.ts';
import { EditorError } from '../../../src/lib/import/messages.ts';

const TEXT = '江津区，2023年产值1953亿元。\n';
const utf8 = new TextEncoder().encode(TEXT);

/** UTF-16 code units of TEXT in the given byte order, after a byte-order mark. */
function utf16(littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + TEXT.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < TEXT.length; i++) view.setUint16(2 + i * 2, TEXT.charCodeAt(i), littleEndian);
  return bytes;
}

/** The error code decodeSource throws for `bytes`, or 'none'. */
function failure(bytes: Uint8Array): string {
  try {
    decodeSource(bytes);
    return 'none';
  } catch (error) {
    if (error instanceof EditorError) return error.code;
    throw error;
  }
}

describe('decodeSource', () => {
  it('reads UTF-8 as it is', () => {
    expect(decodeSource(utf8)).toEqual({ text: TEXT, encoding: 'UTF-8' });
  });

  it('reads UTF-8 with a byte-order mark and drops the mark', () => {
    expect(decodeSource(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({
      text: TEXT,
      encoding: 'UTF-8 (BOM)',
    });
  });

  it('reads UTF-16 in either byte order when a byte-order mark says which', () => {
    expect(decodeSource(utf16(true))).toEqual({ text: TEXT, encoding: 'UTF-16LE (BOM)' });
    expect(decodeSource(utf16(false))).toEqual({ text: TEXT, encoding: 'UTF-16BE (BOM)' });
  });

  it('reads GB18030/GBK bytes (江津 is BD AD BD F2) and says so', () => {
    const gbk = new Uint8Array([0xbd, 0xad, 0xbd, 0xf2, 0x32, 0x30, 0x32, 0x33, 0xc4, 0xea]);
    expect(decodeSource(gbk)).toEqual({ text: '江津2023年', encoding: 'GB18030' });
  });

  it('refuses an empty file, a file of only a mark or whitespace', () => {
    expect(failure(new Uint8Array())).toBe('empty');
    expect(failure(new Uint8Array([0xef, 0xbb, 0xbf]))).toBe('empty');
    expect(failure(new TextEncoder().encode(' \n\t\n'))).toBe('empty');
  });

  it('refuses binary data: NUL bytes or control characters', () => {
    expect(failure(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))).toBe(
      'binary',
    );
    expect(failure(new TextEncoder().encode('江津\u0001区'))).toBe('binary');
    // UTF-16 with no mark is all NUL bytes to a byte-wise reader: refused, never guessed.
    expect(failure(utf16(true).subarray(2))).toBe('binary');
  });

  it('refuses bytes in no encoding it knows rather than importing mojibake', () => {
    const latin1 = new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x63, 0x72, 0xe8, 0x6d, 0x65]);
    expect(failure(latin1)).toBe('undecodable');
    // Shift-JIS katakana happen to be valid GB18030, but outside the range Chinese text uses.
    expect(failure(new Uint8Array([0xb6, 0xc0, 0xb6, 0xc5, 0x83, 0x65, 0x83, 0x58, 0x83, 0x67]))).toBe(
      'undecodable',
    );
    expect(failure(new Uint8Array([0xff, 0xfe, 0x41]))).toBe('undecodable');
  });

  it('explains a refusal in Chinese and English', () => {
    expect(() => decodeSource(new Uint8Array([0x63, 0x61, 0x66, 0xe9]))).toThrowErrorMatchingInlineSnapshot(
      `[EditorError: 无法识别文件编码：既不是 UTF-8，也不是 GB18030/GBK。请另存为 UTF-8 后再导入 (cannot tell the file's encoding: it is neither UTF-8 nor GB18030/GBK; save it as UTF-8 and import again)]`,
    );
  });
});
