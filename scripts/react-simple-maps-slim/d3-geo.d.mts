interface RefusingPath {
  (...args: unknown[]): never
  projection(...args: unknown[]): RefusingPath
  context(...args: unknown[]): RefusingPath
}
export declare function geoPath(): RefusingPath
export declare function geoGraticule(...args: unknown[]): never
