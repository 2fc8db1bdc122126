/**
 * The files the views on the page read on first load, which the page starts downloading as soon
 * as it has painted (src/app/boot.ts), beside the app's script: the dataset's brief copies
 * (src/data/brief-copies.ts); the full files load with the views that show their quotes.
 * people.json is not among them: it loads when a view that shows people asks (src/data/use-atlas.ts);
 * nor are the map's detailed shapes, which load when the map is zoomed in
 * (src/features/map/use-map-shapes.ts).
 */
export const FIRST_FILES = [
  'data/brief/countries.json',
  'data/brief/units.json',
  'data/brief/events.json',
  'geo/world-shapes-overview.json',
] as const
