/** Derived values that several views read from the store's choices. */
import { todayIso } from '../lib/dates'
import type { AppState, IsoDate } from './app-store'

/** The date every view shows: the user's choice, or today when they have not chosen one. */
export const selectAsOf = (s: AppState): IsoDate => s.asOf ?? todayIso()
