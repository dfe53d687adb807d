// Draws the extension icon (an open book on a red rounded square) at every size the stores and
// browsers ask for, as PNG files in icons/. Node only: shapes are rasterised with 4×4 supersampling
// and written with zlib. Run: node --import tsx scripts/make-icons.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { png } from './png';

/** Toolbar 16/32, extensions page 48, Firefox add-ons 64/96, Chrome Web Store and Firefox 128. */
const SIZES = [16, 32, 48, 64, 96, 128];
const SUPERSAMPLE = 4;
const RED: Colour = [179, 38, 30];
const WHITE: Colour = [255, 255, 255];

type Colour = readonly [number, number, number];

const inRoundedSquare = (x: number, y: number): boolean => {
  const [lo, hi, r] = [0.04, 0.96, 0.2];
  const cx = Math.min(Math.max(x, lo + r), hi - r);
  const cy = Math.min(Math.max(y, lo + r), hi - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};

/** Inside a convex polygon given clockwise (screen coordinates). */
const inPolygon = (points: [number, number][]) => (x: number, y: number): boolean =>
  points.every(([ax, ay], i) => {
    const [bx, by] = points[(i + 1) % points.length]!;
    return (bx - ax) * (y - ay) - (by - ay) * (x - ax) >= 0;
  });

const leftPage = inPolygon([[0.17, 0.29], [0.475, 0.35], [0.475, 0.79], [0.17, 0.73]]);
const rightPage = inPolygon([[0.525, 0.35], [0.83, 0.29], [0.83, 0.73], [0.525, 0.79]]);
/** Text lines on the pages, only where there are pixels enough to show them. */
const textLine = (x: number, y: number): boolean => {
  const onLeft = x > 0.23 && x < 0.43;
  const onRight = x > 0.57 && x < 0.77;
  if (!onLeft && !onRight) return false;
  const slope = onLeft ? (x - 0.17) * 0.2 : (0.83 - x) * 0.2;
  return [0.45, 0.54, 0.63].some((line) => Math.abs(y - slope - line) < 0.022);
};

function pixel(x: number, y: number, size: number): Colour | null {
  if (!inRoundedSquare(x, y)) return null;
  if ((leftPage(x, y) || rightPage(x, y)) && !(size >= 32 && textLine(x, y))) return WHITE;
  return RED;
}

function render(size: number): Buffer {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const colour = pixel((px + (sx + 0.5) / SUPERSAMPLE) / size, (py + (sy + 0.5) / SUPERSAMPLE) / size, size);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          a += 1;
        }
      }
      const offset = (py * size + px) * 4;
      if (a > 0) rgba.set([Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((255 * a) / SUPERSAMPLE ** 2)], offset);
    }
  }
  return png(size, rgba);
}

const dir = new URL('../icons/', import.meta.url);
mkdirSync(dir, { recursive: true });
for (const size of SIZES) writeFileSync(new URL(`icon-${size}.png`, dir), render(size));
console.log(`icons/icon-{${SIZES.join(',')}}.png written`);
