// Label widths for lane packing on the timeline. SVG text cannot be measured
// before it is drawn, so a canvas measures it with the page's own font.
let context: CanvasRenderingContext2D | null | undefined;

export function textWidth(text: string, sizePx: number, weight = 400): number {
  if (context === undefined) context = document.createElement('canvas').getContext('2d');
  if (context === null) return text.length * sizePx * 0.6;
  context.font = `${weight} ${sizePx}px ${getComputedStyle(document.body).fontFamily}`;
  return context.measureText(text).width;
}

/** Cuts text to fit `maxPx`, ending in an ellipsis; the full text stays in the tooltip and the table. */
export function fitText(text: string, maxPx: number, sizePx: number, weight = 400): string {
  if (textWidth(text, sizePx, weight) <= maxPx) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (textWidth(`${text.slice(0, middle).trimEnd()}…`, sizePx, weight) <= maxPx) low = middle;
    else high = middle - 1;
  }
  return `${text.slice(0, low).trimEnd()}…`;
}
