// The chart of a document as a PNG picture for a .docx: bars (tasks) and a line with dots (tasks done), a
// y-axis with whole-number ticks, the value over each bar and each bar's number (1, 2, …, in the order of
// the table above it) under it. Drawn on a pixel buffer with a small digit font: no native canvas.
import pngjs from 'pngjs';
import type { ChartData } from './blocks.js';

export const CHART_PIXELS = { width: 1200, height: 640 } as const;

type Rgb = readonly [number, number, number];
const BAR: Rgb = [0x44, 0x72, 0xc4];
const LINE: Rgb = [0xc0, 0x00, 0x00];
const INK: Rgb = [0x33, 0x33, 0x33];
const GRIDLINE: Rgb = [0xdd, 0xdd, 0xdd];

/** 3×5 digits, one string of 15 bits a digit, rows top to bottom. */
const DIGITS = [
  '111101101101111',
  '010110010010111',
  '111001111100111',
  '111001111001111',
  '101101111001001',
  '111100111001111',
  '111100111101111',
  '111001001010010',
  '111101111101111',
  '111101111001111',
];

class Canvas {
  readonly png: pngjs.PNG;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.png = new pngjs.PNG({ width, height, colorType: 2, inputHasAlpha: false });
    this.png.data = Buffer.alloc(width * height * 4, 0xff);
  }

  rect(x0: number, y0: number, x1: number, y1: number, c: Rgb): void {
    for (let y = Math.max(0, Math.round(y0)); y < Math.min(this.height, Math.round(y1)); y++)
      for (let x = Math.max(0, Math.round(x0)); x < Math.min(this.width, Math.round(x1)); x++) {
        const i = (y * this.width + x) * 4;
        this.png.data[i] = c[0];
        this.png.data[i + 1] = c[1];
        this.png.data[i + 2] = c[2];
        this.png.data[i + 3] = 0xff;
      }
  }

  /** A thick line between two points, as squares stamped along it. */
  line(x0: number, y0: number, x1: number, y1: number, c: Rgb, w: number): void {
    const steps = Math.max(1, Math.ceil(Math.hypot(x1 - x0, y1 - y0)));
    for (let s = 0; s <= steps; s++) {
      const x = x0 + ((x1 - x0) * s) / steps;
      const y = y0 + ((y1 - y0) * s) / steps;
      this.rect(x - w / 2, y - w / 2, x + w / 2, y + w / 2, c);
    }
  }

  /** A whole number, centred on x, its top at y; `scale` pixels a dot. */
  number(n: number, x: number, y: number, scale: number, c: Rgb): void {
    const text = String(n);
    const width = (text.length * 4 - 1) * scale;
    let left = x - width / 2;
    for (const ch of text) {
      const bits = DIGITS[Number(ch)]!;
      for (let row = 0; row < 5; row++)
        for (let col = 0; col < 3; col++)
          if (bits[row * 3 + col] === '1')
            this.rect(left + col * scale, y + row * scale, left + (col + 1) * scale, y + (row + 1) * scale, c);
      left += 4 * scale;
    }
  }
}

/** The PNG bytes of a bar and line chart. */
export function chartPng(chart: ChartData): Buffer {
  const { width, height } = CHART_PIXELS;
  const canvas = new Canvas(width, height);
  const plot = { left: 110, right: width - 40, top: 60, bottom: height - 90 };
  const max = Math.max(1, ...chart.bars, ...chart.line);
  const step = Math.max(1, Math.ceil(max / 8));
  const top = Math.ceil(max / step) * step;
  const yOf = (v: number): number => plot.bottom - ((plot.bottom - plot.top) * v) / top;
  for (let v = 0; v <= top; v += step) {
    canvas.rect(plot.left, yOf(v) - 1, plot.right, yOf(v) + 1, v === 0 ? INK : GRIDLINE);
    canvas.number(v, plot.left - 45, yOf(v) - 12, 5, INK);
  }
  canvas.rect(plot.left - 2, plot.top, plot.left + 2, plot.bottom, INK);
  const n = Math.max(1, chart.bars.length);
  const slot = (plot.right - plot.left) / n;
  const centre = (i: number): number => plot.left + slot * (i + 0.5);
  chart.bars.forEach((v, i) => {
    canvas.rect(centre(i) - slot * 0.3, yOf(v), centre(i) + slot * 0.3, plot.bottom, BAR);
    canvas.number(v, centre(i), yOf(v) - 40, 5, INK);
    canvas.number(i + 1, centre(i), plot.bottom + 25, 6, INK);
  });
  chart.line.forEach((v, i) => {
    if (i > 0) canvas.line(centre(i - 1), yOf(chart.line[i - 1]!), centre(i), yOf(v), LINE, 6);
    canvas.rect(centre(i) - 10, yOf(v) - 10, centre(i) + 10, yOf(v) + 10, LINE);
  });
  return pngjs.PNG.sync.write(canvas.png, { colorType: 2 });
}
