import type { Dataset } from '../src/data/integrity'

type Scaled = Pick<Dataset, 'units' | 'events' | 'people'>
export declare function scaleData(data: Scaled, n: number): Scaled
export declare function scaleBuild(dir: string, n: number): { units: number; events: number; people: number }
