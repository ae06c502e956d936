/**
 * Unsigned LEB128 integers: the phrase index stores page numbers and character positions as gaps, most
 * under 128, so most take one byte.
 */

/** A growable byte buffer that appends varints and raw bytes. */
export class ByteWriter {
  #bytes = new Uint8Array(1024);
  #length = 0;

  /** How many bytes have been written. */
  get length(): number {
    return this.#length;
  }

  #reserve(extra: number) {
    if (this.#length + extra <= this.#bytes.length) return;
    const grown = new Uint8Array(Math.max(this.#bytes.length * 2, this.#length + extra));
    grown.set(this.#bytes.subarray(0, this.#length));
    this.#bytes = grown;
  }

  /** Appends `value` (a non-negative integer) as a varint. */
  uint(value: number): void {
    this.#reserve(8);
    let rest = value;
    while (rest >= 0x80) {
      this.#bytes[this.#length++] = (rest & 0x7f) | 0x80;
      rest = Math.floor(rest / 128);
    }
    this.#bytes[this.#length++] = rest;
  }

  /** Appends ascending numbers as their count, then the first and the gaps between them. */
  gaps(ascending: readonly number[]): void {
    this.uint(ascending.length);
    let previous = 0;
    for (const value of ascending) {
      this.uint(value - previous);
      previous = value;
    }
  }

  /** Appends raw bytes. */
  bytes(data: Uint8Array): void {
    this.#reserve(data.length);
    this.#bytes.set(data, this.#length);
    this.#length += data.length;
  }

  /** The bytes written so far (a copy). */
  finish(): Uint8Array {
    return this.#bytes.slice(0, this.#length);
  }
}

/** Reads varints and byte runs from `bytes`, front to back. */
export class ByteReader {
  offset = 0;
  readonly bytes: Uint8Array;

  constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }

  /** True when every byte has been read. */
  get done(): boolean {
    return this.offset >= this.bytes.length;
  }

  /** The next varint. */
  uint(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = this.bytes[this.offset++];
      if (byte === undefined) throw new Error('phrase index: truncated varint');
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 128;
    }
  }

  /** The next run of ascending numbers written by `ByteWriter.gaps`. */
  gaps(): number[] {
    const values: number[] = [];
    let value = 0;
    for (let count = this.uint(); count > 0; count--) values.push((value += this.uint()));
    return values;
  }

  /** The next `length` bytes, without copying. */
  take(length: number): Uint8Array {
    const slice = this.bytes.subarray(this.offset, this.offset + length);
    this.offset += length;
    return slice;
  }
}
