/**
 * Draws the add-in's icons (a speech bubble with a check: the prospect's decision) and writes
 * them as PNGs into assets/. Pure Node (zlib), so any machine can regenerate them; the PNGs
 * are committed, and a test checks that they match what this script draws.
 *
 *   node scripts/make-icons.js            write assets/*.png
 *   node scripts/make-icons.js --check    exit 1 when a committed icon differs
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { Buffer } = require("buffer");

const BRAND = [14, 124, 134]; // teal
const BADGE = [245, 165, 36]; // amber: "one click"
const WHITE = [255, 255, 255];
const SAMPLES = 4; // per axis, so edges are anti-aliased at 16 px

/** Every icon the manifest references: file name, pixel size, and whether it wears the one-click badge. */
const ICONS = [
  { file: "icon-16.png", size: 16, badge: false },
  { file: "icon-32.png", size: 32, badge: false },
  { file: "icon-80.png", size: 80, badge: false },
  { file: "quick-16.png", size: 16, badge: true },
  { file: "quick-32.png", size: 32, badge: true },
  { file: "quick-80.png", size: 80, badge: true },
  { file: "logo-64.png", size: 64, badge: false },
  { file: "logo-128.png", size: 128, badge: false },
];

function roundedRectInside(x, y, [left, top, right, bottom], radius) {
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2 && x >= left && x <= right && y >= top && y <= bottom;
}

function triangleInside(x, y, [a, b, c]) {
  const side = (p, q) => (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
  const s1 = side(a, b);
  const s2 = side(b, c);
  const s3 = side(c, a);
  return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
}

function nearSegment(x, y, [ax, ay], [bx, by], halfWidth) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= halfWidth ** 2;
}

function insideCircle(x, y, [cx, cy], r) {
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** The mark in unit coordinates; small sizes get a bolder check so it survives 16 px. */
function layers(size, badge) {
  const checkHalf = size <= 16 ? 0.07 : 0.055;
  const check = [
    [0.27, 0.41],
    [0.43, 0.56],
    [0.72, 0.26],
  ];
  const bubble = (x, y) =>
    roundedRectInside(x, y, [0.05, 0.07, 0.95, 0.75], 0.17) ||
    triangleInside(x, y, [
      [0.2, 0.7],
      [0.44, 0.7],
      [0.14, 0.95],
    ]);
  const list = [
    { color: BRAND, inside: bubble },
    {
      color: WHITE,
      inside: (x, y) =>
        bubble(x, y) &&
        (nearSegment(x, y, check[0], check[1], checkHalf) ||
          nearSegment(x, y, check[1], check[2], checkHalf)),
    },
  ];
  if (badge) {
    list.push({ color: WHITE, inside: (x, y) => insideCircle(x, y, [0.78, 0.78], 0.24) });
    list.push({ color: BADGE, inside: (x, y) => insideCircle(x, y, [0.78, 0.78], 0.18) });
  }
  return list;
}

function draw(size, badge) {
  const pixels = Buffer.alloc(size * size * 4);
  const shapes = layers(size, badge);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (const { color, inside } of shapes) {
        let hits = 0;
        for (let sy = 0; sy < SAMPLES; sy++) {
          for (let sx = 0; sx < SAMPLES; sx++) {
            if (inside((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size)) hits++;
          }
        }
        const coverage = hits / (SAMPLES * SAMPLES);
        if (coverage === 0) continue;
        // Source-over compositing in straight alpha.
        const outA = coverage + a * (1 - coverage);
        const mix = (src, dst) => (src * coverage + dst * a * (1 - coverage)) / outA;
        [r, g, b, a] = [mix(color[0], r), mix(color[1], g), mix(color[2], b), outA];
      }
      const at = (py * size + px) * 4;
      pixels[at] = Math.round(r);
      pixels[at + 1] = Math.round(g);
      pixels[at + 2] = Math.round(b);
      pixels[at + 3] = Math.round(a * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  const rows = [];
  for (let y = 0; y < size; y++) {
    rows.push(Buffer.from([0]), rgba.subarray(y * size * 4, (y + 1) * size * 4));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function renderIcons() {
  return ICONS.map(({ file, size, badge }) => ({ file, size, png: encodePng(size, draw(size, badge)) }));
}

function main() {
  const dir = path.resolve(__dirname, "../assets");
  const check = process.argv.includes("--check");
  let stale = 0;
  for (const { file, png } of renderIcons()) {
    const target = path.join(dir, file);
    if (check) {
      if (!fs.existsSync(target) || !fs.readFileSync(target).equals(png)) {
        console.error(`${file} differs from what scripts/make-icons.js draws`);
        stale++;
      }
    } else {
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(target, png);
    }
  }
  if (stale > 0) process.exit(1);
}

if (require.main === module) main();

module.exports = { ICONS, renderIcons };
