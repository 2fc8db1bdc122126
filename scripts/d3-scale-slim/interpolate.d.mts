export function interpolateNumber(a: number, b: number): (t: number) => number
export function interpolateRound(a: number, b: number): (t: number) => number
export function interpolate(a: unknown, b: unknown): (t: number) => number | Date
export function piecewise(): never
