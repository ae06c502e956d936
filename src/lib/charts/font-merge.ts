/**
 * Merge the TrueType slices of one weight into one font. The renderer (resvg) picks one face for a run
 * of text and, for each character that face lacks, falls back to the first face holding it whatever its
 * weight: with a weight split into slices, a bold title would mix bold and regular glyphs. One face per
 * weight, holding every character drawn, leaves nothing to fall back for. The slices are subsets of the
 * same font (same em, same metrics), so merging them is concatenating their glyphs and character maps;
 * layout tables (GSUB, GPOS) are left out, as the charts' text needs none.
 */

/** The tables of an sfnt font, by tag. */
function tables(font: Buffer): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  const count = font.readUInt16BE(4);
  for (let index = 0; index < count; index++) {
    const at = 12 + index * 16;
    const offset = font.readUInt32BE(at + 8);
    found.set(
      font.toString('latin1', at, at + 4),
      font.subarray(offset, offset + font.readUInt32BE(at + 12)),
    );
  }
  return found;
}

/** A table of `font`, or an error naming the missing one. */
function table(font: Map<string, Buffer>, tag: string): Buffer {
  const data = font.get(tag);
  if (!data) throw new Error(`font slice has no ${tag} table`);
  return data;
}

/** Code point → glyph id, from a cmap's format 12 or format 4 subtable. */
function characterMap(cmap: Buffer): Map<number, number> {
  const map = new Map<number, number>();
  const count = cmap.readUInt16BE(2);
  const offsets = Array.from({ length: count }, (_, index) => cmap.readUInt32BE(4 + index * 8 + 4));
  const format = (offset: number) => cmap.readUInt16BE(offset);
  const twelve = offsets.find((offset) => format(offset) === 12);
  if (twelve !== undefined) {
    for (let group = 0, groups = cmap.readUInt32BE(twelve + 12); group < groups; group++) {
      const at = twelve + 16 + group * 12;
      const [start, end, glyph] = [
        cmap.readUInt32BE(at),
        cmap.readUInt32BE(at + 4),
        cmap.readUInt32BE(at + 8),
      ];
      for (let code = start; code <= end; code++) map.set(code, glyph + code - start);
    }
    return map;
  }
  const four = offsets.find((offset) => format(offset) === 4);
  if (four === undefined) throw new Error('font slice has no format 4 or 12 cmap');
  const segments = cmap.readUInt16BE(four + 6) / 2;
  // endCode[], a pad, startCode[], idDelta[], idRangeOffset[], each `segments` 16-bit values.
  const array = (index: number, segment: number) =>
    four + 14 + index * segments * 2 + (index > 0 ? 2 : 0) + segment * 2;
  for (let segment = 0; segment < segments; segment++) {
    const end = cmap.readUInt16BE(array(0, segment));
    const start = cmap.readUInt16BE(array(1, segment));
    const delta = cmap.readInt16BE(array(2, segment));
    const rangeAt = array(3, segment);
    const range = cmap.readUInt16BE(rangeAt);
    for (let code = start; code <= end && code !== 0xffff; code++) {
      const glyph = range === 0 ? code + delta : cmap.readUInt16BE(rangeAt + range + (code - start) * 2);
      const id = range === 0 ? glyph & 0xffff : glyph === 0 ? 0 : (glyph + delta) & 0xffff;
      if (id !== 0) map.set(code, id);
    }
  }
  return map;
}

/** One glyph's outline data, with a composite's component ids moved by `shift`. */
function shiftedGlyph(data: Buffer, shift: number): Buffer {
  const glyph = Buffer.from(data);
  if (glyph.length === 0 || glyph.readInt16BE(0) >= 0) return glyph;
  for (let at = 10, more = true; more;) {
    const flags = glyph.readUInt16BE(at);
    glyph.writeUInt16BE(glyph.readUInt16BE(at + 2) + shift, at + 2);
    at += 4 + (flags & 1 ? 4 : 2) + (flags & 8 ? 2 : flags & 0x40 ? 4 : flags & 0x80 ? 8 : 0);
    more = (flags & 0x20) !== 0;
  }
  return glyph;
}

/** The glyphs (outline, advance, left side bearing) of a slice, composites moved by `shift`. */
function glyphsOf(font: Map<string, Buffer>, shift: number) {
  const [head, loca, glyf, hhea, hmtx, maxp] = ['head', 'loca', 'glyf', 'hhea', 'hmtx', 'maxp'].map((tag) =>
    table(font, tag),
  ) as [Buffer, Buffer, Buffer, Buffer, Buffer, Buffer];
  const long = head.readInt16BE(50) === 1;
  const offset = (id: number) => (long ? loca.readUInt32BE(id * 4) : loca.readUInt16BE(id * 2) * 2);
  const metrics = hhea.readUInt16BE(34);
  return Array.from({ length: maxp.readUInt16BE(4) }, (_, id) => ({
    outline: shiftedGlyph(glyf.subarray(offset(id), offset(id + 1)), shift),
    advance: hmtx.readUInt16BE(4 * Math.min(id, metrics - 1)),
    bearing: id < metrics ? hmtx.readInt16BE(4 * id + 2) : hmtx.readInt16BE(4 * metrics + 2 * (id - metrics)),
  }));
}

