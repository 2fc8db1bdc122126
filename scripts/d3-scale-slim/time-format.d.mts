declare function makeFormat(specifier: string): (date: Date) => never
export { makeFormat as timeFormat, makeFormat as utcFormat }
