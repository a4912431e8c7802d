// Builds the WordPress plugin after the bundle: `node integrations/build.mjs` (the end of `npm run build`).
// Copies the element's files into the plugin's assets: the classic script, which WordPress 6.1 enqueues (it has
// no script modules), and the module with its chunks beside it, which the classic script loads. Then writes dist/sales-funnel-wordpress.zip, the plugin in its `sales-funnel/` folder, as WordPress's
// "Upload Plugin" takes it. The zip is written here with zlib rather than by a zip tool or dependency; entries
// are sorted and dated 2024-01-01, so the same files give the same bytes.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const plugin = join(root, 'integrations/wordpress/sales-funnel');
export const zipPath = join(root, 'dist/sales-funnel-wordpress.zip');

const crcTable = Array.from({ length: 256 }, (_, n) => {
  for (let k = 0; k < 8; k++) n = n & 1 ? 0xedb88320 ^ (n >>> 1) : n >>> 1;
  return n >>> 0;
});
/** CRC-32 as zip wants it. */
export function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const DOS_TIME = 0; // 00:00:00
const DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1; // 2024-01-01

/** A zip of `entries` ({ name, data } files; names ending in `/` are folders): deflated, Unix permissions. */
export function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data = Buffer.alloc(0) } of entries) {
    const folder = name.endsWith('/');
    const nameBytes = Buffer.from(name, 'utf8');
    const packed = folder ? data : deflateRawSync(data, { level: 9 });
    const method = folder ? 0 : 8;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate, folders)
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    locals.push(local, nameBytes, packed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE((folder ? (0o40755 << 16) | 0x10 : 0o100644 << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Reads a zip back from its central directory, inflating and CRC-checking every entry: [{ name, data }]. */
export function unzip(bytes) {
  const endAt = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endAt < 0) throw new Error('no end of central directory');
  const count = bytes.readUInt16LE(endAt + 10);
  let at = bytes.readUInt32LE(endAt + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    if (bytes.readUInt32LE(at) != 0x02014b50) throw new Error(`entry ${i}: no central header`);
    const method = bytes.readUInt16LE(at + 10);
    const crc = bytes.readUInt32LE(at + 16);
    const size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extra = bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    if (bytes.readUInt32LE(local) != 0x04034b50) throw new Error(`${name}: no local header`);
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const packed = bytes.subarray(start, start + size);
    const data = method == 8 ? inflateRawSync(packed) : packed;
    if (crc32(data) != crc) throw new Error(`${name}: CRC mismatch`);
    entries.push({ name, data });
    at += 46 + nameLength + extra;
  }
  return entries;
}

/** The plugin's files, folders first, sorted, as zip entries under `sales-funnel/`. */
function pluginEntries() {
  const entries = [{ name: 'sales-funnel/' }];
  const walk = (dir) => {
    for (const item of readdirSync(dir).sort()) {
      if (item.startsWith('.')) continue;
      const path = join(dir, item);
      const name = 'sales-funnel/' + relative(plugin, path).split(sep).join('/');
      if (statSync(path).isDirectory()) {
        entries.push({ name: name + '/' });
        walk(path);
      } else entries.push({ name, data: readFileSync(path) });
    }
  };
  walk(plugin);
  entries.push({ name: 'sales-funnel/LICENSE', data: readFileSync(join(root, 'LICENSE')) });
  return entries;
}

export function build() {
  if (!existsSync(join(root, 'dist/sales-funnel.classic.js'))) {
    console.error('integrations/build.mjs: dist/sales-funnel.classic.js is missing; run the bundle build (rollup) first.');
    process.exit(1);
  }
  const assets = join(plugin, 'assets');
  rmSync(assets, { recursive: true, force: true });
  mkdirSync(assets, { recursive: true });
  for (const file of readdirSync(join(root, 'dist')).filter((f) => /^sales-funnel[\w.-]*\.js$/.test(f))) copyFileSync(join(root, 'dist', file), join(assets, file));
  const bytes = zip(pluginEntries());
  unzip(bytes); // Reads back what it wrote, or throws.
  writeFileSync(zipPath, bytes);
  console.log(`dist/sales-funnel-wordpress.zip: ${bytes.length} bytes`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) build();