/** An sfnt file of `tables`, in tag order, each 4-byte aligned, with its checksum. */
function sfnt(entries: [string, Buffer][]): Buffer {
  entries.sort(([a], [b]) => (a < b ? -1 : 1));
  const power = 2 ** Math.floor(Math.log2(entries.length));
  const header = Buffer.alloc(12 + 16 * entries.length);
  header.writeUInt32BE(0x00010000, 0);
  header.writeUInt16BE(entries.length, 4);
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(entries.length * 16 - power * 16, 10);
  const parts = [header];
  let offset = header.length;
  entries.forEach(([tag, data], index) => {
    const padded = Buffer.alloc((data.length + 3) & ~3);
    data.copy(padded);
    let sum = 0;
    for (let at = 0; at < padded.length; at += 4) sum = (sum + padded.readUInt32BE(at)) >>> 0;
    header.write(tag, 12 + index * 16, 'latin1');
    header.writeUInt32BE(sum, 12 + index * 16 + 4);
    header.writeUInt32BE(offset, 12 + index * 16 + 8);
    header.writeUInt32BE(data.length, 12 + index * 16 + 12);
    parts.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(parts);
}

/** The `loca`, `glyf` and `hmtx` tables of `glyphs`, in glyph id order (long loca offsets). */
function glyphTables(glyphs: ReturnType<typeof glyphsOf>): { loca: Buffer; glyf: Buffer; hmtx: Buffer } {
  const loca = Buffer.alloc(4 * (glyphs.length + 1));
  const outlines: Buffer[] = [];
  let at = 0;
  glyphs.forEach((glyph, id) => {
    loca.writeUInt32BE(at, 4 * id);
    const padded = Buffer.alloc((glyph.outline.length + 3) & ~3);
    glyph.outline.copy(padded);
    outlines.push(padded);
    at += padded.length;
  });
  loca.writeUInt32BE(at, 4 * glyphs.length);
  const hmtx = Buffer.alloc(4 * glyphs.length);
  glyphs.forEach((glyph, id) => {
    hmtx.writeUInt16BE(glyph.advance, 4 * id);
    hmtx.writeInt16BE(glyph.bearing, 4 * id + 2);
  });
  return { loca, glyf: Buffer.concat(outlines), hmtx };
}

/** A `cmap` table with one format 12 subtable (Windows, Unicode full) mapping each code to its glyph. */
function cmapTable(codes: ReadonlyMap<number, number>): Buffer {
  const sorted = [...codes].sort(([a], [b]) => a - b);
  const cmap = Buffer.alloc(12 + 16 + 12 * sorted.length);
  cmap.writeUInt16BE(1, 2);
  cmap.writeUInt16BE(3, 4);
  cmap.writeUInt16BE(10, 6);
  cmap.writeUInt32BE(12, 8);
  cmap.writeUInt16BE(12, 12);
  cmap.writeUInt32BE(16 + 12 * sorted.length, 16);
  cmap.writeUInt32BE(sorted.length, 24);
  sorted.forEach(([code, id], index) => {
    cmap.writeUInt32BE(code, 28 + index * 12);
    cmap.writeUInt32BE(code, 32 + index * 12);
    cmap.writeUInt32BE(id, 36 + index * 12);
  });
  return cmap;
}

/** One TrueType font holding the glyphs and characters of every slice in `slices` (sfnt files). */
export function mergeSlices(slices: readonly Buffer[]): Buffer {
  const fonts = slices.map(tables);
  const first = fonts[0];
  if (!first) throw new Error('no font slices to merge');
  const glyphs: ReturnType<typeof glyphsOf> = [];
  const codes = new Map<number, number>();
  for (const font of fonts) {
    const shift = glyphs.length;
    for (const [code, id] of characterMap(table(font, 'cmap')))
      if (!codes.has(code)) codes.set(code, id + shift);
    glyphs.push(...glyphsOf(font, shift));
  }
  const { loca, glyf, hmtx } = glyphTables(glyphs);
  const head = Buffer.from(table(first, 'head'));
  head.writeUInt32BE(0, 8); // checkSumAdjustment: no reader here checks it
  head.writeInt16BE(1, 50); // long loca offsets
  const hhea = Buffer.from(table(first, 'hhea'));
  hhea.writeUInt16BE(Math.max(...glyphs.map((glyph) => glyph.advance)), 10);
  hhea.writeUInt16BE(glyphs.length, 34);
  const maxp = Buffer.from(table(first, 'maxp'));
  // The limits the rasteriser may size buffers by: the largest of any slice.
  for (let field = 6; field + 2 <= maxp.length; field += 2)
    maxp.writeUInt16BE(Math.max(...fonts.map((font) => table(font, 'maxp').readUInt16BE(field))), field);
  maxp.writeUInt16BE(glyphs.length, 4);
  const post = Buffer.from(table(first, 'post').subarray(0, 32));
  post.writeUInt32BE(0x00030000, 0); // version 3: no glyph names
  return sfnt([
    ['cmap', cmapTable(codes)],
    ['glyf', glyf],
    ['head', head],
    ['hhea', hhea],
    ['hmtx', hmtx],
    ['loca', loca],
    ['maxp', maxp],
    ['name', table(first, 'name')],
    ['OS/2', table(first, 'OS/2')],
    ['post', post],
  ]);
}
