export declare function withoutQuotes(text: string): string
