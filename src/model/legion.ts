/**
 * Facts about the Legion itself that the rules of the model rest on, each from the source
 * (lead section: "created on 27 February 2022").
 */
import type { IsoDate } from './types'

/** The day the International Legion was created: no stance on it, and no unit of it, is older. */
export const LEGION_CREATED: IsoDate = '2022-02-27'
