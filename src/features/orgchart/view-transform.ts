/**
 * A pan and zoom of the chart: its point p shows at p·k + (x, y) in the window. The same fields and
 * methods as d3-zoom's ZoomTransform, whose transforms pass for these, so the window's geometry and
 * its opening view need no d3-zoom: that loads with the first input (components/use-zoom-kit.ts).
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
