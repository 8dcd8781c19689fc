import { crc32, deflateRawSync } from 'node:zlib';

/** A zip of deflated files, as SIECLE and spreadsheet programs write them. */
export function zip(entries: [string, Buffer][]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const data = deflateRawSync(content);
    const fileName = Buffer.from(name, 'utf8');
    const crc = crc32(content);
    const entry = { crc, compressed: data.length, size: content.length, name: fileName.length };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    describe(local, 8, entry);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    describe(central, 10, entry);
    central.writeUInt32LE(offset, 42);
    locals.push(local, fileName, data);
    centrals.push(central, fileName);
    offset += local.length + fileName.length + data.length;
  }
  const centralSize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

type Entry = { crc: number; compressed: number; size: number; name: number };

/**
 * Method (deflate), CRC, sizes and name length: the same fields, in the same order, in a local
 * header and in a central one, from `at` on (after the time and date, left at zero).
 */
function describe(header: Buffer, at: number, entry: Entry): void {
  header.writeUInt16LE(8, at);
  header.writeUInt32LE(entry.crc, at + 6);
  header.writeUInt32LE(entry.compressed, at + 10);
  header.writeUInt32LE(entry.size, at + 14);
  header.writeUInt16LE(entry.name, at + 18);
}
