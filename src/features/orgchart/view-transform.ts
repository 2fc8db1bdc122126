/**
 * A pan and zoom of the chart: its point p shows at p·k + (x, y) in the window. The fields and the
 * few methods of d3-zoom's ZoomTransform the chart's geometry uses, so d3's transforms pass for
 * these, and the opening view needs no d3-zoom (it loads with the first input,
 * components/use-zoom-kit.ts). Not the other way: d3-zoom is always handed its own transforms
 * (d3Transform in use-chart-zoom.ts), since its gestures call methods this has not.
 */
export class ViewTransform {
  constructor(
    readonly k: number,
    readonly x: number,
    readonly y: number,
  ) {}
  applyX(x: number): number {
    return x * this.k + this.x
  }
  applyY(y: number): number {
    return y * this.k + this.y
  }
  invert([x, y]: [number, number]): [number, number] {
    return [(x - this.x) / this.k, (y - this.y) / this.k]
  }
}
